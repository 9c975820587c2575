import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ChannelDef, ChannelName, Envelope, ErrorBody } from '../../../shared/contract';
import { contract, InvokeRequestSchema, isChannelName } from '../../../shared/contract';
import { isOverridable, roleHas } from '../../../shared/domain/roles';
import { IDLE_LOCK_MIN_SECONDS } from '../../../shared/contract/settings';
import type { EventBus, EventSink } from '../events';
import type { InstallKeys } from '../install-keys';
import { appendJournal } from '../journal/append';
import { consumeApproval } from '../modules/auth';
import { findStaff, toStaffRef, type StaffRow } from '../modules/staff';
import type { Session, SessionStore } from '../sessions';
import type { HandlerContext, Handlers } from './context';
import { DomainError } from '../errors';
import { storageFailure } from '../db/storage-errors';
import { HeldJournal } from './held-journal';
import { errorBody, Refusal } from './outcome';
import { checkedOutput } from './output-check';
import type { WritableDB } from '../db/statements';

export interface RouterDeps {
  db: WritableDB;
  handlers: Handlers;
  sessions: SessionStore;
  events: EventBus;
  keys: InstallKeys;
  clock: () => Date;
  /** The time a call runs at from the clock's reading: the core keeps it from going back (steady-clock.ts). */
  steadyNow?: (reading: Date) => Date;
  terminalId: () => string | null;
  /** The store's time zone, read when a handler asks (most never do). */
  timeZone: () => string;
  /** Polls that must not count as a cashier's activity for the idle lock. */
  isPassive: (channel: ChannelName, input: unknown) => boolean;
  idleLockMs: () => number;
  /**
   * Called after each write transaction commits (the core checkpoints the WAL once the till is idle, and
   * backs up after a close); `ok` is false when the handler refused.
   */
  afterWrite?: (channel: ChannelName, ok: boolean) => void;
  /** True while the demo seeder replays past business (see replay.ts): after-commit work is then not done. */
  skipAfterCommit?: () => boolean;
  log?: (message: string, error: unknown) => void;
  /**
   * Whether answers are checked against the contract's output schemas (see output-check.ts): always in
   * tests and development; the packaged app skips it, as the sale commit pays for it on every call.
   */
  validateOutputs: boolean;
}

export type Router = (sessionId: string, request: unknown) => Envelope<unknown>;

const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });

/**
 * Channels that still work when the disk is full or read-only: signing in and out change only who is at
 * the till (in memory), so their journal rows are held until the disk takes writes again.
 */
const SURVIVE_FULL_DISK: ReadonlySet<ChannelName> = new Set(['auth.login', 'auth.logout']);

