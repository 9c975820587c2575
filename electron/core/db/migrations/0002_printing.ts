// Landed migrations are history: never edit one, add the next number instead (test/db/migrations.test.ts
// compares each file with its recorded checksum).
export const migration0002 = `
CREATE TABLE printers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  settings TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'unknown'
    CHECK (status IN ('unknown', 'ready', 'paperLow', 'paperOut', 'offline')),
  status_error TEXT,
  status_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- the receipt printer's route also takes every document type that has none of its own
CREATE TABLE print_routes (
  document_type TEXT PRIMARY KEY,
  printer_id INTEGER NOT NULL REFERENCES printers(id),
  copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 5)
) STRICT;

CREATE TABLE print_document_settings (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  value TEXT NOT NULL
) STRICT;

CREATE TABLE print_jobs (
  id INTEGER PRIMARY KEY,
  document_type TEXT NOT NULL,
  reference TEXT NOT NULL,
  -- null: the document type's route decides when the job prints, so re-routing moves waiting jobs
  printer_id INTEGER REFERENCES printers(id),
  -- the template's data as validated when queued; the store's header and texts as they were then
  data TEXT NOT NULL,
  context TEXT NOT NULL,
  copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 5),
  copy_of INTEGER REFERENCES print_jobs(id),
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'printing', 'done', 'failed', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  -- where a printed page was kept (browser mode's PDF), for the jobs list
  output TEXT,
  next_attempt_at TEXT,
  created_by INTEGER REFERENCES staff(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  printed_at TEXT
) STRICT;

CREATE INDEX print_jobs_state ON print_jobs (state, id);
CREATE INDEX print_jobs_reference ON print_jobs (document_type, reference);
`;
