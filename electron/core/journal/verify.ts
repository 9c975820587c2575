import type { JournalVerification } from '../../../shared/contract/journal';
import { genesisHash, rowHash } from './chain';
import { query, type ReadableDB } from '../db/statements';

interface StoredRow {
  seq: number;
  at: string;
  type: string;
  actor_id: number | null;
  approver_id: number | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** Walks the chain from genesis and names the first row that does not follow from the one before. */
export function verifyJournal(db: ReadableDB): JournalVerification {
  const terminal = query(db, 'SELECT terminal_id FROM terminal').get() as { terminal_id: string } | undefined;
  let prevHash = terminal ? genesisHash(terminal.terminal_id) : null;
  let expectedSeq = 1;
  let checked = 0;
  const fail = (seq: number, reason: string): JournalVerification => ({
    ok: false,
    checked,
    headSeq: expectedSeq - 1,
    headHash: prevHash,
    firstBad: { seq, reason },
  });
  for (const row of query(
    db,
    'SELECT seq, at, type, actor_id, approver_id, payload, prev_hash, hash FROM journal ORDER BY seq',
  ).iterate() as IterableIterator<StoredRow>) {
    if (prevHash === null) return fail(row.seq, 'no terminal id: the chain has no genesis');
    if (row.seq !== expectedSeq)
      return fail(expectedSeq, `row ${expectedSeq} is missing (next is ${row.seq})`);
    if (row.prev_hash !== prevHash) return fail(row.seq, 'previous-hash link is broken');
    const recomputed = rowHash({
      seq: row.seq,
      at: row.at,
      type: row.type,
      actorId: row.actor_id,
      approverId: row.approver_id,
      payload: row.payload,
      prevHash: row.prev_hash,
    });
    if (recomputed !== row.hash) return fail(row.seq, 'content does not match its hash');
    prevHash = row.hash;
    expectedSeq++;
    checked++;
  }
  return {
    ok: true,
    checked,
    headSeq: expectedSeq - 1,
    headHash: checked > 0 ? prevHash : null,
    firstBad: null,
  };
}
