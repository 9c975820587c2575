import { canonicalJson } from './canonical';
import { genesisHash, rowHash } from './chain';
import { query, statement, type WritableDB } from '../db/statements';

export interface JournalEvent {
  type: string;
  actorId: number | null;
  approverId?: number | null;
  payload?: Record<string, unknown>;
}

interface Head {
  seq: number;
  hash: string;
}

/**
 * Appends one chained row. Call inside the transaction that makes the change it records. The terminal's id
 * starts the chain: given as a function, it is asked for only when the journal is still empty.
 */
export function appendJournal(
  db: WritableDB,
  terminalId: string | (() => string),
  at: Date,
  event: JournalEvent,
): number {
  const head = query(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as Head | undefined;
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    type: event.type,
    actorId: event.actorId,
    approverId: event.approverId ?? null,
    payload: canonicalJson(event.payload ?? {}),
    prevHash: head?.hash ?? genesisHash(typeof terminalId === 'string' ? terminalId : terminalId()),
  };
  // positional: named parameters are looked up by name on every call, and a sale writes one row each time
  statement(
    db,
    `INSERT INTO journal (seq, at, type, actor_id, approver_id, payload, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fields.seq,
    fields.at,
    fields.type,
    fields.actorId,
    fields.approverId,
    fields.payload,
    fields.prevHash,
    rowHash(fields),
  );
  return fields.seq;
}
