// Landed migrations are history: never edit one, add the next number instead.
// Numbered 0012: 0011 is kept for the sales indexes landing beside it.
export const migration0012 = `
-- Returns (退货) against a receipt or without one: numbered without gaps per terminal, taken inside the
-- return's transaction (a rolled-back return gives its number back).
CREATE TABLE return_counters (
  terminal_id TEXT PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number > 0)
) STRICT, WITHOUT ROWID;

CREATE TABLE returns (
  id INTEGER PRIMARY KEY,
  -- the renderer's id for the return, and a hash of what it asked: a retry answers the return already made
  client_id TEXT NOT NULL UNIQUE,
  request_hash TEXT NOT NULL,
  return_no TEXT NOT NULL UNIQUE,
  terminal_id TEXT NOT NULL,
  business_day TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  -- the shift that paid the money out, whatever shift the sale was made in
  shift_id INTEGER NOT NULL REFERENCES shifts(id),
  cashier_id INTEGER NOT NULL REFERENCES staff(id),
  approver_id INTEGER REFERENCES staff(id),
  approval_reason TEXT,
  -- null: a return without a receipt
  sale_id INTEGER REFERENCES sales(id),
  customer_id INTEGER REFERENCES customers(id),
  refund_fen INTEGER NOT NULL CHECK (refund_fen >= 0),
  points_taken INTEGER NOT NULL CHECK (points_taken >= 0),
  points_restored INTEGER NOT NULL CHECK (points_restored >= 0),
  points_debt INTEGER NOT NULL CHECK (points_debt >= 0),
  note TEXT,
  -- the answer the commit gave, so a retry (a lost answer, a double key press) gets the same
  answer TEXT NOT NULL,
  CHECK ((approver_id IS NULL) = (approval_reason IS NULL))
) STRICT;
CREATE INDEX returns_sale ON returns(sale_id) WHERE sale_id IS NOT NULL;
CREATE INDEX returns_shift ON returns(shift_id);

-- One line per sale line taken back, with its inspection and what happens to the goods.
CREATE TABLE return_lines (
  return_id INTEGER NOT NULL REFERENCES returns(id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  sale_id INTEGER REFERENCES sales(id),
  sale_line_no INTEGER,
  product_id INTEGER NOT NULL REFERENCES products(id),
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  -- refund: what was paid back; buyBack: bought back at today's rate less the deduction
  rule TEXT NOT NULL CHECK (rule IN ('refund', 'buyBack')),
  -- what the customer paid for these units (their share of the sale line's net); a refund pays this back
  value_fen INTEGER NOT NULL CHECK (value_fen >= 0),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  sold_weight_mg INTEGER CHECK (sold_weight_mg > 0),
  weight_mg INTEGER CHECK (weight_mg > 0),
  weight_within_tolerance INTEGER CHECK (weight_within_tolerance IN (0, 1)),
  buy_back_fen_per_gram INTEGER,
  tag_intact INTEGER NOT NULL CHECK (tag_intact IN (0, 1)),
  certificate_present INTEGER CHECK (certificate_present IN (0, 1)),
  damage TEXT,
  reason_code TEXT NOT NULL CHECK (reason_code IN ('quality', 'size', 'changedMind', 'gift', 'other')),
  reason_text TEXT,
  decision TEXT NOT NULL CHECK (decision IN ('restock', 'repair', 'writeOff')),
  PRIMARY KEY (return_id, line_no),
  FOREIGN KEY (sale_id, sale_line_no) REFERENCES sale_lines(sale_id, line_no),
  CHECK ((sale_id IS NULL) = (sale_line_no IS NULL)),
  CHECK (reason_code <> 'other' OR reason_text IS NOT NULL),
  CHECK (rule <> 'refund' OR amount_fen = value_fen)
) STRICT, WITHOUT ROWID;
CREATE INDEX return_lines_sale_line ON return_lines(sale_id, sale_line_no) WHERE sale_id IS NOT NULL;

-- Money paid back (negative amounts) per tender, in the shift that paid it. \`pool\` is the sale's tender it comes
-- out of: the same method, except a trade-in's share, which the store pays back in cash.
CREATE TABLE return_refunds (
  return_id INTEGER NOT NULL REFERENCES returns(id),
  refund_no INTEGER NOT NULL CHECK (refund_no > 0),
  method TEXT NOT NULL CHECK (method IN ('cash', 'bankCard', 'wechat', 'alipay', 'storeCredit', 'points')),
  pool TEXT CHECK (pool IN ('cash', 'bankCard', 'wechat', 'alipay', 'storeCredit', 'points', 'tradeIn')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  -- the refund made on the card terminal or in the wallet app
  reference TEXT,
  points INTEGER,
  shift_id INTEGER NOT NULL REFERENCES shifts(id),
  at TEXT NOT NULL,
  PRIMARY KEY (return_id, refund_no),
  CHECK (method NOT IN ('bankCard', 'wechat', 'alipay') OR reference IS NOT NULL),
  CHECK (reference IS NULL OR method <> 'bankCard'
         OR reference NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*')
) STRICT, WITHOUT ROWID;
CREATE INDEX return_refunds_shift ON return_refunds(shift_id);

CREATE TRIGGER returns_append_only BEFORE UPDATE ON returns
BEGIN SELECT RAISE(ABORT, 'returns are never changed'); END;
CREATE TRIGGER returns_no_delete BEFORE DELETE ON returns
BEGIN SELECT RAISE(ABORT, 'returns are never deleted'); END;
CREATE TRIGGER return_lines_append_only BEFORE UPDATE ON return_lines
BEGIN SELECT RAISE(ABORT, 'return lines are never changed'); END;
CREATE TRIGGER return_lines_no_delete BEFORE DELETE ON return_lines
BEGIN SELECT RAISE(ABORT, 'return lines are never deleted'); END;
CREATE TRIGGER return_refunds_append_only BEFORE UPDATE ON return_refunds
BEGIN SELECT RAISE(ABORT, 'refunds are never changed'); END;
CREATE TRIGGER return_refunds_no_delete BEFORE DELETE ON return_refunds
BEGIN SELECT RAISE(ABORT, 'refunds are never deleted'); END;
CREATE TRIGGER returns_shift_locked BEFORE INSERT ON returns
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER return_refunds_shift_locked BEFORE INSERT ON return_refunds
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;

-- Points and store credit move with a return too: earned points taken back, redeemed ones restored, and a
-- member whose points were spent owes them only through an explicit debt row. SQLite cannot change a CHECK
-- in place, so both tables are rebuilt with their rows and indexes.
CREATE TABLE points_movements_new (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  points INTEGER NOT NULL CHECK (points <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('earned', 'redeemed', 'void', 'returned', 'restored', 'debt')),
  sale_id INTEGER REFERENCES sales(id),
  at TEXT NOT NULL,
  return_id INTEGER REFERENCES returns(id),
  CHECK ((reason IN ('returned', 'restored', 'debt')) = (return_id IS NOT NULL)),
  CHECK (reason <> 'debt' OR points < 0)
) STRICT;
INSERT INTO points_movements_new (id, customer_id, points, reason, sale_id, at)
  SELECT id, customer_id, points, reason, sale_id, at FROM points_movements;
DROP TABLE points_movements;
ALTER TABLE points_movements_new RENAME TO points_movements;
CREATE INDEX points_movements_balance ON points_movements(customer_id, points);

CREATE TABLE store_credit_movements_new (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('tender', 'void', 'adjustment', 'return')),
  sale_id INTEGER REFERENCES sales(id),
  note TEXT,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id),
  return_id INTEGER REFERENCES returns(id),
  CHECK ((reason = 'return') = (return_id IS NOT NULL))
) STRICT;
INSERT INTO store_credit_movements_new (id, customer_id, amount_fen, reason, sale_id, note, at, actor_id)
  SELECT id, customer_id, amount_fen, reason, sale_id, note, at, actor_id FROM store_credit_movements;
DROP TABLE store_credit_movements;
ALTER TABLE store_credit_movements_new RENAME TO store_credit_movements;
CREATE INDEX store_credit_movements_balance ON store_credit_movements(customer_id, amount_fen);
`;
