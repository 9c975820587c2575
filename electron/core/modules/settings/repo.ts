import {
  DEFAULT_TIME_ZONE,
  IDLE_LOCK_DEFAULT_SECONDS,
  Settings,
  TimeZone,
} from '../../../../shared/contract/settings';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

const DEFAULTS: Omit<Settings, 'storeName'> = {
  language: 'zh-CN',
  idleLockSeconds: IDLE_LOCK_DEFAULT_SECONDS,
  timeZone: DEFAULT_TIME_ZONE,
  longPinsForApprovers: true,
};

// Read by every status poll and document: the rows are parsed again only when they changed.
let parsed: { stored: string; settings: Settings } | undefined;

export function readSettings(db: ReadableDB): Settings {
  const rows = query(db, 'SELECT key, value FROM settings ORDER BY key').raw().all() as [string, string][];
  const stored = JSON.stringify(rows);
  if (parsed?.stored !== stored) {
    const values = Object.fromEntries(rows.map(([key, value]) => [key, JSON.parse(value) as unknown]));
    parsed = { stored, settings: Settings.parse({ storeName: '', ...DEFAULTS, ...values }) };
  }
  return parsed.settings;
}

/**
 * The idle lock's limit alone, for the check every routed call makes: one row, not every setting (a sale's
 * commit would otherwise read and compare them all).
 */
export function readIdleLockSeconds(db: ReadableDB): number {
  return readJsonSetting(db, 'idleLockSeconds', Settings.shape.idleLockSeconds, DEFAULTS.idleLockSeconds);
}

/** The store's time zone alone, for the business day of every sale: one row, like the idle lock's. */
export function readStoreTimeZone(db: ReadableDB): string {
  return readJsonSetting(db, 'timeZone', TimeZone, DEFAULT_TIME_ZONE);
}

export function writeSettings(db: WritableDB, settings: Partial<Settings>): void {
  const upsert = statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(settings)) upsert.run(key, JSON.stringify(value));
}

export function readTerminalId(db: ReadableDB): string | null {
  const row = query(db, 'SELECT terminal_id FROM terminal').get() as { terminal_id: string } | undefined;
  return row?.terminal_id ?? null;
}

/** Per schema, the stored text it last parsed and what it made of it. */
const lastParsed = new WeakMap<object, { stored: string; value: unknown }>();

/**
 * An area's settings kept as one JSON row of the settings table (repairs, …), parsed by its schema on
 * reading; `fallback` until they are first saved.
 */
export function readJsonSetting<T>(
  db: ReadableDB,
  key: string,
  schema: { parse(value: unknown): T },
  fallback: T,
): T {
  const stored = query(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (stored === undefined) return fallback;
  // the idle lock is read on every call and the time zone on every sale: parsed again only when changed
  let parsed = lastParsed.get(schema);
  if (parsed?.stored !== stored)
    lastParsed.set(schema, (parsed = { stored, value: schema.parse(JSON.parse(stored)) }));
  return parsed.value as T;
}

export function writeJsonSetting(db: WritableDB, key: string, value: unknown): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
