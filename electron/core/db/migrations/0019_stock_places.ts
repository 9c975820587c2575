// Landed migrations are history: never edit one, add the next number instead.
export const migration0019 = `
-- Where a piece is (issue 15): every movement happens at a place, so a tagged piece is in exactly one place
-- and a counted good has a count per place. The store's own places (counters, their trays, safes,
-- stockrooms) are sellable; the others hold what left the shelf (repair, sold, back to the supplier,
-- written off), so "sold" counts every piece sold and a piece is never nowhere.
CREATE TABLE stock_places (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('counter', 'tray', 'safe', 'stockroom', 'repair', 'sold', 'supplier',
                                     'writtenOff')),
  -- a tray lies in a counter (the code checks the parent is one)
  parent_id INTEGER REFERENCES stock_places(id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  sellable INTEGER GENERATED ALWAYS AS (kind IN ('counter', 'tray', 'safe', 'stockroom')) VIRTUAL,
  CHECK ((kind = 'tray') = (parent_id IS NOT NULL))
) STRICT;
CREATE INDEX stock_places_parent ON stock_places(parent_id) WHERE parent_id IS NOT NULL;

-- The system places, by fixed ids the code names (stock/places.ts).
INSERT INTO stock_places (id, code, name, kind, created_at) VALUES
  (1, 'STOCKROOM', '库房', 'stockroom', strftime('%Y-%m-%dT%H:%M:%fZ')),
  (2, 'SAFE', '保险柜', 'safe', strftime('%Y-%m-%dT%H:%M:%fZ')),
  (3, 'REPAIR', '维修台', 'repair', strftime('%Y-%m-%dT%H:%M:%fZ')),
  (4, 'SOLD', '已售', 'sold', strftime('%Y-%m-%dT%H:%M:%fZ')),
  (5, 'SUPPLIER', '已退供应商', 'supplier', strftime('%Y-%m-%dT%H:%M:%fZ')),
  (6, 'WRITTEN_OFF', '已报损', 'writtenOff', strftime('%Y-%m-%dT%H:%M:%fZ'));

-- SQLite cannot add a NOT NULL column with a reference or change a CHECK in place: the movements are rebuilt
-- with their rows. Everything before places was in the stockroom.
CREATE TABLE stock_movements_new (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('receipt', 'sale', 'return', 'adjustment', 'void', 'transfer', 'repair',
                                         'supplierReturn', 'writeOff', 'count')),
  reference TEXT,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES staff(id),
  reverses_id INTEGER REFERENCES stock_movements(id),
  note TEXT,
  place_id INTEGER NOT NULL REFERENCES stock_places(id)
) STRICT;
INSERT INTO stock_movements_new (id, product_id, quantity, reason, reference, at, actor_id, reverses_id, note,
                                 place_id)
  SELECT id, product_id, quantity, reason, reference, at, actor_id, reverses_id, note, 1 FROM stock_movements;
DROP TABLE stock_movements;
ALTER TABLE stock_movements_new RENAME TO stock_movements;

-- What was sold went to SOLD: each sale and void row gets its mirror there.
INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, place_id)
  SELECT product_id, -quantity, reason, reference, at, actor_id, 4 FROM stock_movements
  WHERE reason IN ('sale', 'void') ORDER BY id;

-- A returned line left SOLD: a restocked one is already back in the stockroom, one kept for repair or
-- written off goes to that place. A return without a receipt takes from SOLD only what SOLD holds of the
-- product (in return order), as the code does.
INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, place_id)
  SELECT l.product_id, -l.quantity, 'return', r.return_no, r.committed_at, r.cashier_id, 4
  FROM return_lines l JOIN returns r ON r.id = l.return_id
  WHERE l.sale_id IS NOT NULL ORDER BY l.return_id, l.line_no;
INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, place_id)
  SELECT product_id, -taken, 'return', return_no, committed_at, cashier_id, 4 FROM (
    SELECT product_id, return_no, committed_at, cashier_id, return_id, line_no,
           max(0, min(quantity, sold - before)) AS taken
    FROM (
      SELECT l.product_id, l.quantity, r.return_no, r.committed_at, r.cashier_id, l.return_id, l.line_no,
             (SELECT coalesce(sum(m.quantity), 0) FROM stock_movements m
              WHERE m.product_id = l.product_id AND m.place_id = 4) AS sold,
             coalesce(sum(l.quantity) OVER (PARTITION BY l.product_id ORDER BY l.return_id, l.line_no
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before
      FROM return_lines l JOIN returns r ON r.id = l.return_id WHERE l.sale_id IS NULL
    )
  ) WHERE taken > 0 ORDER BY return_id, line_no;
INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, place_id)
  SELECT l.product_id, l.quantity, 'return', r.return_no, r.committed_at, r.cashier_id,
         CASE l.decision WHEN 'repair' THEN 3 ELSE 6 END
  FROM return_lines l JOIN returns r ON r.id = l.return_id
  WHERE l.decision IN ('repair', 'writeOff') ORDER BY l.return_id, l.line_no;

-- The count of each product at each place, kept as movements are written (a tray's contents, a scan's
-- "where is it") instead of summed from the movements each time.
CREATE TABLE stock_levels (
  product_id INTEGER NOT NULL REFERENCES products(id),
  place_id INTEGER NOT NULL REFERENCES stock_places(id),
  quantity INTEGER NOT NULL,
  PRIMARY KEY (product_id, place_id)
) STRICT, WITHOUT ROWID;
INSERT INTO stock_levels (product_id, place_id, quantity)
  SELECT product_id, place_id, sum(quantity) FROM stock_movements GROUP BY product_id, place_id;
CREATE INDEX stock_levels_place ON stock_levels(place_id, product_id) WHERE quantity <> 0;

-- On hand is what the store can sell: the sellable places only.
UPDATE products SET on_hand = coalesce((
  SELECT sum(l.quantity) FROM stock_levels l JOIN stock_places p ON p.id = l.place_id
  WHERE l.product_id = products.id AND p.sellable
), 0);

-- The rebuild dropped 0004's and 0010's indexes and 0017's triggers. On hand is a column now, so the index
-- holding the quantities gives way to one by product (a piece's last movement), and one by reference (the
-- rows of a sale a void reverses).
CREATE INDEX stock_movements_product ON stock_movements(product_id);
CREATE INDEX stock_movements_reference ON stock_movements(reference) WHERE reference IS NOT NULL;
CREATE UNIQUE INDEX stock_movements_reversal ON stock_movements(reverses_id) WHERE reverses_id IS NOT NULL;

-- Movements are never changed or deleted (a mistake is corrected by a new row), so the levels and on hand
-- only ever add the new row.
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
CREATE TRIGGER stock_movements_level AFTER INSERT ON stock_movements
BEGIN
  INSERT OR IGNORE INTO stock_levels (product_id, place_id, quantity) VALUES (NEW.product_id, NEW.place_id, 0);
  UPDATE stock_levels SET quantity = quantity + NEW.quantity
  WHERE product_id = NEW.product_id AND place_id = NEW.place_id;
END;
CREATE TRIGGER stock_movements_on_hand_insert AFTER INSERT ON stock_movements
WHEN (SELECT sellable FROM stock_places WHERE id = NEW.place_id)
BEGIN UPDATE products SET on_hand = on_hand + NEW.quantity WHERE id = NEW.product_id; END;
`;
