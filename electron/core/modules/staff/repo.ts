import type { StaffMember, StaffRef } from '../../../../shared/contract/staff';
import type { Role } from '../../../../shared/domain/roles';
import { DomainError } from '../../errors';
import { hashPin } from './pin-hash';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

export interface StaffRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  pin_salt: string;
  active: number;
  failed_pins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

const STAFF_COLUMNS =
  'id, name, role, pin_hash, pin_salt, active, failed_pins, locked_until, created_at, updated_at';

export function findStaff(db: ReadableDB, id: number): StaffRow | undefined {
  // every routed call looks its user up: a cached statement
  return query(db, `SELECT ${STAFF_COLUMNS} FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
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

export function isLockedOut(row: StaffRow, now: Date): boolean {
  return row.locked_until !== null && row.locked_until > now.toISOString();
}

export function toStaffRef(row: StaffRow): StaffRef {
  return { id: row.id, name: row.name, role: row.role };
}

export function toStaffMember(row: StaffRow, now: Date): StaffMember {
  return {
    ...toStaffRef(row),
    active: row.active === 1,
    lockedUntil: isLockedOut(row, now) ? row.locked_until : null,
    createdAt: row.created_at,
  };
}

export function insertStaff(
  db: WritableDB,
  staff: { name: string; role: Role; pin: string },
  now: Date,
): StaffRow {
  assertNameFree(db, staff.name, null);
  const { hash, salt } = hashPin(staff.pin);
  const at = now.toISOString();
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO staff (name, role, pin_hash, pin_salt, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(staff.name, staff.role, hash, salt, at, at);
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
    Pick<StaffRow, 'name' | 'role' | 'active' | 'failed_pins' | 'locked_until' | 'pin_hash' | 'pin_salt'>
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
