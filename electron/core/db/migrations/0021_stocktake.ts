// Landed migrations are history: never edit one, add the next number instead.
export const migration0021 = `
-- What a unit of the product cost the store (fen), for valuing stock and its variances at cost; null where
-- nobody entered it (the report counts such lines apart instead of valuing them at nothing).
ALTER TABLE products ADD COLUMN cost_fen INTEGER CHECK (cost_fen >= 0);

-- 盘点: one count of the whole store (no category) or of one category. movement_mark is the last stock
-- movement when it started: the snapshot below is the books as of that movement.
CREATE TABLE stocktakes (
  id INTEGER PRIMARY KEY,
  category_id INTEGER REFERENCES categories(id),
  state TEXT NOT NULL CHECK (state IN ('open', 'posted', 'cancelled')),
  movement_mark INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  started_by INTEGER NOT NULL REFERENCES staff(id),
  -- kept as the count goes, so a scan answers "how many so far" without counting its rows
  expected_pieces INTEGER NOT NULL DEFAULT 0,
  expected_units INTEGER NOT NULL DEFAULT 0,
  scanned_pieces INTEGER NOT NULL DEFAULT 0,
  closed_at TEXT,
  closed_by INTEGER REFERENCES staff(id),
  approved_by INTEGER REFERENCES staff(id),
  reason TEXT,
  -- the variance report as it stood when the count was posted or cancelled (JSON): the books move on after
  report TEXT,
  CHECK ((state = 'open') = (closed_at IS NULL)),
  CHECK ((state = 'open') = (report IS NULL))
) STRICT;
-- One count at a time: two open counts would each post the other's differences.
CREATE UNIQUE INDEX stocktakes_one_open ON stocktakes(state) WHERE state = 'open';

-- The books frozen at the start: every product in scope held at a place of the store (not sold, returned to
-- the supplier or written off). Keyed for the scan, which reads one row by count and product.
CREATE TABLE stocktake_expected (
  stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  place_id INTEGER NOT NULL REFERENCES stock_places(id),
  quantity INTEGER NOT NULL,
  PRIMARY KEY (stocktake_id, product_id, place_id)
) STRICT, WITHOUT ROWID;

-- Every scan: who, where and when, what it found, and where the books had the piece at that moment
-- (book_place_id; null when the books held it nowhere in the store). A piece counts once: its later scans are
-- kept as duplicates.
CREATE TABLE stocktake_scans (
  id INTEGER PRIMARY KEY,
  stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
  code TEXT NOT NULL,
  product_id INTEGER REFERENCES products(id),
  place_id INTEGER NOT NULL REFERENCES stock_places(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('counted', 'wrongPlace', 'soldPresent', 'notOnBooks', 'outOfScope',
                                           'unknown', 'duplicate', 'unit')),
  book_place_id INTEGER REFERENCES stock_places(id),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at TEXT NOT NULL,
  CHECK ((outcome = 'unknown') = (product_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX stocktake_scans_piece ON stocktake_scans(stocktake_id, product_id)
  WHERE outcome IN ('counted', 'wrongPlace', 'soldPresent', 'notOnBooks', 'outOfScope');

-- Counted goods per place; the latest entry for a product and place is the count. book is what the books
-- held there at that moment, so a sale while counting is not a shortage.
CREATE TABLE stocktake_counts (
  id INTEGER PRIMARY KEY,
  stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  place_id INTEGER NOT NULL REFERENCES stock_places(id),
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  book INTEGER NOT NULL,
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX stocktake_counts_line ON stocktake_counts(stocktake_id, product_id, place_id, id);

-- Gold of one purity at one place on the scale; the latest weighing there stands. book_mg is the tagged
-- pieces' weights the books held there at that moment.
CREATE TABLE stocktake_weighings (
  id INTEGER PRIMARY KEY,
  stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
  place_id INTEGER NOT NULL REFERENCES stock_places(id),
  purity TEXT NOT NULL,
  weight_mg INTEGER NOT NULL CHECK (weight_mg >= 0),
  book_mg INTEGER NOT NULL CHECK (book_mg >= 0),
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX stocktake_weighings_place ON stocktake_weighings(stocktake_id, place_id, purity, id);
`;
