// Landed migrations are history: never edit one, add the next number instead.
export const migration0018 = `
-- Signed closures (each Z report, each month, each year): the journal's head and the perpetual totals at
-- that point, signed with the terminal's Ed25519 key. The signed payload and its signature are journaled
-- too; this table is the till's own index of them, and the verifier checks the two agree (a closure kept
-- here whose journal row is gone means the journal's tail was cut).
CREATE TABLE closures (
  closure_no INTEGER PRIMARY KEY CHECK (closure_no > 0),
  kind TEXT NOT NULL CHECK (kind IN ('day', 'month', 'year')),
  period TEXT NOT NULL,
  z_no INTEGER,
  created_at TEXT NOT NULL,
  head_seq INTEGER NOT NULL CHECK (head_seq > 0),
  head_hash TEXT NOT NULL,
  perpetual TEXT NOT NULL,
  payload TEXT NOT NULL,
  signature TEXT NOT NULL,
  key_id TEXT NOT NULL,
  journal_seq INTEGER NOT NULL UNIQUE,
  CHECK ((kind = 'day') = (z_no IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX closures_period ON closures (kind, period) WHERE kind <> 'day';

CREATE TRIGGER closures_gapless BEFORE INSERT ON closures
WHEN NEW.closure_no IS NOT (SELECT coalesce(max(closure_no), 0) + 1 FROM closures)
BEGIN
  SELECT RAISE(ABORT, 'closures are numbered without gaps');
END;
CREATE TRIGGER closures_no_update BEFORE UPDATE ON closures
BEGIN
  SELECT RAISE(ABORT, 'closures are append-only');
END;
CREATE TRIGGER closures_no_delete BEFORE DELETE ON closures
BEGIN
  SELECT RAISE(ABORT, 'closures are append-only');
END;
`;
