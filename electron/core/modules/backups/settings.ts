import { z } from 'zod';
import {
  BACKUP_KEEP_DEFAULT,
  BACKUP_STALE_HOURS_DEFAULT,
  BackupConfig,
  BackupFailure,
  BackupSuccess,
} from '../../../../shared/contract/backups';
import { Instant } from '../../../../shared/contract/common';
import type { ReadableDB, WritableDB } from '../../db/statements';
import { readJsonSetting, writeJsonSetting } from '../settings';

const CONFIG_KEY = 'backups.config';
const STATE_KEY = 'backups.state';

const DEFAULT_CONFIG: BackupConfig = {
  folder: null,
  keep: BACKUP_KEEP_DEFAULT,
  staleHours: BACKUP_STALE_HOURS_DEFAULT,
};

/** What the backups have done, kept in the database so the status outlives a restart. */
export const BackupState = z.object({
  lastSuccess: BackupSuccess.nullable(),
  lastFailure: BackupFailure.nullable(),
  /** The last backup started (good or not): the hourly one counts its hour from here. */
  lastAttemptAt: Instant.nullable(),
  /** When the folder was set: with no backup yet, "too long without one" counts from here. */
  configuredAt: Instant.nullable(),
});
export type BackupState = z.infer<typeof BackupState>;

const EMPTY_STATE: BackupState = {
  lastSuccess: null,
  lastFailure: null,
  lastAttemptAt: null,
  configuredAt: null,
};

export const readBackupConfig = (db: ReadableDB): BackupConfig =>
  readJsonSetting(db, CONFIG_KEY, BackupConfig, DEFAULT_CONFIG);

export const writeBackupConfig = (db: WritableDB, config: BackupConfig): void =>
  writeJsonSetting(db, CONFIG_KEY, config);

export const readBackupState = (db: ReadableDB): BackupState =>
  readJsonSetting(db, STATE_KEY, BackupState, EMPTY_STATE);

export const writeBackupState = (db: WritableDB, state: BackupState): void =>
  writeJsonSetting(db, STATE_KEY, state);
