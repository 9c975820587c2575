import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { migration0021 } from '../../electron/core/db/migrations/0021_stocktake';
import { tempDir } from '../helpers/core';
import { GOODS, openShop, type Shop } from '../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('migration 0021 (stocktake)', () => {
  it('keeps one count open at a time, counts a piece once, and names what an unknown code is', () => {
    const db = new Database(join(tempDir(), 'm.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration0021) + 1));
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '王经理', 'manager', '', '', '', '');
      INSERT INTO products (id, sku, name, kind, price_fen, serialized, created_at, updated_at)
      VALUES (1, 'CP-1', '青花瓷瓶', 'fixed', 128000, 1, '', '');
      INSERT INTO stocktakes (id, state, movement_mark, started_at, started_by) VALUES (1, 'open', 0, 'now', 1);`);
    expect(() =>
      db.exec(
        `INSERT INTO stocktakes (state, movement_mark, started_at, started_by) VALUES ('open', 0, 'now', 1)`,
      ),
    ).toThrow(/UNIQUE/);
    // closed only with its time and its report, and then another may open
    expect(() => db.exec(`UPDATE stocktakes SET state = 'cancelled' WHERE id = 1`)).toThrow(/CHECK/);
    expect(() =>
      db.exec(`UPDATE stocktakes SET state = 'cancelled', closed_at = 'now', closed_by = 1 WHERE id = 1`),
    ).toThrow(/CHECK/);
    db.exec(
      `UPDATE stocktakes SET state = 'cancelled', closed_at = 'now', closed_by = 1, report = '{}' WHERE id = 1`,
    );
    db.exec(
      `INSERT INTO stocktakes (id, state, movement_mark, started_at, started_by) VALUES (2, 'open', 0, 'now', 1)`,
    );

    const scan = (product: string, outcome: string) =>
      db.exec(`INSERT INTO stocktake_scans (stocktake_id, code, product_id, place_id, outcome, staff_id, at)
               VALUES (2, 'CP-1', ${product}, 1, '${outcome}', 1, 'now')`);
    scan('1', 'counted');
    expect(() => scan('1', 'wrongPlace')).toThrow(/UNIQUE/);
    scan('1', 'duplicate');
    scan('NULL', 'unknown');
    expect(() => scan('NULL', 'counted')).toThrow(/CHECK/);
    expect(() => scan('1', 'unknown')).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE products SET cost_fen = -1 WHERE id = 1`)).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('the stocktake scan’s query plan', () => {
  it('finds every row it reads through a key: no table is scanned, so a scan costs the same in a store of 100,000 pieces', () => {
    const s = (shop = openShop());
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    const db = s.core.db;
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    Object.assign(db, {
      prepare: (sql: string) => {
        prepared.push(sql);
        return prepare(sql);
      },
    });
    try {
      // a piece where the books have it, one twice, counted goods and an unknown code: every path of the scan
      for (const code of [GOODS.bangle.sku, GOODS.bangle.sku, GOODS.towel.sku, '6970000000017']) {
        s.ok('till', 'stocktake.scan', { stocktakeId: count.id, placeId: 1, code });
      }
    } finally {
      Object.assign(db, { prepare });
    }
    const plans = prepared
      .filter((sql) => /stocktake|stock_levels|products|barcodes/.test(sql) && !/^\s*INSERT/i.test(sql))
      .map((sql) => {
        const params = Array.from(sql.matchAll(/\?/g), () => 1);
        const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
        return rows.map((row) => row.detail).join(' | ');
      });
    expect(plans.length).toBeGreaterThan(4);
    for (const plan of plans) expect(plan).not.toMatch(/\bSCAN\b/);
    const all = plans.join('\n');
    // the code by the barcodes' key, the piece's earlier scan by the scans' (count, product) index, where the
    // books have it by the levels' (product, place) key
    expect(all).toContain('SEARCH barcodes USING PRIMARY KEY (code=?)');
    expect(all).toContain('USING INDEX stocktake_scans_piece (stocktake_id=? AND product_id=?)');
    expect(all).toContain('SEARCH l USING PRIMARY KEY (product_id=?)');
  });
});

describe('the stocktake scan’s durability', () => {
  it('commits without the fsync and leaves the connection durable again, after a scan taken or refused', () => {
    const s = (shop = openShop());
    const FULL = 2;
    const synchronous = (): unknown => s.core.db.pragma('synchronous', { simple: true });
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    expect(
      s.ok('till', 'stocktake.scan', { stocktakeId: count.id, placeId: 1, code: GOODS.bangle.sku }),
    ).toMatchObject({
      outcome: 'counted',
    });
    expect(synchronous()).toBe(FULL);
    expect(
      s.call('till', 'stocktake.scan', { stocktakeId: count.id, placeId: 999, code: GOODS.bangle.sku }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STOCKTAKE_PLACE_NOT_COUNTED' },
    });
    expect(synchronous()).toBe(FULL);
    // a sale after the scans waits for the disk as before
    expect(s.commit({ lines: [s.line.towel()] }, [{ method: 'cash', amountFen: 3_900 }]).ok).toBe(true);
    expect(synchronous()).toBe(FULL);
  });
});
