import { protectLegacyHash } from './pin-hash';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

export interface PinFailures {
  failures: number;
  waitUntil: string | null;
}

/** Wrong PINs in a row for this person from this source (a session and a purpose). */
export function pinFailuresOf(db: ReadableDB, staffId: number, source: string): PinFailures {
  const row = query(
    db,
    'SELECT failures, wait_until AS waitUntil FROM pin_failures WHERE staff_id = ? AND source = ?',
  ).get(staffId, source) as PinFailures | undefined;
  return row ?? { failures: 0, waitUntil: null };
}

export function recordPinFailure(
  db: WritableDB,
  staffId: number,
  source: string,
  failures: number,
  waitUntil: string | null,
  now: Date,
): void {
  statement(
    db,
    `INSERT INTO pin_failures (staff_id, source, failures, last_failed_at, wait_until) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (staff_id, source) DO UPDATE SET failures = excluded.failures,
       last_failed_at = excluded.last_failed_at, wait_until = excluded.wait_until`,
  ).run(staffId, source, failures, now.toISOString(), waitUntil);
}

/** A right PIN clears its own source's count; an unlock by a manager clears every source's (source null). */
export function clearPinFailures(db: WritableDB, staffId: number, source: string | null): void {
  if (source === null) statement(db, 'DELETE FROM pin_failures WHERE staff_id = ?').run(staffId);
  else statement(db, 'DELETE FROM pin_failures WHERE staff_id = ? AND source = ?').run(staffId, source);
}

/**
 * Wraps every PIN hash made before the terminal had its key (scheme 1) under the key, without knowing
 * any PIN (see protectLegacyHash). Returns the ids of the staff whose hash it wrapped.
 */
export function protectLegacyPins(db: WritableDB, pinKey: Buffer, now: Date): number[] {
  const legacy = query(
    db,
    'SELECT id, pin_hash AS hash FROM staff WHERE pin_scheme = 1 ORDER BY id',
  ).all() as {
    id: number;
    hash: string;
  }[];
  const update = statement(db, 'UPDATE staff SET pin_hash = ?, pin_scheme = 2, updated_at = ? WHERE id = ?');
  for (const row of legacy) update.run(protectLegacyHash(row.hash, pinKey), now.toISOString(), row.id);
  return legacy.map((row) => row.id);
}

/** Whether any PIN hash already depends on the terminal's key (then a missing key is an error). */
export function pinsUseKey(db: ReadableDB): boolean {
  return query(db, 'SELECT 1 FROM staff WHERE pin_scheme = 2 LIMIT 1').get() !== undefined;
}
