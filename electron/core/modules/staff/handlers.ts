import { actorOf, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { clearPinFailures } from './pin-failures';
import {
  activeAdministrators,
  assertNameFree,
  assertPinFitsRole,
  getStaff,
  insertStaff,
  listStaff,
  lockedUntil,
  pinColumns,
  toStaffMember,
  toStaffRef,
  updateStaff,
  type StaffRow,
} from './repo';

type StaffChannels =
  | 'staff.list'
  | 'staff.create'
  | 'staff.update'
  | 'staff.setActive'
  | 'staff.resetPin'
  | 'staff.lockedOut'
  | 'staff.unlock';

/** Removing the last active administrator would leave nobody able to manage the store. */
function assertAdministratorRemains(db: Parameters<typeof activeAdministrators>[0], before: StaffRow): void {
  if (before.role === 'administrator' && before.active === 1 && activeAdministrators(db) < 1) {
    throw new DomainError('LAST_ADMINISTRATOR');
  }
}

export const staffHandlers: HandlerGroup<StaffChannels> = {
  'staff.list': (_input, { db, now }) => listStaff(db).map((row) => toStaffMember(db, row, now)),

  'staff.create': (input, ctx) => {
    const row = insertStaff(ctx.db, input, ctx.keys.pinKey, ctx.now);
    ctx.journal('staff.created', { staffId: row.id, name: row.name, role: row.role });
    return toStaffMember(ctx.db, row, ctx.now);
  },

  'staff.update': (input, ctx) => {
    const before = getStaff(ctx.db, input.id);
    assertNameFree(ctx.db, input.name, input.id);
    // a promotion to a role that asks for a longer PIN needs the PIN reset first
    if (input.role !== before.role) assertPinFitsRole(ctx.db, input.role, before.pin_digits);
    const row = updateStaff(ctx.db, input.id, { name: input.name, role: input.role }, ctx.now);
    assertAdministratorRemains(ctx.db, before);
    ctx.journal('staff.updated', {
      staffId: row.id,
      name: row.name,
      role: row.role,
      previousName: before.name,
      previousRole: before.role,
    });
    return toStaffMember(ctx.db, row, ctx.now);
  },

  'staff.setActive': (input, ctx) => {
    const before = getStaff(ctx.db, input.id);
    if (!input.active && before.id === actorOf(ctx).id) throw new DomainError('NOT_SELF');
    const row = updateStaff(ctx.db, input.id, { active: input.active ? 1 : 0 }, ctx.now);
    assertAdministratorRemains(ctx.db, before);
    if (!input.active) ctx.sessions.signOutStaff(row.id);
    ctx.journal(input.active ? 'staff.enabled' : 'staff.disabled', { staffId: row.id, name: row.name });
    return toStaffMember(ctx.db, row, ctx.now);
  },

  'staff.resetPin': (input, ctx) => {
    const row = getStaff(ctx.db, input.id);
    assertPinFitsRole(ctx.db, row.role, input.pin.length);
    updateStaff(ctx.db, row.id, pinColumns(input.pin, ctx.keys.pinKey), ctx.now);
    clearPinFailures(ctx.db, row.id, null);
    ctx.journal('staff.pinReset', { staffId: row.id, name: row.name });
    return { ok: true };
  },

  'staff.lockedOut': (_input, { db, now }) =>
    listStaff(
      db,
      'WHERE active = 1 AND id IN (SELECT staff_id FROM pin_failures WHERE wait_until IS NOT NULL)',
    )
      .filter((row) => lockedUntil(db, row.id, now) !== null)
      .map(toStaffRef),

  'staff.unlock': (input, ctx) => {
    const row = getStaff(ctx.db, input.id);
    clearPinFailures(ctx.db, row.id, null);
    ctx.journal('staff.unlocked', { staffId: row.id, name: row.name });
    return { ok: true };
  },
};
