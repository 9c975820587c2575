// Landed migrations are history: never edit one, add the next number instead.
export const migration0005 = `
-- A shift (班次) of one terminal: opened with a counted float, closed with a blind count and a Z report.
-- Once closed it is locked: nothing is added to it or changed in it.
CREATE TABLE shifts (
  id INTEGER PRIMARY KEY,
  terminal_id TEXT NOT NULL,
  business_day TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  opened_by INTEGER NOT NULL REFERENCES staff(id),
  -- who answers for the drawer now: a handover passes it on
  holder_id INTEGER NOT NULL REFERENCES staff(id),
  float_fen INTEGER NOT NULL CHECK (float_fen >= 0),
  -- what the terminal's previous close left in the drawer; null when there was no previous close
  previous_left_in_fen INTEGER CHECK (previous_left_in_fen >= 0),
  closed_at TEXT,
  closed_by INTEGER REFERENCES staff(id),
  close_approver_id INTEGER REFERENCES staff(id),
  over_short_reason TEXT,
  left_in_fen INTEGER CHECK (left_in_fen >= 0),
  deposit_fen INTEGER CHECK (deposit_fen >= 0),
  CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
  CHECK ((closed_at IS NULL) = (left_in_fen IS NULL)),
  CHECK ((closed_at IS NULL) = (deposit_fen IS NULL))
) STRICT;
-- one open shift per terminal
CREATE UNIQUE INDEX shifts_open ON shifts(terminal_id) WHERE closed_at IS NULL;
CREATE INDEX shifts_terminal ON shifts(terminal_id, id);
CREATE INDEX shifts_day ON shifts(business_day);

-- A count of the drawer by denomination: the opening float, a mid-day count, a handover, the close.
CREATE TABLE shift_counts (
  id INTEGER PRIMARY KEY,
  shift_id INTEGER NOT NULL REFERENCES shifts(id),
  kind TEXT NOT NULL CHECK (kind IN ('opening', 'midday', 'handover', 'close')),
  at TEXT NOT NULL,
  counted_by INTEGER NOT NULL REFERENCES staff(id),
  cash_fen INTEGER NOT NULL CHECK (cash_fen >= 0),
  -- the cash expected at that moment (opening: the previous left-in); null when there was nothing to expect
  expected_cash_fen INTEGER,
  note TEXT
) STRICT;
CREATE INDEX shift_counts_shift ON shift_counts(shift_id, id);

CREATE TABLE shift_count_denominations (
  count_id INTEGER NOT NULL REFERENCES shift_counts(id),
  denomination_fen INTEGER NOT NULL CHECK (denomination_fen IN (10000, 5000, 2000, 1000, 500, 100, 50, 10)),
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  PRIMARY KEY (count_id, denomination_fen)
) STRICT, WITHOUT ROWID;

-- The close's figures per tender: cash counted, the card terminal's settlement, WeChat Pay and Alipay totals.
CREATE TABLE shift_count_tenders (
  count_id INTEGER NOT NULL REFERENCES shift_counts(id),
  method TEXT NOT NULL CHECK (method IN ('cash', 'bankCard', 'wechat', 'alipay')),
  expected_fen INTEGER NOT NULL,
  counted_fen INTEGER NOT NULL CHECK (counted_fen >= 0),
  PRIMARY KEY (count_id, method)
) STRICT, WITHOUT ROWID;

-- Cash moved in or out of the drawer other than by a customer, and drawer openings without a sale.
CREATE TABLE shift_events (
  id INTEGER PRIMARY KEY,
  shift_id INTEGER NOT NULL REFERENCES shifts(id),
  kind TEXT NOT NULL CHECK (kind IN ('paidIn', 'paidOut', 'safeDrop', 'noSale', 'handover')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  reason TEXT,
  note TEXT,
  -- the count a safe drop or handover was made with
  count_id INTEGER REFERENCES shift_counts(id),
  -- a handover: the cashier the drawer passed to (from is the actor)
  to_staff_id INTEGER REFERENCES staff(id),
  at TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES staff(id),
  approver_id INTEGER REFERENCES staff(id),
  CHECK (kind NOT IN ('paidIn', 'paidOut', 'safeDrop') OR amount_fen > 0),
  CHECK ((kind = 'handover') = (to_staff_id IS NOT NULL))
) STRICT;
CREATE INDEX shift_events_shift ON shift_events(shift_id, kind);

-- Z reports as printed, numbered without gaps (a rolled-back close gives its number back).
CREATE TABLE z_reports (
  z_no INTEGER PRIMARY KEY CHECK (z_no > 0),
  shift_id INTEGER NOT NULL UNIQUE REFERENCES shifts(id),
  created_at TEXT NOT NULL,
  report TEXT NOT NULL
) STRICT;

-- The close of a business day for the store, with its summary across terminals.
CREATE TABLE business_day_closes (
  business_day TEXT PRIMARY KEY,
  closed_at TEXT NOT NULL,
  closed_by INTEGER NOT NULL REFERENCES staff(id),
  summary TEXT NOT NULL
) STRICT;

-- Each sale and each payment row belongs to the shift it was made in (a void's rows to the voiding shift).
-- Sales made before shifts existed have none.
ALTER TABLE sales ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
ALTER TABLE sale_payments ADD COLUMN shift_id INTEGER REFERENCES shifts(id);
CREATE INDEX sales_shift ON sales(shift_id) WHERE shift_id IS NOT NULL;
CREATE INDEX sale_payments_shift ON sale_payments(shift_id) WHERE shift_id IS NOT NULL;

-- The lock of a closed shift, kept by the database as well as the code.
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END;
CREATE TRIGGER shifts_locked BEFORE UPDATE ON shifts WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER shift_counts_locked BEFORE INSERT ON shift_counts
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER shift_events_locked BEFORE INSERT ON shift_events
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER sales_shift_locked BEFORE INSERT ON sales
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER sale_payments_shift_locked BEFORE INSERT ON sale_payments
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER sales_void_shift_locked BEFORE UPDATE ON sales
WHEN NEW.shift_id IS NOT OLD.shift_id OR (SELECT closed_at FROM shifts WHERE id = OLD.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a sale stays in its shift, and a closed shift is locked'); END;

CREATE TRIGGER shift_counts_append_only BEFORE UPDATE ON shift_counts
BEGIN SELECT RAISE(ABORT, 'counts are never changed'); END;
CREATE TRIGGER shift_counts_no_delete BEFORE DELETE ON shift_counts
BEGIN SELECT RAISE(ABORT, 'counts are never deleted'); END;
CREATE TRIGGER shift_count_denominations_append_only BEFORE UPDATE ON shift_count_denominations
BEGIN SELECT RAISE(ABORT, 'counts are never changed'); END;
CREATE TRIGGER shift_count_denominations_no_delete BEFORE DELETE ON shift_count_denominations
BEGIN SELECT RAISE(ABORT, 'counts are never deleted'); END;
CREATE TRIGGER shift_count_tenders_append_only BEFORE UPDATE ON shift_count_tenders
BEGIN SELECT RAISE(ABORT, 'counts are never changed'); END;
CREATE TRIGGER shift_count_tenders_no_delete BEFORE DELETE ON shift_count_tenders
BEGIN SELECT RAISE(ABORT, 'counts are never deleted'); END;
CREATE TRIGGER shift_events_append_only BEFORE UPDATE ON shift_events
BEGIN SELECT RAISE(ABORT, 'shift events are never changed'); END;
CREATE TRIGGER shift_events_no_delete BEFORE DELETE ON shift_events
BEGIN SELECT RAISE(ABORT, 'shift events are never deleted'); END;
CREATE TRIGGER z_reports_gapless BEFORE INSERT ON z_reports
WHEN NEW.z_no <> (SELECT coalesce(max(z_no), 0) + 1 FROM z_reports)
BEGIN SELECT RAISE(ABORT, 'Z reports are numbered without gaps'); END;
CREATE TRIGGER z_reports_append_only BEFORE UPDATE ON z_reports
BEGIN SELECT RAISE(ABORT, 'Z reports are never changed'); END;
CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports
BEGIN SELECT RAISE(ABORT, 'Z reports are never deleted'); END;
CREATE TRIGGER business_day_closes_append_only BEFORE UPDATE ON business_day_closes
BEGIN SELECT RAISE(ABORT, 'a closed business day is never changed'); END;
CREATE TRIGGER business_day_closes_no_delete BEFORE DELETE ON business_day_closes
BEGIN SELECT RAISE(ABORT, 'a closed business day is never deleted'); END;
`;
