// Landed migrations are history: never edit one, add the next number instead.
export const migration0010 = `
-- A receipt of stock entered wrong is corrected by a reversing movement, never edited: the reversal names
-- the receipt it takes back (once only) and why.
ALTER TABLE stock_movements ADD COLUMN reverses_id INTEGER REFERENCES stock_movements(id);
ALTER TABLE stock_movements ADD COLUMN note TEXT;
CREATE UNIQUE INDEX stock_movements_reversal ON stock_movements(reverses_id) WHERE reverses_id IS NOT NULL;
`;