function describeIssues(error: z.ZodError): { issues: string; fields: { path: string; message: string }[] } {
  const fields = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { issues: fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; '), fields };
}

/**
 * One table, channel → {schema, access, handler}: validate, authorise, run (writes in one synchronous
 * transaction), answer with an envelope. Nothing here throws to the caller.
 */
export function createRouter(deps: RouterDeps): Router {
  const { db, sessions, clock } = deps;
  const log = deps.log ?? ((message, error) => console.error(message, error));
  const held = new HeldJournal();
  // made once: better-sqlite3 builds a transaction function's wrappers anew each time one is made
  const inWriteTransaction = db.transaction((work: () => Envelope<unknown>) => work());
  // a channel the contract marks not durable commits without the fsync, and the connection is FULL again after
  const relaxed = db.prepare('PRAGMA synchronous = NORMAL');
  const durable = db.prepare('PRAGMA synchronous = FULL');
  const inRelaxedTransaction = (work: () => Envelope<unknown>): Envelope<unknown> => {
    relaxed.run();
    try {
      return inWriteTransaction.immediate(work);
    } finally {
      durable.run();
    }
  };

  return (sessionId, rawRequest) => {
    const request = InvokeRequestSchema.safeParse(rawRequest);
    if (!request.success) return fail(errorBody('INVALID_INPUT', describeIssues(request.error)));
    const { channel, approvalId } = request.data;
    if (!isChannelName(channel)) return fail(errorBody('UNKNOWN_CHANNEL', { channel }));
    const def: ChannelDef = contract[channel];

    const now = deps.steadyNow ? deps.steadyNow(clock()) : clock();
    const session = sessions.get(sessionId, now.getTime());
    // the store's limit is read only for a session quiet longer than the shortest a store can set: a till in
    // use (a scan, a sale) reads no setting for it
    const quiet = now.getTime() - session.lastActivityMs >= IDLE_LOCK_MIN_SECONDS * 1000;
    if (session.staffId !== null && quiet && sessions.lockIfIdle(session, now.getTime(), deps.idleLockMs())) {
      deps.events.emit(session.id, { type: 'session.locked', reason: 'idle' });
    }
    // who may call comes before what they sent: a refusal of input names fields, for signed-in callers only
    const access = authorise(def, session);
    if ('error' in access) return fail(access.error);
    const input = def.input.safeParse(request.data.input ?? {});
    if (!input.success) return fail(errorBody('INVALID_INPUT', { channel, ...describeIssues(input.error) }));
    // a manager is asked only for input that could be carried out, since the approval is bound to it
    if (access.needsApproval && approvalId === undefined) {
      return fail(errorBody('MANAGER_APPROVAL_REQUIRED', { channel, permission: def.access }));
    }
    if (!deps.isPassive(channel, input.data)) session.lastActivityMs = now.getTime();

    const afterCommit: (() => void)[] = [];
    const events = heldUntilCommit(deps.events);
    const run = (holdJournal: boolean): Envelope<unknown> => {
      const consume = (): StaffRow =>
        consumeApproval(db, {
          id: approvalId as string,
          channel,
          input: input.data,
          requestedBy: (access.actor as StaffRow).id,
          now,
        });
      let approver: StaffRow | null = access.needsApproval ? consume() : null;
      const ctx: HandlerContext = {
        db,
        now,
        get timeZone() {
          return deps.timeZone();
        },
        session,
        actor: access.actor,
        get approver() {
          return approver && toStaffRef(approver);
        },
        requireApproval: (demand) => {
          if (!access.actor) throw new Error('requireApproval needs a signed-in actor');
          if (!def.approvals?.includes(demand.permission)) {
            throw new Error(
              `${channel} asks for ${demand.permission}, which its contract's approvals do not name`,
            );
          }
          if (demand.covers(access.actor)) return null;
          if (approver === null) {
            if (approvalId === undefined) {
              throw new DomainError('MANAGER_APPROVAL_REQUIRED', {
                ...demand.details,
                channel,
                permission: demand.permission,
              });
            }
            approver = consume();
          }
          if (!roleHas(approver.role, demand.permission) || !demand.covers(approver)) {
            throw new DomainError('APPROVER_NOT_ALLOWED', { name: approver.name });
          }
          return toStaffRef(approver);
        },
        afterCommit: (task) => afterCommit.push(task),
        sessions,
        keys: deps.keys,
        events,
        journal: (type, payload, actorId) => {
          const terminal = (): string => {
            const terminalId = deps.terminalId();
            if (terminalId === null) throw new Error('journal written before setup');
            return terminalId;
          };
          const event = {
            type,
            actorId: actorId === undefined ? (access.actor?.id ?? null) : actorId,
            approverId: approver?.id ?? null,
            payload,
          };
          // the terminal is read only to start the chain: a journal that has rows was set up
          if (!holdJournal) return appendJournal(db, terminal, now, event);
          terminal();
          held.hold(now, event);
          return 0;
        },
      };
      const handler = deps.handlers[channel] as (input: unknown, ctx: HandlerContext) => unknown;
      const result = handler(input.data, ctx);
      if (result instanceof Refusal) return fail(errorBody(result.code, result.details));
      return { ok: true, value: deps.validateOutputs ? checkedOutput(def.output, channel, result) : result };
    };

    const writes = def.write || access.needsApproval;
    // set once the transaction has written the held rows; called only after it commits
    let heldWritten = (): void => {};
    const inTransaction = (): Envelope<unknown> => {
      heldWritten = held.writeInto(db, deps.terminalId);
      return run(false);
    };
    try {
      const envelope = !writes
        ? run(false)
        : def.durable === false
          ? inRelaxedTransaction(inTransaction)
          : inWriteTransaction.immediate(inTransaction);
      heldWritten();
      events.release();
      if (writes) deps.afterWrite?.(channel, envelope.ok);
      if (afterCommit.length > 0 && !deps.skipAfterCommit?.()) {
        setImmediate(() => runAfterCommit(channel, afterCommit));
      }
      return envelope;
    } catch (error) {
      if (error instanceof DomainError) return fail(errorBody(error.code, error.details));
      const storage = storageFailure(error);
      if (storage !== null) {
        log(`[router] ${channel}: the disk refused the write (${storage})`, (error as Error).message);
        if (SURVIVE_FULL_DISK.has(channel)) return runWithoutDisk(storage, run, events);
        return fail(errorBody(storage));
      }
      const reference = randomUUID().slice(0, 8);
      log(`[router] ${channel} failed (${reference})`, error);
      return fail(errorBody('INTERNAL_ERROR', { reference }));
    }
  };

  /** The write failed for want of disk: run again with the journal held, outside any transaction. */
  function runWithoutDisk(
    storage: NonNullable<ReturnType<typeof storageFailure>>,
    run: (holdJournal: boolean) => Envelope<unknown>,
    events: { release(): void },
  ): Envelope<unknown> {
    try {
      const envelope = run(true);
      events.release();
      return envelope;
    } catch (error) {
      if (error instanceof DomainError) return fail(errorBody(error.code, error.details));
      return fail(errorBody(storage));
    }
  }

  function runAfterCommit(channel: ChannelName, tasks: readonly (() => void)[]): void {
    for (const task of tasks) {
      try {
        task();
      } catch (error) {
        log(`[router] work after ${channel} failed`, error);
      }
    }
  }

  function authorise(
    def: ChannelDef,
    session: Session,
  ): { actor: StaffRow | null; needsApproval: boolean } | { error: ErrorBody } {
    const actor = session.staffId === null ? undefined : findStaff(db, session.staffId);
    if (session.staffId !== null && actor?.active !== 1) sessions.signOut(session);
    if (def.access === 'public') {
      return { actor: actor && !session.locked && actor.active === 1 ? actor : null, needsApproval: false };
    }
    if (!actor || session.staffId === null) return { error: errorBody('NOT_SIGNED_IN') };
    if (session.locked) return { error: errorBody('SESSION_LOCKED', { name: actor.name }) };
    if (def.access === 'signedIn' || roleHas(actor.role, def.access)) return { actor, needsApproval: false };
    if (!isOverridable(def.access))
      return { error: errorBody('PERMISSION_DENIED', { permission: def.access }) };
    return { actor, needsApproval: true };
  }
}

/**
 * Events a handler sends reach listeners only once its transaction has committed, so no screen hears of a
 * sale that rolled back; after release (work run after the commit) they go straight through.
 */
function heldUntilCommit(bus: EventSink): EventSink & { release(): void } {
  let held: Parameters<EventSink['emit']>[] | null = [];
  return {
    emit: (sessionId, event) => (held ? held.push([sessionId, event]) : bus.emit(sessionId, event)),
    release: () => {
      const released = held ?? [];
      held = null;
      for (const [sessionId, event] of released) bus.emit(sessionId, event);
    },
  };
}
