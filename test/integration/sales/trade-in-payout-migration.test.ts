import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migration0016 } from '../../../electron/core/db/migrations/0016_trade_in_payout';
import { tempDir } from '../../helpers/core';

const position = MIGRATIONS.indexOf(migration0016) + 1;

const sale = (id: number, totals: string, seller = 'NULL, NULL') => `
  INSERT INTO sales (id, client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
    subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen, change_fen,
    points_earned, points_redeemed, seller_name, seller_id_number)
  VALUES (${id}, 's${id}', '', 'T01-${id}', 'T01', '2026-11-24', 'now', 1, ${totals}, 0, 0, 0, ${seller});`;

describe('migration 0016 (trade-in payout)', () => {
  it('rebuilds sales keeping its rows and what points at them, and takes a negative total only with a trade-in and its seller', () => {
    const db = new Database(join(tempDir(), 'm.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, position - 1));
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');
      INSERT INTO sales (id, client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
        subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen, change_fen,
        points_earned, points_redeemed)
      VALUES (7, 'c', '', 'T01-20261124-0001', 'T01', '2026-11-24', 'now', 1, 38000, 0, 0, 0, 0, 38000, 0, 0, 0);
      INSERT INTO sale_payments (sale_id, payment_no, method, amount_fen, tendered_fen, at)
      VALUES (7, 1, 'cash', 38000, 38000, 'now');`);
    migrate(db, MIGRATIONS.slice(0, position));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id, receipt_no, total_fen FROM sales').raw().all()).toEqual([
      [7, 'T01-20261124-0001', 38_000],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // 38 000 of goods less 543 900 of old gold: the seller is named
    expect(() => db.exec(sale(8, '38000, 0, 0, 0, 543900, -505900'))).toThrow(/CHECK constraint/);
    db.exec(sale(8, '38000, 0, 0, 0, 543900, -505900', `'陈先生', '11010519491231002X'`));
    // nothing or less without a trade-in is still refused
    expect(() => db.exec(sale(9, '0, 0, 0, 0, 0, 0'))).toThrow(/CHECK constraint/);
    expect(() => db.exec('UPDATE sales SET seller_name = NULL WHERE id = 8')).toThrow(
      /only changes by being voided/,
    );
    expect(() => db.exec('DELETE FROM sales WHERE id = 7')).toThrow(/never deleted/);
  });
});
