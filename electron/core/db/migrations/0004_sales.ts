// Landed migrations are history: never edit one, add the next number instead.
export const migration0004 = `
-- On hand is summed at every scan, search result and sale: an index holding the quantities answers the
-- sum without reading the movements themselves (it replaces 0003's index on product_id alone).
DROP INDEX stock_movements_product;
CREATE INDEX stock_movements_on_hand ON stock_movements(product_id, quantity);

-- Search words again, with prefix indexes up to 12 letters: full pinyin is typed well past 6 (zhuanyunzhu),
-- and a prefix longer than the longest index makes FTS5 merge every matching word's list. The words are
-- worked out in code (pinyin), so the core fills the new table at start (catalog/search-index.ts).
DROP TABLE product_search;
CREATE VIRTUAL TABLE product_search USING fts5(
  tokens, content = '', contentless_delete = 1, detail = none, prefix = '1 2 3 4 5 6 7 8 9 10 11 12',
  tokenize = 'unicode61'
);

CREATE TABLE member_tiers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  discount_bp INTEGER NOT NULL CHECK (discount_bp BETWEEN 0 AND 10000)
) STRICT;
INSERT INTO member_tiers (id, name, discount_bp) VALUES (1, '普通会员', 0), (2, '银卡会员', 200), (3, '金卡会员', 500);

-- The seven questions never asked (七不问): a name and a mobile number only. No age or birthday, marital
-- status, income, address (or its history), beliefs or health: none of them is ever stored.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  phone TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  tier_id INTEGER NOT NULL DEFAULT 1 REFERENCES member_tiers(id),
  registered_at TEXT NOT NULL,
  registered_by INTEGER REFERENCES staff(id),
  updated_at TEXT NOT NULL
) STRICT;

-- Receipt numbers are taken from here inside the sale's transaction: a rolled-back sale gives its number back.
CREATE TABLE receipt_counters (
  terminal_id TEXT NOT NULL,
  business_day TEXT NOT NULL,
  last_number INTEGER NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (terminal_id, business_day)
) STRICT, WITHOUT ROWID;

CREATE TABLE sales (
  id INTEGER PRIMARY KEY,
  -- the renderer's id for the sale, and a hash of what it asked: a retry returns the sale, a different cart is refused
  client_id TEXT NOT NULL UNIQUE,
  request_hash TEXT NOT NULL,
  receipt_no TEXT NOT NULL UNIQUE,
  terminal_id TEXT NOT NULL,
  business_day TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  cashier_id INTEGER NOT NULL REFERENCES staff(id),
  approver_id INTEGER REFERENCES staff(id),
  customer_id INTEGER REFERENCES customers(id),
  subtotal_fen INTEGER NOT NULL,
  line_discount_fen INTEGER NOT NULL,
  member_discount_fen INTEGER NOT NULL,
  order_discount_fen INTEGER NOT NULL,
  order_discount_kind TEXT CHECK (order_discount_kind IN ('percent', 'amount')),
  order_discount_value INTEGER,
  order_discount_reason TEXT,
  trade_in_fen INTEGER NOT NULL,
  total_fen INTEGER NOT NULL CHECK (total_fen > 0),
  change_fen INTEGER NOT NULL CHECK (change_fen >= 0),
  points_earned INTEGER NOT NULL CHECK (points_earned >= 0),
  points_redeemed INTEGER NOT NULL CHECK (points_redeemed >= 0),
  state TEXT NOT NULL DEFAULT 'committed' CHECK (state IN ('committed', 'voided')),
  voided_at TEXT,
  voided_by INTEGER REFERENCES staff(id),
  void_approver_id INTEGER REFERENCES staff(id),
  void_reason TEXT,
  CHECK (subtotal_fen - line_discount_fen - member_discount_fen - order_discount_fen - trade_in_fen = total_fen),
  CHECK ((state = 'voided') = (voided_at IS NOT NULL AND voided_by IS NOT NULL AND void_reason IS NOT NULL))
) STRICT;
CREATE INDEX sales_customer ON sales(customer_id, id) WHERE customer_id IS NOT NULL;

-- A sale's lines and payments are stored with the sale's id first: one sale's rows sit together, found
-- without a second index.
CREATE TABLE sale_lines (
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  kind TEXT NOT NULL CHECK (kind IN ('fixed', 'weighed', 'quantity', 'tradeIn')),
  product_id INTEGER REFERENCES products(id),
  sku TEXT,
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_fen INTEGER,
  price_override_fen INTEGER,
  purity TEXT,
  weight_mg INTEGER CHECK (weight_mg > 0),
  -- the sell rate of a weighed line, the buy-back rate of a trade-in: the rate in force when it was added
  gold_rate_fen_per_gram INTEGER,
  labor_fee_kind TEXT CHECK (labor_fee_kind IN ('perGram', 'perPiece')),
  labor_fee_fen INTEGER,
  metal_fen INTEGER,
  labor_fen INTEGER,
  trade_in_deduction_fen_per_gram INTEGER,
  trade_in_loss_bp INTEGER,
  discount_kind TEXT CHECK (discount_kind IN ('percent', 'amount')),
  discount_value INTEGER,
  reason TEXT,
  list_fen INTEGER NOT NULL,
  gross_fen INTEGER NOT NULL,
  line_discount_fen INTEGER NOT NULL,
  member_discount_fen INTEGER NOT NULL,
  order_discount_fen INTEGER NOT NULL,
  net_fen INTEGER NOT NULL,
  PRIMARY KEY (sale_id, line_no),
  CHECK (gross_fen - line_discount_fen - member_discount_fen - order_discount_fen = net_fen OR kind = 'tradeIn'),
  CHECK ((kind = 'tradeIn') = (product_id IS NULL)),
  CHECK (kind <> 'weighed' OR metal_fen + labor_fen = list_fen)
) STRICT, WITHOUT ROWID;

CREATE TABLE sale_payments (
  sale_id INTEGER NOT NULL REFERENCES sales(id),
  payment_no INTEGER NOT NULL CHECK (payment_no > 0),
  method TEXT NOT NULL CHECK (method IN ('cash', 'bankCard', 'wechat', 'alipay', 'storeCredit', 'points')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  tendered_fen INTEGER,
  reference TEXT,
  card_last4 TEXT CHECK (card_last4 IS NULL OR (length(card_last4) = 4 AND card_last4 NOT GLOB '*[^0-9]*')),
  points INTEGER,
  -- a void adds a row with the opposite amount that names the row it reverses
  reverses_no INTEGER,
  at TEXT NOT NULL,
  PRIMARY KEY (sale_id, payment_no),
  FOREIGN KEY (sale_id, reverses_no) REFERENCES sale_payments(sale_id, payment_no),
  -- the last line of defence against a card number (PAN) reaching the file
  CHECK (reference IS NULL OR method <> 'bankCard'
         OR reference NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*')
) STRICT, WITHOUT ROWID;

CREATE TABLE sale_invoices (
  sale_id INTEGER PRIMARY KEY REFERENCES sales(id),
  title TEXT NOT NULL,
  tax_number TEXT,
  email TEXT
) STRICT;

CREATE TABLE sale_ratings (
  sale_id INTEGER PRIMARY KEY REFERENCES sales(id),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT,
  rated_at TEXT NOT NULL
) STRICT;

-- Balances are sums of movements, as stock is; a void adds reversing rows.
CREATE TABLE points_movements (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  points INTEGER NOT NULL CHECK (points <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('earned', 'redeemed', 'void')),
  sale_id INTEGER REFERENCES sales(id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX points_movements_balance ON points_movements(customer_id, points);

CREATE TABLE store_credit_movements (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('tender', 'void', 'adjustment')),
  sale_id INTEGER REFERENCES sales(id),
  note TEXT,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX store_credit_movements_balance ON store_credit_movements(customer_id, amount_fen);

-- Old gold taken in (以旧换新) goes into the scrap-gold account, by purity, until it is sent for refining.
CREATE TABLE scrap_gold_movements (
  id INTEGER PRIMARY KEY,
  purity TEXT NOT NULL,
  weight_mg INTEGER NOT NULL CHECK (weight_mg <> 0),
  value_fen INTEGER NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('tradeIn', 'void')),
  sale_id INTEGER REFERENCES sales(id),
  line_no INTEGER,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id),
  FOREIGN KEY (sale_id, line_no) REFERENCES sale_lines(sale_id, line_no)
) STRICT;
CREATE INDEX scrap_gold_movements_purity ON scrap_gold_movements(purity, weight_mg);

-- Carts parked at a terminal (挂单); recalling one deletes it.
CREATE TABLE held_carts (
  id INTEGER PRIMARY KEY,
  terminal_id TEXT NOT NULL,
  label TEXT NOT NULL,
  cart TEXT NOT NULL,
  line_count INTEGER NOT NULL,
  customer_id INTEGER REFERENCES customers(id),
  held_at TEXT NOT NULL,
  held_by INTEGER NOT NULL REFERENCES staff(id)
) STRICT;
CREATE INDEX held_carts_terminal ON held_carts(terminal_id, id);

-- What was sold stays sold: corrections are new rows, and only a void may change a sale (its state).
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
BEGIN SELECT RAISE(ABORT, 'sales are never deleted: void them'); END;
CREATE TRIGGER sales_void_only BEFORE UPDATE ON sales
WHEN OLD.state = 'voided' OR NEW.state <> 'voided'
  OR NEW.client_id IS NOT OLD.client_id OR NEW.receipt_no IS NOT OLD.receipt_no
  OR NEW.total_fen IS NOT OLD.total_fen OR NEW.change_fen IS NOT OLD.change_fen
  OR NEW.customer_id IS NOT OLD.customer_id OR NEW.committed_at IS NOT OLD.committed_at
BEGIN SELECT RAISE(ABORT, 'a committed sale only changes by being voided, once'); END;
CREATE TRIGGER sale_lines_append_only BEFORE UPDATE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'sale lines are never changed'); END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'sale lines are never deleted'); END;
CREATE TRIGGER sale_payments_append_only BEFORE UPDATE ON sale_payments
BEGIN SELECT RAISE(ABORT, 'payments are never changed: reverse them'); END;
CREATE TRIGGER sale_payments_no_delete BEFORE DELETE ON sale_payments
BEGIN SELECT RAISE(ABORT, 'payments are never deleted: reverse them'); END;
`;
