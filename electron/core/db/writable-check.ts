import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DomainError } from '../errors';
import { storageFailure } from './storage-errors';

/**
 * Checks, before the database is opened, that the till can write its folder (SQLite creates the WAL and
 * SHM beside the file) and the file itself. A read-only folder or file then stops the start with the
 * reason (STORAGE_UNUSABLE, naming the path), where SQLite would fail later with a bare "unable to open".
 */
export function assertWritable(databaseFile: string): void {
  for (const path of [dirname(databaseFile), databaseFile]) {
    if (!existsSync(path)) continue;
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw unusable(path, error);
    }
  }
}

/** A start that failed on the disk (the folder could not be made, a full disk) as STORAGE_UNUSABLE. */
export function unusable(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || storageFailure(error) !== null)
    return new DomainError('STORAGE_UNUSABLE', { path, reason: code });
  return error as Error;
}
