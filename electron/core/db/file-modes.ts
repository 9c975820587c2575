import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/** Owner only: a till's sales, customers' phones and PIN hashes are nobody else's to read on a shared machine. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** SQLite's companions of a database file (the WAL and its shared-memory index). */
export const companionFiles = (file: string): string[] => [`${file}-wal`, `${file}-shm`];

/**
 * chmod that tolerates what it cannot change: a file that is gone (a WAL already checkpointed away) or one
 * owned by another account the till may still use. Windows ignores the bits; its ACLs come from the
 * per-user profile folder the data lives in.
 */
function restrict(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EPERM') throw error;
  }
}

/** Creates the data folder owner-only, and tightens one an older version left readable by others. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  restrict(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates the database file owner-only before SQLite opens it: SQLite gives the WAL and SHM files the
 * database file's mode, so they are born 0600 too. An existing file is tightened.
 */
export function preparePrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  restrict(file, PRIVATE_FILE_MODE);
}

/** Tightens a database file and its WAL and SHM, which an older version may have left 0644. */
export function restrictDatabaseFiles(file: string): void {
  for (const path of [file, ...companionFiles(file)]) restrict(path, PRIVATE_FILE_MODE);
}
