import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../helpers/core';

const opened: Database.Database[] = [];
const open = (file: string): Database.Database => {
  const db = openDatabase(file);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every connection', () => {
    const file = join(tempDir(), 'till.db');
    open(file);
    const second = open(file);
    expect(second.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL; better-sqlite3's compile-time default for WAL would read 1 (NORMAL)
    expect(second.pragma('synchronous', { simple: true })).toBe(2);
    expect(second.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(second.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('brings a new file to the latest schema version', () => {
    const db = open(join(tempDir(), 'till.db'));
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
  });

  it('refuses a database from a newer version and leaves the file untouched', () => {
    const file = join(tempDir(), 'future.db');
    const db = open(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer than this program/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rolls a failing migration back whole, keeping the data that was there', () => {
    const file = join(tempDir(), 'till.db');
    const db = open(file);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('storeName', '"金福珠宝"')`).run();
    const broken = [...MIGRATIONS, 'CREATE TABLE extra (id INTEGER); INSERT INTO no_such_table VALUES (1);'];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'extra'`).get()).toBeUndefined();
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('"金福珠宝"');
  });

  it('opens a copy read-only without migrating it', () => {
    const dir = tempDir();
    const db = open(join(dir, 'till.db'));
    db.close();
    copyFileSync(join(dir, 'till.db'), join(dir, 'copy.db'));
    const copy = openDatabase(join(dir, 'copy.db'), { readonly: true });
    opened.push(copy);
    expect(copy.readonly).toBe(true);
  });
});
