import type Database from 'better-sqlite3';
import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract';
import type { StaffRef } from '../../../shared/contract/staff';
import type { EventBus } from '../events';
import type { JournalEvent } from '../journal/append';
import type { StaffRow } from '../modules/staff/repo';
import type { Session, SessionStore } from '../sessions';
import type { Refusal } from './outcome';

/** What a handler gets besides its validated input. */
export interface HandlerContext {
  readonly db: Database.Database;
  readonly now: Date;
  readonly session: Session;
  /** The signed-in user; null only on public channels called from the PIN pad. */
  readonly actor: StaffRow | null;
  /** The manager whose PIN lent this one action, if any. */
  readonly approver: StaffRef | null;
  readonly sessions: SessionStore;
  readonly events: EventBus;
  /** Appends a journal row in the handler's transaction, with the actor and approver filled in. */
  journal(type: string, payload?: JournalEvent['payload'], actorId?: number | null): number;
}

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  ctx: HandlerContext,
) => ChannelOutput<C> | Refusal;

export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlerGroup<C extends ChannelName> = { [K in C]: Handler<K> };

/** The signed-in user of a channel whose access is not public (the router has checked it). */
export function actorOf(ctx: HandlerContext): StaffRow {
  if (!ctx.actor) throw new Error('handler needs a signed-in actor');
  return ctx.actor;
}
