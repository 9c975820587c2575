import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { tempDir } from '../../helpers/core';

/**
 * Landed migrations are history. Each one's SHA-256 is recorded here when it lands; editing a landed
 * migration fails this test (add a new one instead).
 */
const LANDED = ['917f9f99b5401ecaea7b2ba6b1dcde1e06f38f954b3a60ee2642f457e3d8bf7a'];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function migratedTo(version: number): Database.Database {
  const db = new Database(join(tempDir(), 'm.db'));
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}

describe('migrations', () => {
  it('never change once landed', () => {
    expect(MIGRATIONS.map(sha256).slice(0, LANDED.length)).toEqual(LANDED);
  });

  it('0001 creates the foundation tables and a journal that refuses edits, deletes and gaps', () => {
    const db = migratedTo(1);
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all();
    expect(tables).toEqual(['approvals', 'journal', 'settings', 'staff', 'terminal']);
    const insert = db.prepare(
      `INSERT INTO journal (seq, at, type, payload, prev_hash, hash) VALUES (?, 'now', 't', '{}', ?, ?)`,
    );
    insert.run(1, 'genesis', 'h1');
    expect(() => insert.run(3, 'h1', 'h3')).toThrow(/appended in sequence/);
    expect(() => insert.run(2, 'not-h1', 'h2')).toThrow(/appended in sequence/);
    insert.run(2, 'h1', 'h2');
    expect(() => db.prepare(`UPDATE journal SET type = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal WHERE seq = 2').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(2);
  });

  it('0001 refuses an unknown role', () => {
    const db = migratedTo(1);
    expect(() =>
      db
        .prepare(
          `INSERT INTO staff (name, role, pin_hash, pin_salt, created_at, updated_at) VALUES ('a', 'owner', '', '', '', '')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });
});
