import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../../helpers/core';

const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

describe('the data files', () => {
  it('are created owner-only: the data folder 0700, the database, its WAL and SHM 0600', () => {
    // a usual umask would leave 0755 folders and 0644 files
    const umask = process.umask(0o022);
    try {
      const dataDir = join(tempDir(), 'data');
      const core = createCore({ dataDir, devices: false, printing: false });
      closers.push(() => core.close());
      core.db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', '1')`).run();
      expect(modeOf(dataDir)).toBe('700');
      for (const file of [core.databaseFile, `${core.databaseFile}-wal`, `${core.databaseFile}-shm`]) {
        expect([file, modeOf(file)]).toEqual([file, '600']);
      }
    } finally {
      process.umask(umask);
    }
  });

  it('tightens a folder, database, WAL and SHM an older version left readable by others when it opens them', () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const file = join(dataDir, 'counter-pos.db');
    // an older version's connection, still open, so its WAL and SHM exist with the loose mode
    const older = new Database(file);
    older.pragma('journal_mode = WAL');
    older.exec('CREATE TABLE probe (x); INSERT INTO probe VALUES (1)');
    closers.push(() => older.close());
    for (const path of [file, `${file}-wal`, `${file}-shm`]) chmodSync(path, 0o644);

    const db = openDatabase(file);
    closers.push(() => db.close());
    for (const path of [file, `${file}-wal`, `${file}-shm`])
      expect([path, modeOf(path)]).toEqual([path, '600']);

    const core = createCore({ dataDir, devices: false, printing: false });
    closers.push(() => core.close());
    expect(modeOf(dataDir)).toBe('700');
  });
});
