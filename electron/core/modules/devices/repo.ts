import { z } from 'zod';
import { Device } from '../../../../shared/contract/devices';
import { Id } from '../../../../shared/contract/common';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

// Device settings live as one JSON document in the settings table: a handful of devices per
// terminal, always read and written together, needing no query of their own.
const KEY = 'devices';

const StoredDevices = z.object({
  /** Ids are never reused, so journal rows about a removed device keep pointing at it alone. */
  nextId: Id,
  devices: z.array(Device),
});
export type StoredDevices = z.infer<typeof StoredDevices>;

export function readDevices(db: ReadableDB): StoredDevices {
  const value = query(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  // Parsing fills defaults that later versions add to the schema.
  return value === undefined ? { nextId: 1, devices: [] } : StoredDevices.parse(JSON.parse(value));
}

export function writeDevices(db: WritableDB, stored: StoredDevices): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(stored));
}
