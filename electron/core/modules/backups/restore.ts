import { chmodSync, constants, copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { companionFiles, PRIVATE_FILE_MODE } from '../../db/file-modes';
import type { ReadableDB, WritableDB } from '../../db/statements';
import { DomainError } from '../../errors';
import { appendJournal } from '../../journal/append';
import { findStaff, type StaffRow } from '../staff';
import { fileStamp, terminalFolder } from './files';
import {
  readBackupConfig,
  readBackupState,
  writeBackupConfig,
  writeBackupState,
  type BackupState,
} from './settings';
import { checkBackupFile } from './verify';
import type { BackupConfig } from '../../../../shared/contract/backups';

export interface Restorable {
  path: string;
  file: string;
  /** The backup's journal rows: the restored till's history ends there. */
  journalRows: number;
  /** What the till was told about its backups: kept over the restore, not rolled back with the data. */
  carried: { config: BackupConfig; state: BackupState };
}

/**
 * A backup from this terminal's folder, checked before anything is touched: a schema this version knows,
 * SQLite's integrity check, a journal that verifies, and this terminal's own data.
 */
export function checkRestorable(
  db: ReadableDB,
  terminalId: string,
  file: string,
  nativeBinding?: string,
): Restorable {
  const config = readBackupConfig(db);
  if (config.folder === null) throw new DomainError('BACKUP_NOT_CONFIGURED');
  const path = join(terminalFolder(config.folder, terminalId), file);
  if (!existsSync(path)) throw new DomainError('BACKUP_NOT_FOUND', { file });
  const check = checkBackupFile(path, nativeBinding);
  if (!check.ok) throw new DomainError(check.code, check.details);
  if (check.terminalId !== terminalId) {
    throw new DomainError('BACKUP_OTHER_TERMINAL', {
      backupTerminal: check.terminalId ?? '-',
      terminal: terminalId,
    });
  }
  return { path, file, journalRows: check.journalRows, carried: { config, state: readBackupState(db) } };
}

/** `counter-pos.db.before-restore-2026-12-05-234700123`: the file a restore replaced, with its WAL if any. */
export function setAside(databaseFile: string, at: Date): string {
  const aside = `${databaseFile}.before-restore-${fileStamp(at)}`;
  moveDatabase(databaseFile, aside);
  return aside;
}

/** Undoes setAside when the restored file would not open. */
export function putBack(aside: string, databaseFile: string): void {
  moveDatabase(aside, databaseFile);
}

function moveDatabase(from: string, to: string): void {
  const targets = [to, ...companionFiles(to)];
  [from, ...companionFiles(from)].forEach((path, i) => {
    if (existsSync(path)) renameSync(path, targets[i] as string);
  });
}

/** The backup copied into the till's place, owner-only; never over an existing file. */
export function copyIntoPlace(backup: string, databaseFile: string): void {
  copyFileSync(backup, databaseFile, constants.COPYFILE_EXCL);
  chmodSync(databaseFile, PRIVATE_FILE_MODE);
}

/**
 * Journals the restore in the restored database, where the till goes on from, and keeps the backup
 * settings the till had. The actor is linked when the restored staff list has them (it may predate them).
 */
export function recordRestore(
  db: WritableDB,
  terminalId: string,
  at: Date,
  restored: Restorable & { keptAside: string; actor: StaffRow },
): number {
  const { actor } = restored;
  return db
    .transaction(() => {
      writeBackupConfig(db, restored.carried.config);
      writeBackupState(db, restored.carried.state);
      const known = findStaff(db, actor.id)?.name === actor.name;
      return appendJournal(db, terminalId, at, {
        type: 'backup.restored',
        actorId: known ? actor.id : null,
        payload: {
          file: restored.file,
          restoredJournalRows: restored.journalRows,
          keptAside: restored.keptAside,
          actorName: actor.name,
          actorRole: actor.role,
        },
      });
    })
    .immediate();
}
