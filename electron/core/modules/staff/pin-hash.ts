import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt with a per-user salt: about 50 ms per check, slow enough to make guessing a stolen file costly.
const KEY_LENGTH = 32;
const COST = { N: 16384, r: 8, p: 1 };

export interface PinHash {
  hash: string;
  salt: string;
}

export function hashPin(pin: string): PinHash {
  const salt = randomBytes(16);
  return { hash: scryptSync(pin, salt, KEY_LENGTH, COST).toString('hex'), salt: salt.toString('hex') };
}

export function pinMatches(pin: string, stored: PinHash): boolean {
  const candidate = scryptSync(pin, Buffer.from(stored.salt, 'hex'), KEY_LENGTH, COST);
  return timingSafeEqual(candidate, Buffer.from(stored.hash, 'hex'));
}
