import { createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt with a per-user salt (about 50 ms per check), then an HMAC under the terminal's own key, kept
// outside the database: a copied database alone gives nothing to test guesses against.
const KEY_LENGTH = 32;
const COST = { N: 16384, r: 8, p: 1 };

/** 1: scrypt alone (before the terminal had a key); 2: scrypt under the terminal's HMAC key. */
export type PinScheme = 1 | 2;

export interface PinHash {
  hash: string;
  salt: string;
}

const keyed = (scrypted: Buffer, pinKey: Buffer): Buffer =>
  createHmac('sha256', pinKey).update(scrypted).digest();

export function hashPin(pin: string, pinKey: Buffer): PinHash {
  const salt = randomBytes(16);
  return {
    hash: keyed(scryptSync(pin, salt, KEY_LENGTH, COST), pinKey).toString('hex'),
    salt: salt.toString('hex'),
  };
}

/**
 * A hash of scheme 1 wrapped into scheme 2 without its PIN: the HMAC is taken over the stored scrypt
 * output, just as a fresh hash takes it over the scrypt of the typed PIN.
 */
export function protectLegacyHash(hash: string, pinKey: Buffer): string {
  return keyed(Buffer.from(hash, 'hex'), pinKey).toString('hex');
}

/** Checks a PIN against a hash of scheme 2 (the core wraps every older hash when it starts). */
export function pinMatches(pin: string, stored: PinHash, pinKey: Buffer): boolean {
  const candidate = keyed(scryptSync(pin, Buffer.from(stored.salt, 'hex'), KEY_LENGTH, COST), pinKey);
  return timingSafeEqual(candidate, Buffer.from(stored.hash, 'hex'));
}
