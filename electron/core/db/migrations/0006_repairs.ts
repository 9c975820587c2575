// Landed migrations are history: never edit one, add the next number instead.
export const migration0006 = `
-- Ticket numbers are taken inside the intake's transaction, as receipt numbers are: gapless per terminal.
CREATE TABLE repair_counters (
  terminal_id TEXT PRIMARY KEY,
  last_number INTEGER NOT NULL CHECK (last_number > 0)
) STRICT, WITHOUT ROWID;

CREATE TABLE repair_tickets (
  id INTEGER PRIMARY KEY,
  ticket_no TEXT NOT NULL UNIQUE,
  terminal_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('received', 'awaitingApproval', 'approved', 'inWorkshop',
    'qualityCheck', 'readyToCollect', 'collected', 'cancelled', 'returnedUnrepaired')),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  category TEXT NOT NULL,
  purity TEXT,
  description TEXT NOT NULL,
  stone_count INTEGER NOT NULL CHECK (stone_count >= 0),
  weight_in_mg INTEGER NOT NULL CHECK (weight_in_mg > 0),
  weight_in_source TEXT NOT NULL CHECK (weight_in_source IN ('scale', 'typed')),
  weight_in_reason TEXT,
  conditions TEXT NOT NULL,
  notes TEXT NOT NULL,
  declared_value_fen INTEGER NOT NULL CHECK (declared_value_fen >= 0),
  -- the piece's original sale, when it was bought here
  sale_id INTEGER REFERENCES sales(id),
  sale_line_no INTEGER,
  warranty_ends_on TEXT,
  extra_work TEXT NOT NULL,
  quote_fen INTEGER CHECK (quote_fen >= 0),
  consent_at TEXT,
  consent_how TEXT CHECK (consent_how IN ('inPerson', 'phone', 'message')),
  consent_by INTEGER REFERENCES staff(id),
  workshop_kind TEXT CHECK (workshop_kind IN ('bench', 'outside')),
  workshop_place TEXT,
  qc_weight_mg INTEGER CHECK (qc_weight_mg > 0),
  qc_stones INTEGER,
  qc_beyond_tolerance INTEGER,
  qc_note TEXT,
  qc_acknowledged_by INTEGER REFERENCES staff(id),
  weight_out_mg INTEGER CHECK (weight_out_mg > 0),
  weight_out_source TEXT CHECK (weight_out_source IN ('scale', 'typed')),
  promised_on TEXT NOT NULL,
  received_at TEXT NOT NULL,
  received_by INTEGER NOT NULL REFERENCES staff(id),
  ready_at TEXT,
  closed_at TEXT,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (sale_id, sale_line_no) REFERENCES sale_lines(sale_id, line_no),
  CHECK ((weight_in_source = 'typed') = (weight_in_reason IS NOT NULL)),
  CHECK ((consent_at IS NULL) = (consent_how IS NULL))
) STRICT;
-- the board lists open tickets by promised date; a customer's tickets are found by customer
CREATE INDEX repair_tickets_open ON repair_tickets(promised_on)
  WHERE status NOT IN ('collected', 'cancelled', 'returnedUnrepaired');
CREATE INDEX repair_tickets_customer ON repair_tickets(customer_id, id);

CREATE TABLE repair_ticket_services (
  ticket_id INTEGER NOT NULL REFERENCES repair_tickets(id),
  line_no INTEGER NOT NULL CHECK (line_no > 0),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
  turnaround_days INTEGER NOT NULL,
  free INTEGER NOT NULL CHECK (free IN (0, 1)),
  PRIMARY KEY (ticket_id, line_no)
) STRICT, WITHOUT ROWID;

-- Every step of a ticket, with its time and actor (and the manager who approved it, if one did).
CREATE TABLE repair_steps (
  ticket_id INTEGER NOT NULL REFERENCES repair_tickets(id),
  step_no INTEGER NOT NULL CHECK (step_no > 0),
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT,
  actor_id INTEGER NOT NULL REFERENCES staff(id),
  approver_id INTEGER REFERENCES staff(id),
  note TEXT,
  PRIMARY KEY (ticket_id, step_no)
) STRICT, WITHOUT ROWID;

-- Deposits and balances, taken as a sale's tenders are and counted in the shift's drawer; a refund adds a
-- row with the opposite amount, in the shift that pays it back.
CREATE TABLE repair_payments (
  ticket_id INTEGER NOT NULL REFERENCES repair_tickets(id),
  payment_no INTEGER NOT NULL CHECK (payment_no > 0),
  purpose TEXT NOT NULL CHECK (purpose IN ('deposit', 'balance', 'refund')),
  method TEXT NOT NULL CHECK (method IN ('cash', 'bankCard', 'wechat', 'alipay')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
  tendered_fen INTEGER,
  reference TEXT,
  card_last4 TEXT CHECK (card_last4 IS NULL OR (length(card_last4) = 4 AND card_last4 NOT GLOB '*[^0-9]*')),
  at TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES staff(id),
  -- the shift whose drawer took or paid the money
  shift_id INTEGER NOT NULL REFERENCES shifts(id),
  PRIMARY KEY (ticket_id, payment_no),
  CHECK (reference IS NULL OR method <> 'bankCard'
         OR reference NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*')
) STRICT, WITHOUT ROWID;
CREATE INDEX repair_payments_shift ON repair_payments(shift_id);

CREATE TABLE repair_calls (
  id INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES repair_tickets(id),
  at TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'noAnswer', 'messageLeft')),
  note TEXT,
  actor_id INTEGER NOT NULL REFERENCES staff(id)
) STRICT;
CREATE INDEX repair_calls_ticket ON repair_calls(ticket_id, id);

-- Photos are kept in the database beside their ticket: one file to back up, written in the intake's own
-- transaction, so a ticket never points at a missing file. The renderer scales them down before sending.
CREATE TABLE repair_photos (
  ticket_id INTEGER NOT NULL REFERENCES repair_tickets(id),
  photo_no INTEGER NOT NULL CHECK (photo_no > 0),
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
  source TEXT NOT NULL CHECK (source IN ('camera', 'file')),
  data BLOB NOT NULL,
  taken_at TEXT NOT NULL,
  PRIMARY KEY (ticket_id, photo_no)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER repair_steps_append_only BEFORE UPDATE ON repair_steps
BEGIN SELECT RAISE(ABORT, 'repair steps are never changed'); END;
CREATE TRIGGER repair_payments_append_only BEFORE UPDATE ON repair_payments
BEGIN SELECT RAISE(ABORT, 'repair payments are never changed: refund them'); END;
CREATE TRIGGER repair_payments_no_delete BEFORE DELETE ON repair_payments
BEGIN SELECT RAISE(ABORT, 'repair payments are never deleted'); END;
CREATE TRIGGER repair_payments_shift_locked BEFORE INSERT ON repair_payments
WHEN (SELECT closed_at FROM shifts WHERE id = NEW.shift_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed shift is locked'); END;
CREATE TRIGGER repair_tickets_no_delete BEFORE DELETE ON repair_tickets
BEGIN SELECT RAISE(ABORT, 'repair tickets are never deleted: cancel them'); END;
`;
