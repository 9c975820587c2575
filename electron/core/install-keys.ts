import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * The terminal's own secrets, kept outside its database so a copied database alone is useless: a key mixed
 * into every PIN hash, and the Ed25519 key that signs closures. Created once, on the first start.
 */
export interface InstallKeys {
  /** HMAC key over each PIN's scrypt hash: without it a stolen hash cannot be tested against guesses. */
  readonly pinKey: Buffer;
  readonly signingKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The public key as SPKI DER base64, as recorded in the database, the journal and the auditor export. */
  readonly publicKeySpki: string;
  /**
   * First 32 hex digits of the SHA-256 of the public key's DER: names the key on paper and in rows. Not 16:
   * sixteen digits can read as a Luhn-valid card number, which the card-number scan rightly flags.
   */
  readonly keyId: string;
}

/** Where the secrets are kept: Electron's safeStorage (OS keychain) or a 0600 file in browser mode. */
export interface KeyVault {
  /** Named in messages, so someone can find or restore it. */
  readonly location: string;
  read(): Buffer | null;
  write(secret: Buffer): void;
}

/** Browser mode and the scripts: the secrets in plain bytes in a file only the till's user can read. */
export function fileKeyVault(path: string): KeyVault {
  return {
    location: path,
    read: () => (existsSync(path) ? readFileSync(path) : null),
    write: (secret) => {
      writeFileSync(path, secret, { mode: 0o600, flag: 'wx' });
      // the mode given at creation is masked by the umask; set it outright
      chmodSync(path, 0o600);
    },
  };
}

/** The key file beside a database file: `counter-pos.db` keeps its secrets in `counter-pos.db.key`. */
export const keyFileOf = (databaseFile: string): string => `${databaseFile}.key`;

export class InstallKeyMissing extends Error {
  constructor(location: string) {
    super(
      `本机密钥丢失（${location}），数据库中的 PIN 与签名需要它；请从备份恢复该文件。` +
        ` / The terminal's key is missing (${location}); the database's PINs and signatures need it: restore the file from a backup.`,
    );
  }
}

interface StoredSecrets {
  v: 1;
  pinKey: string;
  signingKey: string;
}

function fromSecrets(stored: StoredSecrets): InstallKeys {
  const signingKey = createPrivateKey({
    key: Buffer.from(stored.signingKey, 'base64'),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(signingKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    pinKey: Buffer.from(stored.pinKey, 'base64'),
    signingKey,
    publicKey,
    publicKeySpki: spki.toString('base64'),
    keyId: keyIdOf(spki),
  };
}

/** A public key's id from its SPKI DER: the verifier checks a journaled key against the id it is named by. */
export const keyIdOf = (spki: Buffer): string => createHash('sha256').update(spki).digest('hex').slice(0, 32);

/** The keys a vault holds, or null: for scripts that check a copy and must never create a key. */
export function readInstallKeys(vault: KeyVault): InstallKeys | null {
  const existing = vault.read();
  return existing ? fromSecrets(JSON.parse(existing.toString('utf8')) as StoredSecrets) : null;
}

/**
 * The keys as the plain key file holds them: a backup saves this beside its database, so a store can restore
 * onto another machine (where the OS keychain that sealed them in Electron cannot open them).
 */
export function keyFileContents(keys: InstallKeys): Buffer {
  const stored: StoredSecrets = {
    v: 1,
    pinKey: keys.pinKey.toString('base64'),
    signingKey: keys.signingKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  return Buffer.from(JSON.stringify(stored), 'utf8');
}

/**
 * Reads the terminal's keys, creating them on a first start. `inUse` says the database already depends on
 * keys (protected PIN hashes, signed closures): then a missing vault is an error, never a fresh key.
 */
export function loadInstallKeys(vault: KeyVault, inUse: boolean): InstallKeys {
  const existing = readInstallKeys(vault);
  if (existing) return existing;
  if (inUse) throw new InstallKeyMissing(vault.location);
  const { privateKey } = generateKeyPairSync('ed25519');
  const stored: StoredSecrets = {
    v: 1,
    pinKey: randomBytes(32).toString('base64'),
    signingKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
  vault.write(Buffer.from(JSON.stringify(stored), 'utf8'));
  return fromSecrets(stored);
}
