import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migration0012 } from '../../../electron/core/db/migrations/0012_returns';
import { migration0013 } from '../../../electron/core/db/migrations/0013_buy_back';
import { tempDir } from '../../helpers/core';

const position = MIGRATIONS.indexOf(migration0012) + 1;

describe('migration 0012 (returns)', () => {
  it('keeps the points and credit movements it rebuilds, and takes return reasons only with a return', () => {
    const db = new Database(join(tempDir(), 'm.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, position - 1));
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');
      INSERT INTO customers (id, phone, name, registered_at, updated_at) VALUES (1, '13812345678', '李女士', '', '');
      INSERT INTO points_movements (customer_id, points, reason, at) VALUES (1, 120, 'earned', 'now');
      INSERT INTO store_credit_movements (customer_id, amount_fen, reason, at) VALUES (1, 5000, 'adjustment', 'now');`);
    migrate(db, MIGRATIONS.slice(0, position));
    expect(db.prepare('SELECT points, reason, return_id FROM points_movements').raw().all()).toEqual([
      [120, 'earned', null],
    ]);
    expect(db.prepare('SELECT amount_fen, reason FROM store_credit_movements').raw().all()).toEqual([
      [5000, 'adjustment'],
    ]);
    expect(() =>
      db.exec(`INSERT INTO points_movements (customer_id, points, reason, at) VALUES (1, -5, 'debt', 'now')`),
    ).toThrow(/CHECK constraint/);

    db.exec(`
      INSERT INTO shifts (id, terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
      VALUES (1, 'T01', '2026-11-24', 'now', 1, 1, 50000);
      INSERT INTO returns (id, client_id, request_hash, return_no, terminal_id, business_day, committed_at, shift_id,
        cashier_id, refund_fen, points_taken, points_restored, points_debt, answer)
      VALUES (1, 'r', '', 'T01-R000001', 'T01', '2026-11-24', 'now', 1, 1, 100, 0, 0, 0, '{}');`);
    let refundNo = 0;
    const refund = (method: string, reference: string | null) =>
      db
        .prepare(
          `INSERT INTO return_refunds (return_id, refund_no, method, pool, amount_fen, reference, shift_id, at)
           VALUES (1, ?, ?, ?, -100, ?, 1, 'now')`,
        )
        .run(++refundNo, method, method, reference);
    // a card refund names the terminal's refund reference, and never a card number
    expect(() => refund('bankCard', null)).toThrow(/CHECK constraint/);
    expect(() => refund('bankCard', '6222021234567890123')).toThrow(/CHECK constraint/);
    refund('bankCard', 'RF0001');
    expect(() => db.exec(`UPDATE returns SET refund_fen = 0`)).toThrow(/never changed/);
    expect(() => db.exec(`DELETE FROM return_refunds`)).toThrow(/never deleted/);
    db.exec(`UPDATE shifts SET closed_at = 'now', closed_by = 1, left_in_fen = 0, deposit_fen = 0`);
    expect(() => refund('cash', null)).toThrow(/closed shift is locked/);
    db.close();
  });

  it('0013 keeps the scrap gold it rebuilds, and a buy-back names its seller and no sale', () => {
    const db = new Database(join(tempDir(), 'm.db'));
    db.pragma('foreign_keys = ON');
    const at13 = MIGRATIONS.indexOf(migration0013) + 1;
    migrate(db, MIGRATIONS.slice(0, at13 - 1));
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');
      INSERT INTO scrap_gold_movements (purity, weight_mg, value_fen, reason, at) VALUES ('Au999', 1000, 56000, 'tradeIn', 'now');
      INSERT INTO shifts (id, terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
      VALUES (1, 'T01', '2026-11-24', 'now', 1, 1, 50000);`);
    migrate(db, MIGRATIONS.slice(0, at13));
    expect(db.prepare('SELECT weight_mg, reason, return_id FROM scrap_gold_movements').raw().all()).toEqual([
      [1000, 'tradeIn', null],
    ]);
    const insert = (no: number, kind: string, seller: string | null) =>
      db
        .prepare(
          `INSERT INTO returns (client_id, request_hash, return_no, terminal_id, business_day, committed_at, shift_id,
             cashier_id, refund_fen, points_taken, points_restored, points_debt, answer, kind, seller_name,
             seller_id_number)
           VALUES (?, '', ?, 'T01', '2026-11-24', 'now', 1, 1, 0, 0, 0, 0, '{}', ?, ?, ?)`,
        )
        .run(`r${no}`, `T01-R00000${no}`, kind, seller, seller);
    expect(() => insert(1, 'buyBack', null)).toThrow(/names its seller/);
    expect(() => insert(1, 'return', '陈先生')).toThrow(/names its seller/);
    insert(1, 'buyBack', '陈先生');
    db.close();
  });
});
