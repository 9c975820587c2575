import { actorOf, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { hashPin } from './pin-hash';
import {
  activeAdministrators,
  assertNameFree,
  getStaff,
  insertStaff,
  isLockedOut,
  listStaff,
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
  'staff.list': (_input, { db, now }) => listStaff(db).map((row) => toStaffMember(row, now)),

  'staff.create': (input, ctx) => {
    const row = insertStaff(ctx.db, input, ctx.now);
    ctx.journal('staff.created', { staffId: row.id, name: row.name, role: row.role });
    return toStaffMember(row, ctx.now);
  },

  'staff.update': (input, ctx) => {
    const before = getStaff(ctx.db, input.id);
    assertNameFree(ctx.db, input.name, input.id);
    const row = updateStaff(ctx.db, input.id, { name: input.name, role: input.role }, ctx.now);
    assertAdministratorRemains(ctx.db, before);
    ctx.journal('staff.updated', {
      staffId: row.id,
      name: row.name,
      role: row.role,
      previousName: before.name,
      previousRole: before.role,
    });
    return toStaffMember(row, ctx.now);
  },

  'staff.setActive': (input, ctx) => {
    const before = getStaff(ctx.db, input.id);
    if (!input.active && before.id === actorOf(ctx).id) throw new DomainError('NOT_SELF');
    const row = updateStaff(ctx.db, input.id, { active: input.active ? 1 : 0 }, ctx.now);
    assertAdministratorRemains(ctx.db, before);
    if (!input.active) ctx.sessions.signOutStaff(row.id);
    ctx.journal(input.active ? 'staff.enabled' : 'staff.disabled', { staffId: row.id, name: row.name });
    return toStaffMember(row, ctx.now);
  },

  'staff.resetPin': (input, ctx) => {
    const row = getStaff(ctx.db, input.id);
    const { hash, salt } = hashPin(input.pin);
    updateStaff(
      ctx.db,
      row.id,
      { pin_hash: hash, pin_salt: salt, failed_pins: 0, locked_until: null },
      ctx.now,
    );
    ctx.journal('staff.pinReset', { staffId: row.id, name: row.name });
    return { ok: true };
  },

  'staff.lockedOut': (_input, { db, now }) =>
    listStaff(db, 'WHERE active = 1 AND locked_until IS NOT NULL')
      .filter((row) => isLockedOut(row, now))
      .map(toStaffRef),

  'staff.unlock': (input, ctx) => {
    const row = getStaff(ctx.db, input.id);
    updateStaff(ctx.db, row.id, { failed_pins: 0, locked_until: null }, ctx.now);
    ctx.journal('staff.unlocked', { staffId: row.id, name: row.name });
    return { ok: true };
  },
};
