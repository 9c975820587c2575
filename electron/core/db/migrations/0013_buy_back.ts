// Landed migrations are history: never edit one, add the next number instead.
export const migration0013 = `
-- Old gold bought back without a purchase (旧料回收): a return of its own kind, with the seller's name and ID
-- number as the store's policy requires, kept here only (masked on paper, on screen and in the journal).
ALTER TABLE returns ADD COLUMN kind TEXT NOT NULL DEFAULT 'return' CHECK (kind IN ('return', 'buyBack'));
ALTER TABLE returns ADD COLUMN seller_name TEXT;
ALTER TABLE returns ADD COLUMN seller_id_number TEXT;
CREATE TRIGGER returns_buy_back_seller BEFORE INSERT ON returns
WHEN (NEW.kind = 'buyBack') <> (NEW.seller_name IS NOT NULL AND NEW.seller_id_number IS NOT NULL AND NEW.sale_id IS NULL)
BEGIN SELECT RAISE(ABORT, 'a buy-back names its seller and no sale; a return names no seller'); END;

-- The gold bought goes into the scrap-gold account like a trade-in. SQLite cannot change a CHECK in place, so
-- the table is rebuilt with its rows and index; a buy-back's movement names its return instead of a sale line.
CREATE TABLE scrap_gold_movements_new (
  id INTEGER PRIMARY KEY,
  purity TEXT NOT NULL,
  weight_mg INTEGER NOT NULL CHECK (weight_mg <> 0),
  value_fen INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('tradeIn', 'void', 'buyBack')),
  sale_id INTEGER REFERENCES sales(id),
  line_no INTEGER,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id),
  return_id INTEGER REFERENCES returns(id),
  FOREIGN KEY (sale_id, line_no) REFERENCES sale_lines(sale_id, line_no),
  CHECK ((reason = 'buyBack') = (return_id IS NOT NULL))
) STRICT;
INSERT INTO scrap_gold_movements_new (id, purity, weight_mg, value_fen, reason, sale_id, line_no, at, actor_id)
  SELECT id, purity, weight_mg, value_fen, reason, sale_id, line_no, at, actor_id FROM scrap_gold_movements;
DROP TABLE scrap_gold_movements;
ALTER TABLE scrap_gold_movements_new RENAME TO scrap_gold_movements;
CREATE INDEX scrap_gold_movements_purity ON scrap_gold_movements(purity, weight_mg);
`;
