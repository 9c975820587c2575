// Landed migrations are history: never edit one, add the next number instead.
export const migration0009 = `
-- 抹零: what the store's cash rounding changed the cash part of a sale by (negative when rounded down). The
-- sale's total stays what the goods came to; the cash payment row holds what was really taken.
ALTER TABLE sales ADD COLUMN cash_rounding_fen INTEGER NOT NULL DEFAULT 0;

-- A store without rounding counts fen coins too: the denominations' CHECK takes 5, 2 and 1 fen. SQLite cannot
-- change a CHECK in place, so the table is rebuilt with its rows and its append-only triggers.
CREATE TABLE shift_count_denominations_new (
  count_id INTEGER NOT NULL REFERENCES shift_counts(id),
  denomination_fen INTEGER NOT NULL
    CHECK (denomination_fen IN (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1)),
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (count_id, denomination_fen)
) STRICT, WITHOUT ROWID;
INSERT INTO shift_count_denominations_new (count_id, denomination_fen, quantity)
  SELECT count_id, denomination_fen, quantity FROM shift_count_denominations;
DROP TABLE shift_count_denominations;
ALTER TABLE shift_count_denominations_new RENAME TO shift_count_denominations;
CREATE TRIGGER shift_count_denominations_append_only BEFORE UPDATE ON shift_count_denominations
BEGIN SELECT RAISE(ABORT, 'counts are never changed'); END;
CREATE TRIGGER shift_count_denominations_no_delete BEFORE DELETE ON shift_count_denominations
BEGIN SELECT RAISE(ABORT, 'counts are never deleted'); END;
`;
