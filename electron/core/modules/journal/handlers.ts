import type { HandlerGroup } from '../../router/context';
import { verifyJournal } from '../../journal/verify';
import { query } from '../../db/statements';

interface JournalListRow {
  seq: number;
  at: string;
  type: string;
  actor_id: number | null;
  actor_name: string | null;
  approver_id: number | null;
  approver_name: string | null;
  payload: string;
  hash: string;
}

export const journalHandlers: HandlerGroup<'journal.list' | 'journal.verify'> = {
  'journal.list': (input, { db }) => {
    const rows = query(
      db,
      `SELECT j.seq, j.at, j.type, j.actor_id, a.name AS actor_name, j.approver_id, p.name AS approver_name,
                j.payload, j.hash
         FROM journal j
         LEFT JOIN staff a ON a.id = j.actor_id
         LEFT JOIN staff p ON p.id = j.approver_id
         WHERE j.seq < ?
         ORDER BY j.seq DESC
         LIMIT ?`,
    ).all(input.beforeSeq ?? Number.MAX_SAFE_INTEGER, input.limit) as JournalListRow[];
    return rows.map((row) => ({
      seq: row.seq,
      at: row.at,
      type: row.type,
      actorId: row.actor_id,
      actorName: row.actor_name,
      approverId: row.approver_id,
      approverName: row.approver_name,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      hash: row.hash,
    }));
  },

  // the running till has its own key: closures must be signed by it, not by one recorded in the file
  'journal.verify': (_input, { db, keys }) => verifyJournal(db, { publicKey: keys.publicKeySpki }),
};
