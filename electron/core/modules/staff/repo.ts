import type { StaffMember, StaffRef } from '../../../../shared/contract/staff';
import type { Role } from '../../../../shared/domain/roles';
import { minPinLength } from '../../../../shared/domain/pin';
import { DomainError } from '../../errors';
import { readSettings } from '../settings';
import { hashPin, type PinScheme } from './pin-hash';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

export interface StaffRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  pin_salt: string;
  pin_scheme: PinScheme;
  pin_digits: number | null;
  active: number;
  created_at: string;
  updated_at: string;
}

const STAFF_COLUMNS =
  'id, name, role, pin_hash, pin_salt, pin_scheme, pin_digits, active, created_at, updated_at';

/** Built once: the statement cache would otherwise hash a freshly joined string on every routed call. */
const FIND_STAFF = `SELECT ${STAFF_COLUMNS} FROM staff WHERE id = ?`;

type StaffColumns = [
  StaffRow['id'],
  StaffRow['name'],
  StaffRow['role'],
  StaffRow['pin_hash'],
  StaffRow['pin_salt'],
  StaffRow['pin_scheme'],
  StaffRow['pin_digits'],
  StaffRow['active'],
  StaffRow['created_at'],
  StaffRow['updated_at'],
];

export function findStaff(db: ReadableDB, id: number): StaffRow | undefined {
  // every routed call looks its user up: a cached statement, read as an array (an object row costs its
  // column names made into strings again each time)
  const row = query(db, FIND_STAFF).raw(true).get(id) as StaffColumns | undefined;
  if (!row) return undefined;
  const [, name, role, pin_hash, pin_salt, pin_scheme, pin_digits, active, created_at, updated_at] = row;
  return {
    id: row[0],
    name,
    role,
    pin_hash,
    pin_salt,
    pin_scheme,
    pin_digits,
    active,
    created_at,
    updated_at,
  };
}

export function getStaff(db: ReadableDB, id: number): StaffRow {
  const row = findStaff(db, id);
  if (!row) throw new DomainError('STAFF_NOT_FOUND', { id });
  return row;
}

export function listStaff(db: ReadableDB, where = ''): StaffRow[] {
  return query(
    db,
    `SELECT ${STAFF_COLUMNS} FROM staff ${where} ORDER BY name COLLATE NOCASE`,
  ).all() as StaffRow[];
}

/** When the longest wait for this person's PIN ends, wherever it was typed; null when nobody waits. */
export function lockedUntil(db: ReadableDB, staffId: number, now: Date): string | null {
  const until = query(db, 'SELECT max(wait_until) FROM pin_failures WHERE staff_id = ?')
    .pluck()
    .get(staffId) as string | null;
  return until !== null && until > now.toISOString() ? until : null;
}

export function toStaffRef(row: StaffRow): StaffRef {
  return { id: row.id, name: row.name, role: row.role };
}

export function toStaffMember(db: ReadableDB, row: StaffRow, now: Date): StaffMember {
  return {
    ...toStaffRef(row),
    active: row.active === 1,
    lockedUntil: lockedUntil(db, row.id, now),
    createdAt: row.created_at,
  };
}

/** Refuses a PIN too short for the role under the store's setting. */
export function assertPinFitsRole(db: ReadableDB, role: Role, digits: number | null): void {
  const minimum = minPinLength(role, readSettings(db).longPinsForApprovers);
  if (digits === null || digits < minimum) throw new DomainError('PIN_TOO_SHORT_FOR_ROLE', { minimum });
}

/** The columns a new PIN sets: its keyed hash, and its length for later role checks. */
export function pinColumns(
  pin: string,
  pinKey: Buffer,
): Pick<StaffRow, 'pin_hash' | 'pin_salt' | 'pin_scheme' | 'pin_digits'> {
  const { hash, salt } = hashPin(pin, pinKey);
  return { pin_hash: hash, pin_salt: salt, pin_scheme: 2, pin_digits: pin.length };
}

export function insertStaff(
  db: WritableDB,
  staff: { name: string; role: Role; pin: string },
  pinKey: Buffer,
  now: Date,
): StaffRow {
  assertNameFree(db, staff.name, null);
  assertPinFitsRole(db, staff.role, staff.pin.length);
  const at = now.toISOString();
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO staff (name, role, pin_hash, pin_salt, pin_scheme, pin_digits, created_at, updated_at)
     VALUES (@name, @role, @pin_hash, @pin_salt, @pin_scheme, @pin_digits, @at, @at)`,
  ).run({ name: staff.name, role: staff.role, ...pinColumns(staff.pin, pinKey), at });
  return getStaff(db, Number(lastInsertRowid));
}

export function assertNameFree(db: ReadableDB, name: string, exceptId: number | null): void {
  const clash = query(db, 'SELECT id FROM staff WHERE name = ? AND id IS NOT ?').get(name, exceptId);
  if (clash) throw new DomainError('STAFF_NAME_TAKEN', { name });
}

export function updateStaff(
  db: WritableDB,
  id: number,
  changes: Partial<
    Pick<StaffRow, 'name' | 'role' | 'active' | 'pin_hash' | 'pin_salt' | 'pin_scheme' | 'pin_digits'>
  >,
  now: Date,
): StaffRow {
  const columns = Object.keys(changes);
  statement(
    db,
    `UPDATE staff SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`,
  ).run({ ...changes, at: now.toISOString(), id });
  return getStaff(db, id);
}

export function activeAdministrators(db: ReadableDB): number {
  return (
    query(db, `SELECT count(*) AS n FROM staff WHERE role = 'administrator' AND active = 1`).get() as {
      n: number;
    }
  ).n;
}
