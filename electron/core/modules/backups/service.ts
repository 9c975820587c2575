import { accessSync, constants, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type { ChannelName } from '../../../../shared/contract';
import { bilingualMessage } from '../../../../shared/contract';
import type {
  BackupFailure,
  BackupFailureCode,
  BackupReason,
  BackupStatus,
  BackupSuccess,
} from '../../../../shared/contract/backups';
import { ensurePrivateDir, preparePrivateFile } from '../../db/file-modes';
import type { WritableDB } from '../../db/statements';
import type { EventSink } from '../../events';
import { fileKeyVault, keyFileContents, keyFileOf, type InstallKeys } from '../../install-keys';
import { appendJournal, type JournalEvent } from '../../journal/append';
import { findOpenShift } from '../shifts';
import { backupName, pruneBackups, removeBackup, terminalFolder } from './files';
import { readBackupConfig, readBackupState, writeBackupState, type BackupState } from './settings';
import { checkInWorker } from './verify-thread';

export interface BackupServiceDeps {
  db: WritableDB;
  clock: () => Date;
  terminalId: () => string | null;
  keys: InstallKeys;
  events: EventSink;
  nativeBinding?: string;
  log?: (message: string, error: unknown) => void;
}

export interface BackupService {
  /** Starts a backup, or queues one behind the running one; false when no folder is set. */
  start(reason: BackupReason, actorId?: number | null): boolean;
  /** The hourly check (the core's timer calls it; tests call it after moving their clock). */
  tick(): void;
  /** After each committed write: a shift's or business day's close is backed up. */
  noteWrite(channel: ChannelName, ok: boolean): void;
  status(): BackupStatus;
  running(): boolean;
  /** Resolves once no backup runs or waits. */
  settled(): Promise<void>;
  stop(): void;
}

const HOUR_MS = 3_600_000;
const CLOSING_CHANNELS: ReadonlySet<ChannelName> = new Set(['shifts.close', 'shifts.closeDay']);

class BackupFault extends Error {
  constructor(
    readonly code: BackupFailureCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const reasonOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);

/**
 * Online backups of the live database (SQLite's backup API, page by page between the till's own calls) into
 * the configured folder, each checked in a worker thread, the oldest beyond `keep` deleted. The outcome is
 * kept in the settings table and journaled; a failure never reaches the call that caused the backup.
 */
export function startBackupService(deps: BackupServiceDeps): BackupService {
  const { db, clock } = deps;
  const log = deps.log ?? ((message, error) => console.error(message, error));
  let active: Promise<void> | null = null;
  let queued: { reason: BackupReason; actorId: number | null } | null = null;
  let stopped = false;
  // the status when the database itself refused it (a full disk): shown until a later one is saved
  let unsaved: BackupState | null = null;

  const state = (): BackupState => unsaved ?? readBackupState(db);

  function record(change: Partial<BackupState>, event?: JournalEvent): void {
    if (stopped) return;
    const next = { ...state(), ...change };
    try {
      db.transaction(() => {
        writeBackupState(db, next);
        const terminalId = deps.terminalId();
        if (event && terminalId !== null) appendJournal(db, terminalId, clock(), event);
      }).immediate();
      unsaved = null;
    } catch (error) {
      unsaved = next;
      log('[backups] the backup status could not be saved', error);
    }
    deps.events.emit(null, { type: 'backups.changed' });
  }

  async function run(reason: BackupReason, actorId: number | null): Promise<void> {
    const { folder, keep } = readBackupConfig(db);
    const terminalId = deps.terminalId();
    if (folder === null || terminalId === null) return;
    const at = clock();
    record({ lastAttemptAt: at.toISOString() });
    try {
      const made = await makeBackup(folder, keep, terminalId, at, reason);
      record({ lastSuccess: made }, { type: 'backup.made', actorId, payload: { ...made, folder } });
    } catch (error) {
      const fault =
        error instanceof BackupFault ? error : new BackupFault('BACKUP_WRITE_FAILED', reasonOf(error));
      const failure: BackupFailure = { at: at.toISOString(), folder, code: fault.code, reason: fault.reason };
      record(
        { lastFailure: failure },
        { type: 'backup.failed', actorId, payload: { ...failure, trigger: reason } },
      );
    }
  }

  async function makeBackup(
    folder: string,
    keep: number,
    terminalId: string,
    at: Date,
    reason: BackupReason,
  ): Promise<BackupSuccess> {
    const dir = prepareFolder(folder, terminalId);
    const file = freshName(dir, terminalId, at);
    const copyStart = performance.now();
    await copyLive(file);
    const backupMs = Math.round(performance.now() - copyStart);
    const verifyStart = performance.now();
    const check = await checkInWorker(file, deps.nativeBinding);
    const verifyMs = Math.round(performance.now() - verifyStart);
    if (!check.ok) {
      removeBackup(file);
      throw new BackupFault('BACKUP_VERIFY_FAILED', bilingualMessage(check.code, check.details));
    }
    pruneBackups(dir, keep);
    return {
      at: at.toISOString(),
      file: basename(file),
      bytes: statSync(file).size,
      reason,
      backupMs,
      verifyMs,
      journalRows: check.journalRows,
    };
  }

  /**
   * Copies into a `.part` file born 0600, switches the copy out of WAL (so it opens read-only with no
   * companions), then gives it its name: a backup under its final name is always whole. The terminal's
   * keys go beside it: without them the copy's PINs and signatures cannot be used on another machine.
   */
  async function copyLive(file: string): Promise<void> {
    const part = `${file}.part`;
    try {
      preparePrivateFile(part);
      await db.backup(part);
      const copy = new Database(part, { nativeBinding: deps.nativeBinding });
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      renameSync(part, file);
      fileKeyVault(keyFileOf(file)).write(keyFileContents(deps.keys));
    } catch (error) {
      rmSync(part, { force: true });
      removeBackup(file);
      throw new BackupFault('BACKUP_WRITE_FAILED', reasonOf(error));
    }
  }

  function launch(reason: BackupReason, actorId: number | null): void {
    active = run(reason, actorId)
      .catch((error: unknown) => log('[backups] backup failed', error))
      .finally(() => {
        active = null;
        const next = queued;
        queued = null;
        if (next && !stopped) launch(next.reason, next.actorId);
        else deps.events.emit(null, { type: 'backups.changed' });
      });
  }

  const service: BackupService = {
    start(reason, actorId = null) {
      if (stopped || readBackupConfig(db).folder === null) return false;
      if (active) queued = { reason, actorId };
      else launch(reason, actorId);
      return true;
    },
    tick() {
      const terminalId = deps.terminalId();
      if (stopped || active || terminalId === null || !findOpenShift(db, terminalId)) return;
      const last = state().lastAttemptAt;
      if (last !== null && clock().getTime() - Date.parse(last) < HOUR_MS) return;
      service.start('hourly');
    },
    noteWrite(channel, ok) {
      if (ok && CLOSING_CHANNELS.has(channel)) service.start('closeOfDay');
    },
    status() {
      const config = readBackupConfig(db);
      const { lastSuccess, lastFailure, configuredAt } = state();
      return {
        config,
        running: active !== null,
        lastSuccess,
        lastFailure,
        warning: config.folder === null ? null : warningOf(lastSuccess, lastFailure, configuredAt),
      };
    },
    running: () => active !== null,
    async settled() {
      while (active) await active;
    },
    stop() {
      stopped = true;
      queued = null;
    },
  };

  function warningOf(
    success: BackupSuccess | null,
    failure: BackupFailure | null,
    configuredAt: string | null,
  ): BackupStatus['warning'] {
    if (failure && (!success || failure.at >= success.at)) return 'failed';
    const since = success?.at ?? configuredAt;
    const { staleHours } = readBackupConfig(db);
    if (since !== null && clock().getTime() - Date.parse(since) > staleHours * HOUR_MS) return 'stale';
    return null;
  }

  return service;
}

/** The terminal's folder inside the chosen one, made owner-only; the chosen one must exist (a USB drive's mount point). */
function prepareFolder(folder: string, terminalId: string): string {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // gone or unreadable: the drive is not connected
  }
  if (!isFolder) throw new BackupFault('BACKUP_FOLDER_MISSING', folder);
  const dir = terminalFolder(folder, terminalId);
  try {
    ensurePrivateDir(dir);
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new BackupFault('BACKUP_FOLDER_NOT_WRITABLE', reasonOf(error));
  }
  return dir;
}

/** The backup's path; with a clock that has not moved since the last one, a millisecond later. */
function freshName(dir: string, terminalId: string, at: Date): string {
  let ms = at.getTime();
  while (existsSync(join(dir, backupName(terminalId, new Date(ms))))) ms++;
  return join(dir, backupName(terminalId, new Date(ms)));
}
