// Landed migrations are history: never edit one, add the next number instead.
export const migration0011 = `
-- The journal's UNIQUE(hash) put one random page of an index into every business event's commit, and
-- guarded nothing the chain does not: the journal_gapless trigger refuses any row that does not follow the
-- head (so a copied row never goes in), and the verifier refuses a hash that is not its own row's. SQLite
-- cannot drop a table constraint, so the table is rebuilt without it, rows and triggers as they were.
CREATE TABLE journal_rebuilt (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  type TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id),
  approver_id INTEGER REFERENCES staff(id),
  payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
INSERT INTO journal_rebuilt (seq, at, type, actor_id, approver_id, payload, prev_hash, hash)
  SELECT seq, at, type, actor_id, approver_id, payload, prev_hash, hash FROM journal ORDER BY seq;
DROP TABLE journal;
ALTER TABLE journal_rebuilt RENAME TO journal;

CREATE TRIGGER journal_gapless BEFORE INSERT ON journal
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM journal)
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM journal ORDER BY seq DESC LIMIT 1), NEW.prev_hash)
BEGIN
  SELECT RAISE(ABORT, 'journal rows are appended in sequence and chained to the previous hash');
END;

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN
  SELECT RAISE(ABORT, 'journal is append-only');
END;

CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN
  SELECT RAISE(ABORT, 'journal is append-only');
END;
`;
