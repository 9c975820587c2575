// Landed migrations are history: never edit one, add the next number instead.
export const migration0020 = `
-- 点货: a counter counted at open, at handover and at close. The scans and weighings are kept as they are
-- made, so a count survives a restart; when it ends the comparison is kept as the record (result, JSON).
CREATE TABLE tallies (
  id INTEGER PRIMARY KEY,
  counter_id INTEGER NOT NULL REFERENCES stock_places(id),
  kind TEXT NOT NULL CHECK (kind IN ('open', 'handover', 'close')),
  status TEXT NOT NULL CHECK (status IN ('counting', 'balanced', 'flagged', 'cancelled')),
  tolerance_mg INTEGER NOT NULL CHECK (tolerance_mg >= 0),
  started_at TEXT NOT NULL,
  started_by INTEGER NOT NULL REFERENCES staff(id),
  finished_at TEXT,
  finished_by INTEGER REFERENCES staff(id),
  second_staff_id INTEGER REFERENCES staff(id),
  note TEXT,
  result TEXT,
  CHECK ((status = 'counting') = (finished_at IS NULL)),
  CHECK ((status = 'counting') = (result IS NULL))
) STRICT;
-- one count at a time per counter
CREATE UNIQUE INDEX tallies_running ON tallies(counter_id) WHERE status = 'counting';
CREATE INDEX tallies_started ON tallies(started_at);

-- Every scan and tick, repeats included: the comparison counts a piece once and names the repeats.
CREATE TABLE tally_scans (
  id INTEGER PRIMARY KEY,
  tally_id INTEGER NOT NULL REFERENCES tallies(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  code TEXT,
  at TEXT NOT NULL,
  by INTEGER NOT NULL REFERENCES staff(id)
) STRICT;
CREATE INDEX tally_scans_tally ON tally_scans(tally_id, product_id);

-- Every weighing; a purity weighed again counts with its latest.
CREATE TABLE tally_weighings (
  id INTEGER PRIMARY KEY,
  tally_id INTEGER NOT NULL REFERENCES tallies(id),
  purity TEXT NOT NULL,
  weight_mg INTEGER NOT NULL CHECK (weight_mg >= 0),
  source TEXT NOT NULL CHECK (source IN ('scale', 'typed')),
  at TEXT NOT NULL,
  by INTEGER NOT NULL REFERENCES staff(id)
) STRICT;
CREATE INDEX tally_weighings_tally ON tally_weighings(tally_id, purity, id);

-- A count's scans and weighings are its evidence, and an ended count is a record: none of them changes.
CREATE TRIGGER tallies_ended_kept BEFORE UPDATE ON tallies WHEN OLD.status <> 'counting'
BEGIN SELECT RAISE(ABORT, 'an ended count is kept as it is'); END;
CREATE TRIGGER tallies_no_delete BEFORE DELETE ON tallies
BEGIN SELECT RAISE(ABORT, 'counts are kept'); END;
CREATE TRIGGER tally_scans_append_only BEFORE UPDATE ON tally_scans
BEGIN SELECT RAISE(ABORT, 'tally scans are append-only'); END;
CREATE TRIGGER tally_scans_no_delete BEFORE DELETE ON tally_scans
BEGIN SELECT RAISE(ABORT, 'tally scans are append-only'); END;
CREATE TRIGGER tally_weighings_append_only BEFORE UPDATE ON tally_weighings
BEGIN SELECT RAISE(ABORT, 'tally weighings are append-only'); END;
CREATE TRIGGER tally_weighings_no_delete BEFORE DELETE ON tally_weighings
BEGIN SELECT RAISE(ABORT, 'tally weighings are append-only'); END;
-- what scans arrive on: a running count
CREATE TRIGGER tally_scans_running BEFORE INSERT ON tally_scans
WHEN (SELECT status FROM tallies WHERE id = NEW.tally_id) IS NOT 'counting'
BEGIN SELECT RAISE(ABORT, 'scans go to a running count'); END;
CREATE TRIGGER tally_weighings_running BEFORE INSERT ON tally_weighings
WHEN (SELECT status FROM tallies WHERE id = NEW.tally_id) IS NOT 'counting'
BEGIN SELECT RAISE(ABORT, 'weighings go to a running count'); END;
`;
