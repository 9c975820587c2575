// Landed migrations are history: never edit one, add the next number instead.
export const migration0016 = `
-- A trade-in worth more than the new goods (以旧换新, the customer paid the difference out of the drawer): the
-- sale's total is negative, paid as a negative cash payment, and it names its seller as a buy-back does (kept
-- here only; masked on paper, on screen and in the journal). A total of nothing or less needs a trade-in, and
-- a negative one its seller. SQLite cannot change a CHECK in place, so sales is rebuilt with its rows, indexes
-- and triggers; the rows pointing at it keep their ids, and the runner checks every foreign key before commit.
CREATE TABLE sales_new (
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
  total_fen INTEGER NOT NULL,
  change_fen INTEGER NOT NULL CHECK (change_fen >= 0),
  points_earned INTEGER NOT NULL CHECK (points_earned >= 0),
  points_redeemed INTEGER NOT NULL CHECK (points_redeemed >= 0),
  state TEXT NOT NULL DEFAULT 'committed' CHECK (state IN ('committed', 'voided')),
  voided_at TEXT,
  voided_by INTEGER REFERENCES staff(id),
  void_approver_id INTEGER REFERENCES staff(id),
  void_reason TEXT,
  shift_id INTEGER REFERENCES shifts(id),
  cash_rounding_fen INTEGER NOT NULL DEFAULT 0,
  seller_name TEXT,
  seller_id_number TEXT,
  CHECK (subtotal_fen - line_discount_fen - member_discount_fen - order_discount_fen - trade_in_fen = total_fen),
  CHECK ((state = 'voided') = (voided_at IS NOT NULL AND voided_by IS NOT NULL AND void_reason IS NOT NULL)),
  CHECK (total_fen > 0 OR trade_in_fen > 0),
  CHECK (total_fen >= 0 OR (seller_name IS NOT NULL AND seller_id_number IS NOT NULL))
) STRICT;
INSERT INTO sales_new (id, client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
    approver_id, customer_id, subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen,
    order_discount_kind, order_discount_value, order_discount_reason, trade_in_fen, total_fen, change_fen,
    points_earned, points_redeemed, state, voided_at, voided_by, void_approver_id, void_reason, shift_id,
    cash_rounding_fen)
  SELECT id, client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
    approver_id, customer_id, subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen,
    order_discount_kind, order_discount_value, order_discount_reason, trade_in_fen, total_fen, change_fen,
    points_earned, points_redeemed, state, voided_at, voided_by, void_approver_id, void_reason, shift_id,
    cash_rounding_fen
  FROM sales;
DROP TABLE sales;
ALTER TABLE sales_new RENAME TO sales;
CREATE INDEX sales_customer ON sales(customer_id, id) WHERE customer_id IS NOT NULL;
CREATE INDEX sales_shift ON sales(shift_id) WHERE shift_id IS NOT NULL;

CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
BEGIN SELECT RAISE(ABORT, 'sales are never deleted: void them'); END;
CREATE TRIGGER sales_void_only BEFORE UPDATE ON sales
WHEN OLD.state = 'voided' OR NEW.state <> 'voided'
  OR NEW.client_id IS NOT OLD.client_id OR NEW.receipt_no IS NOT OLD.receipt_no
  OR NEW.total_fen IS NOT OLD.total_fen OR NEW.change_fen IS NOT OLD.change_fen
  OR NEW.customer_id IS NOT OLD.customer_id OR NEW.committed_at IS NOT OLD.committed_at
  OR NEW.seller_name IS NOT OLD.seller_name OR NEW.seller_id_number IS NOT OLD.seller_id_number
BEGIN SELECT RAISE(ABORT, 'a committed sale only changes by being voided, once'); END;
CREATE TRIGGER sales_shift_locked BEFORE INSERT ON sales
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER sales_void_shift_locked BEFORE UPDATE ON sales
WHEN NEW.shift_id IS NOT OLD.shift_id OR (SELECT closed_at FROM shifts WHERE id = OLD.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a sale stays in its shift, and a closed shift is locked'); END;
`;
