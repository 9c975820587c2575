// Landed migrations are history: never edit one, add the next number instead.
export const migration0015 = `
-- Which PIN hash a row holds: 1 scrypt alone, 2 scrypt under the terminal's key (kept outside this file).
-- Hashes of scheme 1 are wrapped into scheme 2 when the core first starts with its key.
ALTER TABLE staff ADD COLUMN pin_scheme INTEGER NOT NULL DEFAULT 1 CHECK (pin_scheme IN (1, 2));
-- How many digits the PIN has, so a promotion to a role that asks for longer PINs can be checked;
-- NULL for PINs set before it was kept.
ALTER TABLE staff ADD COLUMN pin_digits INTEGER CHECK (pin_digits BETWEEN 4 AND 8);

-- Wrong PINs counted per person and per place they were typed at (a window or browser launch, and whether
-- to sign in or to approve), so wrong PINs typed elsewhere never hold up someone at their own till.
CREATE TABLE pin_failures (
  staff_id INTEGER NOT NULL REFERENCES staff(id),
  source TEXT NOT NULL,
  failures INTEGER NOT NULL CHECK (failures > 0),
  last_failed_at TEXT NOT NULL,
  wait_until TEXT,
  PRIMARY KEY (staff_id, source)
) STRICT, WITHOUT ROWID;
-- They replace the one count and lock per person, which anyone could run up to shut someone else out.
ALTER TABLE staff DROP COLUMN failed_pins;
ALTER TABLE staff DROP COLUMN locked_until;
`;
