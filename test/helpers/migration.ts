import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { tempDir } from './core';

/**
 * A database file migrated up to, not including, the given migration (found by its SQL, since helpers'
 * migrations are renumbered as they land), and a function applying it.
 */
export function databaseBefore(migration: string): { db: Database.Database; apply: () => void } {
  const version = MIGRATIONS.indexOf(migration) + 1;
  if (version === 0) throw new Error('not a registered migration');
  const db = new Database(join(tempDir(), 'm.db'));
  migrate(db, MIGRATIONS.slice(0, version - 1));
  return { db, apply: () => migrate(db, MIGRATIONS.slice(0, version)) };
}
