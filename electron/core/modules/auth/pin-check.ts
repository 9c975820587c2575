import { FREE_PIN_ATTEMPTS, pinDelaySeconds } from '../../../../shared/domain/pin';
import type { HandlerContext } from '../../router/context';
import { Refusal } from '../../router/outcome';
import { clearPinFailures, pinFailuresOf, pinMatches, recordPinFailure, type StaffRow } from '../staff';

/**
 * Checks a PIN for a login or an approval. Wrong PINs are counted and journaled per source: the session
 * they were typed in and what for. From the FREE_PIN_ATTEMPTS-th in a row that source waits, twice as long
 * after each further one (up to a cap), and is not even checked while it waits; other sources are not
 * held up, so a cashier's wrong guesses at an approval never keep the manager from signing in, and no
 * source is shut out for longer than its wait. Returns a Refusal (to be committed) or null when right.
 */
export function checkPin(
  ctx: HandlerContext,
  staff: StaffRow,
  pin: string,
  purpose: 'login' | 'approval',
): Refusal | null {
  if (staff.active !== 1) return new Refusal('STAFF_DISABLED', { id: staff.id });
  const source = `${ctx.session.id}/${purpose}`;
  const before = pinFailuresOf(ctx.db, staff.id, source);
  if (before.waitUntil !== null && before.waitUntil > ctx.now.toISOString()) {
    return waitRefusal(before.waitUntil, ctx.now);
  }
  if (pinMatches(pin, { hash: staff.pin_hash, salt: staff.pin_salt }, ctx.keys.pinKey)) {
    if (before.failures > 0) clearPinFailures(ctx.db, staff.id, source);
    return null;
  }
  const failures = before.failures + 1;
  const delay = pinDelaySeconds(failures);
  const waitUntil = delay > 0 ? new Date(ctx.now.getTime() + delay * 1000).toISOString() : null;
  recordPinFailure(ctx.db, staff.id, source, failures, waitUntil, ctx.now);
  const row = { staffId: staff.id, purpose, source, attempt: failures };
  if (waitUntil === null) {
    ctx.journal('auth.pinFailed', row, null);
    return new Refusal('PIN_INCORRECT', { remaining: FREE_PIN_ATTEMPTS - failures });
  }
  ctx.journal('auth.lockout', { ...row, until: waitUntil, seconds: delay }, null);
  return waitRefusal(waitUntil, ctx.now);
}

function waitRefusal(until: string, now: Date): Refusal {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now.getTime()) / 1000));
  return new Refusal('STAFF_LOCKED', { until, seconds, minutes: Math.ceil(seconds / 60) });
}
