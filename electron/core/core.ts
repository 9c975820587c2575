import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChannelName } from '../../shared/contract';
import { DATABASE_FILE } from './data-dir';
import { startCheckpointer, type CheckpointOptions } from './db/checkpoint';
import { ensurePrivateDir } from './db/file-modes';
import { openDatabase } from './db/open';
import { assertWritable, unusable } from './db/writable-check';
import { DeviceManager, type DeviceManagerOptions } from './devices/manager';
import { DomainError } from './errors';
import { EventBus } from './events';
import { fileKeyVault, keyFileOf, loadInstallKeys, type InstallKeys, type KeyVault } from './install-keys';
import { appendJournal } from './journal/append';
import { steadyClock } from './journal/steady-clock';
import { appHandlers } from './modules/app';
import { authHandlers } from './modules/auth';
import {
  backupsHandlers,
  checkRestorable,
  copyIntoPlace,
  putBack,
  recordRestore,
  setAside,
  startBackupService,
  type BackupService,
} from './modules/backups';
import { catalogHandlers, ensureSearchIndex } from './modules/catalog';
import { catalogIoHandlers } from './modules/catalog-io';
import { customerHandlers } from './modules/customers';
import { deviceHandlers, readDevices } from './modules/devices';
import { hasClosures, journalHandlers } from './modules/journal';
import { printingHandlers } from './modules/printing';
import { repairHandlers } from './modules/repairs';
import { returnsHandlers } from './modules/returns';
import { stockHandlers } from './modules/stock';
import { queueUnprintedSales, salesHandlers } from './modules/sales';
import { readIdleLockSeconds, readStoreTimeZone, readTerminalId, settingsHandlers } from './modules/settings';
import { setupHandlers } from './modules/setup';
import { shiftsHandlers } from './modules/shifts';
import { pinsUseKey, protectLegacyPins, staffHandlers, type StaffRow } from './modules/staff';
import { tagsHandlers } from './modules/tags';
import { tallyHandlers } from './modules/tally';
import { stocktakeHandlers } from './modules/stocktake';
import { startPrintWorker, type PrintWorker, type PrintWorkerOptions } from './printing';
import type { Handlers } from './router/context';
import { registerReplayClock, ReplayClock } from './replay';
import { createRouter, type Router } from './router/router';
import { SessionStore } from './sessions';
import { setupDemoHandler } from './setup-demo';
import { asWritable, type WritableDB } from './db/statements';

export interface CoreOptions {
  dataDir: string;
  /** Defaults to counter-pos.db in dataDir; scripts that take a file name pass it here. */
  databaseFile?: string;
  nativeBinding?: string;
  clock?: () => Date;
  version?: string;
  /** How often idle sessions are looked for; the renderer locks itself sooner, this is the backstop. */
  idleCheckMs?: number;
  /** Tests replace a handler to prove what the router does when one fails. */
  handlers?: ModuleHandlers;
  /**
   * Serial scanners and scales. false opens no port (scripts that open a till's database beside the
   * running app, where the scale's port belongs to the app); tests pass SerialPortMock and short backoffs.
   */
  devices?: false | DeviceManagerOptions;
  /**
   * The print queue's worker. false starts none (scripts beside the running app, whose printers it must
   * not drive); tests pass short backoffs and timeouts; the Electron shell passes its systemPrint.
   */
  printing?: false | PrintWorkerOptions;
  /** When the WAL is checkpointed (after the till has been idle); tests shorten it. */
  checkpoints?: CheckpointOptions;
  /**
   * Check every answer against the contract's output schema (default on). The packaged app and the bench,
   * which measures it, turn it off; tests and development keep it.
   */
  validateOutputs?: boolean;
  /** How often the hourly backup's timer looks whether one is due (tests call backups.tick() instead). */
  backupCheckMs?: number;
  /**
   * Where the terminal's keys are kept (see install-keys.ts). Electron passes the OS keychain through
   * safeStorage; by default a 0600 file beside the database.
   */
  keyVault?: (databaseFile: string) => KeyVault;
}

/** Every channel's handler but setup.demo's and the backups', which createCore adds: they need the core itself. */
export type ModuleHandlers = Omit<Handlers, 'setup.demo' | `backups.${string}`>;

