import type { Role } from './roles';

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
export const PIN_PATTERN = /^\d{4,8}$/;

/**
 * Managers and administrators approve what others may not do: their PIN is worth more guesses, so a store
 * asks them for six digits at least (the setting longPinsForApprovers, on unless a store turns it off).
 */
export const APPROVER_PIN_MIN_LENGTH = 6;
const LONG_PIN_ROLES: readonly Role[] = ['manager', 'administrator'];

/** The fewest digits a PIN of this role may have under the store's setting. */
export function minPinLength(role: Role, longPinsForApprovers: boolean): number {
  return longPinsForApprovers && LONG_PIN_ROLES.includes(role) ? APPROVER_PIN_MIN_LENGTH : PIN_MIN_LENGTH;
}

/**
 * Wrong PINs from one place (a window or browser launch, for one purpose: signing in or approving) cost
 * nothing until the FREE_PIN_ATTEMPTS-th in a row; it and each further one makes that place wait twice as long as the
 * last, from PIN_DELAY_FIRST_SECONDS up to PIN_DELAY_MAX_SECONDS. Other places are not held up.
 */
export const FREE_PIN_ATTEMPTS = 5;
export const PIN_DELAY_FIRST_SECONDS = 30;
export const PIN_DELAY_MAX_SECONDS = 15 * 60;

/** The wait after the given count of wrong PINs in a row, in seconds (0: none). */
export function pinDelaySeconds(failures: number): number {
  if (failures < FREE_PIN_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_PIN_ATTEMPTS, 16);
  return Math.min(PIN_DELAY_FIRST_SECONDS * 2 ** doublings, PIN_DELAY_MAX_SECONDS);
}
