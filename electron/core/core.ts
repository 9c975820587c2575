import { join } from 'node:path';
import type { ChannelName } from '../../shared/contract';
import { DATABASE_FILE } from './data-dir';
import { startCheckpointer, type CheckpointOptions } from './db/checkpoint';
import { ensurePrivateDir } from './db/file-modes';
import { openDatabase } from './db/open';
import { assertWritable, unusable } from './db/writable-check';
import { DeviceManager, type DeviceManagerOptions } from './devices/manager';
import { EventBus } from './events';
import { fileKeyVault, keyFileOf, loadInstallKeys, type InstallKeys, type KeyVault } from './install-keys';
import { appendJournal } from './journal/append';
import { steadyClock } from './journal/steady-clock';
import { appHandlers } from './modules/app';
import { authHandlers } from './modules/auth';
import { catalogHandlers, ensureSearchIndex } from './modules/catalog';
import { catalogIoHandlers } from './modules/catalog-io';
import { customerHandlers } from './modules/customers';
import { deviceHandlers, readDevices } from './modules/devices';
import { hasClosures, journalHandlers } from './modules/journal';
import { printingHandlers } from './modules/printing';
import { repairHandlers } from './modules/repairs';
import { returnsHandlers } from './modules/returns';
import { queueUnprintedSales, salesHandlers } from './modules/sales';
import { readIdleLockSeconds, readStoreTimeZone, readTerminalId, settingsHandlers } from './modules/settings';
import { setupHandlers } from './modules/setup';
import { shiftsHandlers } from './modules/shifts';
import { pinsUseKey, protectLegacyPins, staffHandlers } from './modules/staff';
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
  /**
   * Where the terminal's keys are kept (see install-keys.ts). Electron passes the OS keychain through
   * safeStorage; by default a 0600 file beside the database.
   */
  keyVault?: (databaseFile: string) => KeyVault;
}

/** Every channel's handler but setup.demo's, which createCore adds: it needs the core itself. */
export type ModuleHandlers = Omit<Handlers, 'setup.demo'>;

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
  /** Closes the database at once; serial ports close in the background (await devices.close() first to wait). */
  close(): void;
}

/** Polls (connection indicator, a device's live view) that do not count as someone at the till. */
const PASSIVE_CHANNELS: ReadonlySet<ChannelName> = new Set([
  'auth.ping',
  'auth.session',
  'app.status',
  'devices.liveView',
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
  const db = asWritable(openDatabase(databaseFile, { nativeBinding: options.nativeBinding }));
  ensureSearchIndex(db);
  const replayClock = new ReplayClock(options.clock ?? (() => new Date()));
  const clock = replayClock.now;
  const keys = openInstallKeys(
    db,
    databaseFile,
    options.keyVault ?? ((file) => fileKeyVault(keyFileOf(file))),
    clock(),
  );
  const events = new EventBus();
  const sessions = new SessionStore();
  const idleLockMs = (): number => readIdleLockSeconds(db) * 1000;
  const devices = new DeviceManager({
    ...(options.devices || {}),
    enabled: options.devices !== false,
    clock,
    emit: (event) => events.emit(null, event),
  });

  const checkpoints = startCheckpointer(db, options.checkpoints);
  const steady = steadyClock(db, () => readTerminalId(db));
  const invoke = createRouter({
    db,
    handlers: {
      ...(options.handlers ?? coreHandlers(options.version ?? '0.0.0', devices)),
      'setup.demo': setupDemoHandler(() => core),
    },
    sessions,
    events,
    keys,
    clock,
    // a replay sets the clock to the past on purpose, in order
    steadyNow: (reading) => (replayClock.replaying() ? reading : steady(reading)),
    // read each time, not kept: a setup that rolls back must not leave its terminal id behind
    terminalId: () => readTerminalId(db),
    timeZone: () => readStoreTimeZone(db),
    isPassive,
    idleLockMs,
    afterWrite: checkpoints.noteWrite,
    skipAfterCommit: replayClock.replaying,
    validateOutputs: options.validateOutputs ?? true,
  });

  const idleTimer = setInterval(() => {
    if (readTerminalId(db) === null) return;
    for (const session of sessions.lockIdle(clock().getTime(), idleLockMs())) {
      events.emit(session.id, { type: 'session.locked', reason: 'idle' });
    }
  }, options.idleCheckMs ?? 5_000);
  idleTimer.unref();
  devices.configure(readDevices(db).devices);
  const setUpAs = readTerminalId(db);
  // a sale's documents are queued just after its commit: catch up on any the last stop cut off
  if (setUpAs !== null) queueUnprintedSales({ db, events, terminalId: setUpAs, now: clock() });
  const printing =
    options.printing === false
      ? null
      : startPrintWorker({ db, events, clock, dataDir: options.dataDir }, options.printing);

  const core: Core = {
    db,
    databaseFile,
    invoke,
    events,
    sessions,
    keys,
    devices,
    printing,
    close() {
      clearInterval(idleTimer);
      checkpoints.stop();
      printing?.stop();
      void devices.close();
      db.close();
    },
  };
  registerReplayClock(core, replayClock);
  return core;
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