export function coreHandlers(
  version: string,
  devices = new DeviceManager({ enabled: false }),
): ModuleHandlers {
  return {
    ...appHandlers(version),
    ...setupHandlers,
    ...authHandlers,
    ...staffHandlers,
    ...settingsHandlers,
    ...journalHandlers,
    ...catalogHandlers(),
    ...catalogIoHandlers(),
    ...deviceHandlers(devices),
    ...printingHandlers,
    ...customerHandlers,
    ...salesHandlers(),
    ...shiftsHandlers(),
    ...repairHandlers(),
    ...returnsHandlers,
    ...stockHandlers(),
    ...tallyHandlers(devices),
    ...tagsHandlers,
    ...stocktakeHandlers(devices),
  };
}

export interface Core {
  readonly db: WritableDB;
  readonly databaseFile: string;
  readonly invoke: Router;
  readonly events: EventBus;
  readonly sessions: SessionStore;
  readonly keys: InstallKeys;
  readonly devices: DeviceManager;
  /** null when started with `printing: false`. */
  readonly printing: PrintWorker | null;
  /** Backups to the configured folder; tests call its tick() and await settled(). */
  readonly backups: BackupService;
  /** Closes the database at once; serial ports close in the background (await devices.close() first to wait). */
  close(): void;
}

/**
 * Polls (connection indicator, a device's live view, the backup status reloaded after each backup) that do
 * not count as someone at the till.
 */
const PASSIVE_CHANNELS: ReadonlySet<ChannelName> = new Set([
  'auth.ping',
  'auth.session',
  'app.status',
  'devices.liveView',
  'backups.status',
]);
const isPassive = (channel: ChannelName): boolean => PASSIVE_CHANNELS.has(channel);

