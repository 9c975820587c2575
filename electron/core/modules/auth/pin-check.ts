import { LOCKOUT_MINUTES, MAX_FAILED_PINS } from '../../../../shared/domain/pin';
import type { HandlerContext } from '../../router/context';
import { Refusal } from '../../router/outcome';
import { isLockedOut, updateStaff, type StaffRow, pinMatches } from '../staff';

/**
 * Checks a PIN for a login or an approval. Wrong PINs are counted and journaled; the fifth in a row
 * locks the account for five minutes. Returns a Refusal (to be committed) or null when the PIN is right.
 */
export function checkPin(
  ctx: HandlerContext,
  staff: StaffRow,
  pin: string,
  purpose: 'login' | 'approval',
): Refusal | null {
  if (staff.active !== 1) return new Refusal('STAFF_DISABLED', { id: staff.id });
  if (isLockedOut(staff, ctx.now)) return lockedRefusal(staff.locked_until as string, ctx.now);
  if (pinMatches(pin, { hash: staff.pin_hash, salt: staff.pin_salt })) {
    if (staff.failed_pins > 0 || staff.locked_until !== null) {
      updateStaff(ctx.db, staff.id, { failed_pins: 0, locked_until: null }, ctx.now);
    }
    return null;
  }
  const failed = staff.failed_pins + 1;
  if (failed >= MAX_FAILED_PINS) {
    const until = new Date(ctx.now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
    updateStaff(ctx.db, staff.id, { failed_pins: 0, locked_until: until }, ctx.now);
    ctx.journal('auth.lockout', { staffId: staff.id, purpose, until }, null);
    return lockedRefusal(until, ctx.now);
  }
  updateStaff(ctx.db, staff.id, { failed_pins: failed }, ctx.now);
  ctx.journal('auth.pinFailed', { staffId: staff.id, purpose, attempt: failed }, null);
  return new Refusal('PIN_INCORRECT', { remaining: MAX_FAILED_PINS - failed });
}

function lockedRefusal(until: string, now: Date): Refusal {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 60_000));
  return new Refusal('STAFF_LOCKED', { until, minutes });
}
