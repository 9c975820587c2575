import type {
  ChannelName,
  ChannelOutput,
  ChannelParsedInput,
  Contract,
  ErrorDetails,
} from '../../../shared/contract';
import type { StaffRef } from '../../../shared/contract/staff';
import type { Permission } from '../../../shared/domain/roles';
import type { EventSink } from '../events';
import type { InstallKeys } from '../install-keys';
import type { JournalEvent } from '../journal/append';
import type { StaffRow } from '../modules/staff';
import type { Session, SessionStore } from '../sessions';
import type { Refusal } from './outcome';
import type { ReadableDB, WritableDB } from '../db/statements';

/**
 * A manager's approval a handler asks for when the need depends on the input (a discount deeper than the
 * cashier's limit), where a channel's fixed permission cannot say it.
 */
export interface ApprovalDemand {
  /** Named in MANAGER_APPROVAL_REQUIRED, so the prompt can say what is approved; an approver must hold it. */
  permission: Permission;
  /** Whether this person's own authority covers the action: the actor then needs no approval. */
  covers: (staff: StaffRow) => boolean;
  /** Added to MANAGER_APPROVAL_REQUIRED (amounts, limits) for the prompt. */
  details?: ErrorDetails;
}

/**
 * What a handler gets besides its validated input. A read channel's handler gets a ReadableDB, so a write
 * reached from it (which would run outside any transaction) fails the typecheck.
 */
export interface HandlerContext<DB extends ReadableDB = WritableDB> {
  readonly db: DB;
  readonly now: Date;
  /** The store's time zone (a setting): business days, receipt-number dates and printed times follow it. */
  readonly timeZone: string;
  readonly session: Session;
  /** The signed-in user; null only on public channels called from the PIN pad. */
  readonly actor: StaffRow | null;
  /** The manager whose PIN lent this one action, if any (set by the router or by requireApproval). */
  readonly approver: StaffRef | null;
  readonly sessions: SessionStore;
  /** The terminal's own keys (PIN hashes, closure signatures), kept outside the database. */
  readonly keys: InstallKeys;
  /** Held until the call's transaction commits (dropped if it rolls back), then sent in order. */
  readonly events: EventSink;
  /** Appends a journal row in the handler's transaction, with the actor and approver filled in. */
  journal(type: string, payload?: JournalEvent['payload'], actorId?: number | null): number;
  /**
   * Returns null when the actor's own authority covers the demand, else the approver of the approval the
   * request carried (consumed here, bound to this channel and exact input, and to an approver the demand
   * covers), else throws MANAGER_APPROVAL_REQUIRED so the renderer's prompt asks and retries. Call it
   * before journaling, so the rows carry the approver. Write channels only: consuming is a write.
   */
  requireApproval(demand: ApprovalDemand): StaffRef | null;
  /**
   * Runs `task` once the call has answered and its transaction has committed (never if it rolled back), on
   * the next turn of the event loop: work that must follow a commit but must not lengthen it. A task runs
   * outside any transaction and opens its own.
   */
  afterCommit(task: () => void): void;
}

/** The handle a channel's handler gets: writable only where the contract says the channel writes. */
export type DbOf<C extends ChannelName> = Contract[C]['write'] extends true ? WritableDB : ReadableDB;

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  ctx: HandlerContext<DbOf<C>>,
) => ChannelOutput<C> | Refusal;

export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };

/** The signed-in user of a channel whose access is not public (the router has checked it). */
export function actorOf(ctx: HandlerContext<ReadableDB>): StaffRow {
  if (!ctx.actor) throw new Error('handler needs a signed-in actor');
  return ctx.actor;
}
