export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
export const PIN_PATTERN = /^\d{4,8}$/;

/** Wrong PINs in a row before a user is locked out, and for how long. */
export const MAX_FAILED_PINS = 5;
export const LOCKOUT_MINUTES = 5;
