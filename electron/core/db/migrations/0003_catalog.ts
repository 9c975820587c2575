// Landed migrations are history: never edit one, add the next number instead.
export const migration0003 = `
CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  category_id INTEGER REFERENCES categories(id),
  kind TEXT NOT NULL CHECK (kind IN ('fixed', 'weighed', 'quantity')),
  price_fen INTEGER CHECK (price_fen >= 0),
  purity TEXT,
  weight_mg INTEGER CHECK (weight_mg > 0),
  labor_kind TEXT CHECK (labor_kind IN ('perGram', 'perPiece')),
  labor_fen INTEGER CHECK (labor_fen >= 0),
  serialized INTEGER NOT NULL DEFAULT 0 CHECK (serialized IN (0, 1)),
  certificate_no TEXT,
  warranty_months INTEGER NOT NULL DEFAULT 0 CHECK (warranty_months >= 0),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((kind = 'weighed') = (purity IS NOT NULL AND labor_kind IS NOT NULL AND labor_fen IS NOT NULL)),
  CHECK ((kind = 'weighed') = (price_fen IS NULL))
) STRICT;

CREATE TABLE barcodes (
  code TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id)
) STRICT, WITHOUT ROWID;
CREATE INDEX barcodes_product ON barcodes(product_id);

-- On hand is the sum of movements; nothing edits a count in place.
CREATE TABLE stock_movements (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('receipt', 'sale', 'return', 'adjustment', 'void')),
  reference TEXT,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX stock_movements_product ON stock_movements(product_id);

-- Every rate ever set is kept: a sale line records the rate it used, a report the rates of a day.
CREATE TABLE gold_rates (
  id INTEGER PRIMARY KEY,
  purity TEXT NOT NULL,
  sell_fen_per_gram INTEGER NOT NULL CHECK (sell_fen_per_gram > 0),
  buy_back_fen_per_gram INTEGER CHECK (buy_back_fen_per_gram > 0),
  business_day TEXT NOT NULL,
  set_at TEXT NOT NULL,
  set_by INTEGER NOT NULL REFERENCES staff(id)
) STRICT;
CREATE INDEX gold_rates_current ON gold_rates(purity, business_day, id);

-- Search words from searchTokens(): Han characters and pairs, pinyin initials and syllable suffixes.
CREATE VIRTUAL TABLE product_search USING fts5(
  tokens, content = '', contentless_delete = 1, detail = none, prefix = '1 2 3 4 5 6',
  tokenize = 'unicode61'
);
`;
