import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migration0020 } from '../../../electron/core/db/migrations/0020_tally';
import { tempDir } from '../../helpers/core';

function migrated(): Database.Database {
  const db = new Database(join(tempDir(), 'm.db'));
  migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration0020) + 1));
  db.exec(`
    INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', 'h', 's', '', '');
    INSERT INTO stock_places (id, code, name, kind, created_at) VALUES (10, 'A', 'A柜', 'counter', '');
    INSERT INTO products (id, sku, name, kind, price_fen, created_at, updated_at)
      VALUES (1, 'P1', '玉坠', 'fixed', 100, '', '');
  `);
  return db;
}

describe('migration 0020 (点货)', () => {
  it('keeps one running count per counter, whose scans and weighings are append-only', () => {
    const db = migrated();
    const start = db.prepare(
      `INSERT INTO tallies (counter_id, kind, status, tolerance_mg, started_at, started_by)
       VALUES (10, ?, 'counting', 50, '', 1)`,
    );
    start.run('open');
    expect(() => start.run('close')).toThrow(/UNIQUE/);
    db.exec(`INSERT INTO tally_scans (tally_id, product_id, code, at, by) VALUES (1, 1, 'P1', '', 1)`);
    db.exec(
      `INSERT INTO tally_weighings (tally_id, purity, weight_mg, source, at, by) VALUES (1, 'Au999', 0, 'typed', '', 1)`,
    );
    expect(() => db.exec(`UPDATE tally_scans SET product_id = 1`)).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM tally_weighings')).toThrow(/append-only/);
    expect(() =>
      db.exec(
        `INSERT INTO tally_weighings (tally_id, purity, weight_mg, source, at, by) VALUES (1, 'Au999', -1, 'typed', '', 1)`,
      ),
    ).toThrow(/CHECK/);
  });

  it('ends a count only with its record, and keeps it as ended', () => {
    const db = migrated();
    db.exec(`INSERT INTO tallies (counter_id, kind, status, tolerance_mg, started_at, started_by)
             VALUES (10, 'handover', 'counting', 50, '', 1)`);
    expect(() => db.exec(`UPDATE tallies SET status = 'balanced', finished_at = 'x'`)).toThrow(/CHECK/);
    db.exec(`UPDATE tallies SET status = 'flagged', finished_at = 'x', finished_by = 1, result = '{}'`);
    expect(() => db.exec(`UPDATE tallies SET status = 'balanced'`)).toThrow(/ended count/);
    expect(() => db.exec('DELETE FROM tallies')).toThrow(/kept/);
    expect(() =>
      db.exec(`INSERT INTO tally_scans (tally_id, product_id, at, by) VALUES (1, 1, '', 1)`),
    ).toThrow(/running count/);
    // the counter may be counted again
    db.exec(`INSERT INTO tallies (counter_id, kind, status, tolerance_mg, started_at, started_by)
             VALUES (10, 'close', 'counting', 50, '', 1)`);
  });
});
