import { safeStorage } from 'electron';
import { fileKeyVault, keyFileOf, type KeyVault } from '../core/install-keys';

/**
 * The terminal's keys encrypted by the OS keychain (safeStorage) in a file beside the database, so neither
 * the database nor that file is of use on another machine or to another user. Where the system offers no
 * keychain, the plain 0600 key file browser mode uses (a key file written by browser mode or the scripts is
 * read as it is, so a database they made opens here too).
 */
export function keychainVault(databaseFile: string): KeyVault {
  const plain = fileKeyVault(keyFileOf(databaseFile));
  if (!safeStorage.isEncryptionAvailable()) return plain;
  const sealed = fileKeyVault(`${databaseFile}.keychain`);
  return {
    location: `${sealed.location} (safeStorage)`,
    read: () => {
      const stored = sealed.read();
      return stored ? Buffer.from(safeStorage.decryptString(stored), 'base64') : plain.read();
    },
    write: (secret) => sealed.write(safeStorage.encryptString(secret.toString('base64'))),
  };
}