export function createCore(options: CoreOptions): Core {
  const databaseFile = options.databaseFile ?? join(options.dataDir, DATABASE_FILE);
  try {
    ensurePrivateDir(options.dataDir);
  } catch (error) {
    throw unusable(options.dataDir, error);
  }
  assertWritable(databaseFile);
  const replayClock = new ReplayClock(options.clock ?? (() => new Date()));
  const clock = replayClock.now;
  const vaultOf = options.keyVault ?? ((file: string) => fileKeyVault(keyFileOf(file)));
  const events = new EventBus();
  const sessions = new SessionStore();
  const devices = new DeviceManager({
    ...(options.devices || {}),
    enabled: options.devices !== false,
    clock,
    emit: (event) => events.emit(null, event),
  });
  const handlers: Handlers = {
    ...(options.handlers ?? coreHandlers(options.version ?? '0.0.0', devices)),
    'setup.demo': setupDemoHandler(() => core),
    ...backupsHandlers({ service: () => live.backups, restore: (file, actor) => restore(file, actor) }),
  };

  /** Everything bound to the open database file: a restore closes it and opens the restored one. */
  const openLive = (): Live => {
    const db = asWritable(openDatabase(databaseFile, { nativeBinding: options.nativeBinding }));
    ensureSearchIndex(db);
    const keys = openInstallKeys(db, databaseFile, vaultOf, clock());
    const idleLockMs = (): number => readIdleLockSeconds(db) * 1000;
    const terminalId = (): string | null => readTerminalId(db);
    const checkpoints = startCheckpointer(db, options.checkpoints);
    const steady = steadyClock(db, terminalId);
    const backups = startBackupService({
      db,
      clock,
      terminalId,
      keys,
      events,
      nativeBinding: options.nativeBinding,
    });
    const invoke = createRouter({
      db,
      handlers,
      sessions,
      events,
      keys,
      clock,
      // a replay sets the clock to the past on purpose, in order
      steadyNow: (reading) => (replayClock.replaying() ? reading : steady(reading)),
      // read each time, not kept: a setup that rolls back must not leave its terminal id behind
      terminalId,
      timeZone: () => readStoreTimeZone(db),
      isPassive,
      idleLockMs,
      afterWrite: (channel, ok) => {
        checkpoints.noteWrite();
        backups.noteWrite(channel, ok);
      },
      skipAfterCommit: replayClock.replaying,
      validateOutputs: options.validateOutputs ?? true,
    });
    devices.configure(readDevices(db).devices);
    const setUpAs = terminalId();
    // a sale's documents are queued just after its commit: catch up on any the last stop cut off
    if (setUpAs !== null) queueUnprintedSales({ db, events, terminalId: setUpAs, now: clock() });
    const printing =
      options.printing === false
        ? null
        : startPrintWorker({ db, events, clock, dataDir: options.dataDir }, options.printing);
    return {
      db,
      keys,
      invoke,
      idleLockMs,
      backups,
      printing,
      close() {
        checkpoints.stop();
        backups.stop();
        printing?.stop();
        db.close();
      },
    };
  };
  let live = openLive();

  /**
   * Replaces the database with a checked backup: the current file is closed and renamed aside, the backup
   * copied into its place and opened, the restore journaled there. Everyone signs in again, against the
   * restored staff list. A restored file that will not open puts the old one back.
   */
  function restore(file: string, actor: StaffRow): { keptAside: string; journalSeq: number } {
    const terminalId = readTerminalId(live.db);
    if (terminalId === null) throw new Error('restore before setup');
    if (live.backups.running()) throw new DomainError('BACKUP_RUNNING');
    const chosen = checkRestorable(live.db, terminalId, file, options.nativeBinding);
    const now = clock();
    live.close();
    const keptAside = setAside(databaseFile, now);
    try {
      copyIntoPlace(chosen.path, databaseFile);
      live = openLive();
    } catch (error) {
      rmSync(databaseFile, { force: true });
      putBack(keptAside, databaseFile);
      live = openLive();
      throw error;
    }
    const journalSeq = recordRestore(live.db, terminalId, now, {
      ...chosen,
      keptAside: basename(keptAside),
      actor,
    });
    sessions.signOutAll();
    events.emit(null, { type: 'session.changed' });
    return { keptAside: basename(keptAside), journalSeq };
  }

  const idleTimer = setInterval(() => {
    if (readTerminalId(live.db) === null) return;
    for (const session of sessions.lockIdle(clock().getTime(), live.idleLockMs())) {
      events.emit(session.id, { type: 'session.locked', reason: 'idle' });
    }
  }, options.idleCheckMs ?? 5_000);
  idleTimer.unref();
  const backupTimer = setInterval(() => live.backups.tick(), options.backupCheckMs ?? 60_000);
  backupTimer.unref();

  const core: Core = {
    get db() {
      return live.db;
    },
    databaseFile,
    invoke: (sessionId, request) => live.invoke(sessionId, request),
    events,
    sessions,
    get keys() {
      return live.keys;
    },
    devices,
    get printing() {
      return live.printing;
    },
    get backups() {
      return live.backups;
    },
    close() {
      clearInterval(idleTimer);
      clearInterval(backupTimer);
      live.close();
      void devices.close();
    },
  };
  registerReplayClock(core, replayClock);
  return core;
}

/** What createCore opens on a database file, and closes again to restore another into its place. */
interface Live {
  readonly db: WritableDB;
  readonly keys: InstallKeys;
  readonly invoke: Router;
  readonly idleLockMs: () => number;
  readonly backups: BackupService;
  readonly printing: PrintWorker | null;
  close(): void;
}

/**
 * Loads (or on a first start creates) the terminal's keys, then wraps any PIN hash made before it had
 * them, so from the first call on no hash in the file can be tested against guesses without the key.
 */
function openInstallKeys(
  db: WritableDB,
  databaseFile: string,
  vaultOf: (databaseFile: string) => KeyVault,
  now: Date,
): InstallKeys {
  const keys = loadInstallKeys(vaultOf(databaseFile), pinsUseKey(db) || hasClosures(db));
  db.transaction(() => {
    const protectedIds = protectLegacyPins(db, keys.pinKey, now);
    const terminalId = readTerminalId(db);
    if (protectedIds.length > 0 && terminalId !== null) {
      appendJournal(db, terminalId, now, {
        type: 'staff.pinHashesProtected',
        actorId: null,
        payload: { staffIds: protectedIds },
      });
    }
  }).immediate();
  return keys;
}
