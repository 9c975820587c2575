import { z } from 'zod';
import { channel } from './channel';
import { Empty, Instant } from './common';

export const BACKUP_KEEP_DEFAULT = 30;
export const BACKUP_KEEP_MAX = 500;
/** Beyond this without a good backup the home screen warns (a shut store's weekend stays under it). */
export const BACKUP_STALE_HOURS_DEFAULT = 72;
export const BACKUP_STALE_HOURS_MAX = 24 * 30;

/**
 * A POSIX path from the root, a Windows drive path (D:\ or D:/) or a UNC share (\\server\share). A relative
 * folder would land wherever the process was started, so it is refused.
 */
export function isAbsoluteFolder(path: string): boolean {
  return /^\//.test(path) || /^[A-Za-z]:[\\/]/.test(path) || /^\\\\[^\\]+\\[^\\]+/.test(path);
}

export const BackupFolder = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine(isAbsoluteFolder, 'an absolute folder (/media/usb, D:\\backup, \\\\server\\share)');

export const BackupConfig = z.object({
  /** Where backups go (a USB drive, a network share); null: no automatic backups. */
  folder: BackupFolder.nullable(),
  /** How many backups are kept in the folder; older ones are deleted after each new one. */
  keep: z.number().int().min(1).max(BACKUP_KEEP_MAX),
  staleHours: z.number().int().min(1).max(BACKUP_STALE_HOURS_MAX),
});
export type BackupConfig = z.infer<typeof BackupConfig>;

/** Why a backup was made: a shift's or business day's close, the hourly one while a shift is open, or by hand. */
export const BackupReason = z.enum(['closeOfDay', 'hourly', 'manual']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupFailureCode = z.enum([
  'BACKUP_FOLDER_MISSING',
  'BACKUP_FOLDER_NOT_WRITABLE',
  'BACKUP_WRITE_FAILED',
  'BACKUP_VERIFY_FAILED',
]);
export type BackupFailureCode = z.infer<typeof BackupFailureCode>;

export const BackupSuccess = z.object({
  at: Instant,
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  reason: BackupReason,
  /** Copying the live database into the folder. */
  backupMs: z.number().int().nonnegative(),
  /** Opening the copy, its integrity check and walking its journal, in a worker thread. */
  verifyMs: z.number().int().nonnegative(),
  journalRows: z.number().int().nonnegative(),
});
export type BackupSuccess = z.infer<typeof BackupSuccess>;

export const BackupFailure = z.object({
  at: Instant,
  folder: z.string(),
  code: BackupFailureCode,
  /** What the system said (the OS error, the integrity check's first line). */
  reason: z.string(),
});
export type BackupFailure = z.infer<typeof BackupFailure>;

export const BackupWarning = z.enum(['failed', 'stale']).nullable();

export const BackupStatus = z.object({
  config: BackupConfig,
  running: z.boolean(),
  lastSuccess: BackupSuccess.nullable(),
  lastFailure: BackupFailure.nullable(),
  /** failed: the last attempt failed; stale: no good backup for staleHours. Null when unconfigured. */
  warning: BackupWarning,
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const BackupFile = z.object({
  /** The file's name in the backup folder: what restore takes. */
  file: z.string(),
  at: Instant,
  bytes: z.number().int().nonnegative(),
  /** The terminal's key was saved beside it (needed for PINs and signatures on another machine). */
  hasKey: z.boolean(),
});
export type BackupFile = z.infer<typeof BackupFile>;

export const BackupFileName = z
  .string()
  .regex(/^counter-pos-[A-Z0-9]+-\d{4}-\d{2}-\d{2}-\d{9}\.db$/, 'a backup file name from the list');

export const backupsChannels = {
  /** Everyone signed in: the home screen warns every user when backups fail. */
  'backups.status': channel({ input: Empty, output: BackupStatus, access: 'signedIn', write: false }),
  'backups.configure': channel({
    input: BackupConfig,
    output: BackupStatus,
    access: 'backups.manage',
    write: true,
  }),
  /** Starts a backup now; its outcome arrives as a backups.changed event and in backups.status. */
  'backups.run': channel({ input: Empty, output: BackupStatus, access: 'backups.manage', write: false }),
  'backups.list': channel({
    input: Empty,
    output: z.array(BackupFile),
    access: 'backups.manage',
    write: false,
  }),
  /**
   * Replaces the till's database with a chosen backup after checking it, keeping the current file aside, and
   * reopens the core on it (everyone signs in again). Not a write of this database (it is closed and set
   * aside): the restore journals itself into the restored one.
   */
  'backups.restore': channel({
    input: z.object({ file: BackupFileName }),
    output: z.object({ keptAside: z.string(), journalSeq: z.number().int().positive() }),
    access: 'backups.manage',
    write: false,
  }),
};
