import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { migration0017 } from '../../../electron/core/db/migrations/0017_on_hand';
import { migration0018 } from '../../../electron/core/db/migrations/0018_closures';
import { tempDir } from '../../helpers/core';

/**
 * Landed migrations are history. Each one's SHA-256 is recorded here when it lands; editing a landed
 * migration fails this test (add a new one instead).
 */
const LANDED = [
  '917f9f99b5401ecaea7b2ba6b1dcde1e06f38f954b3a60ee2642f457e3d8bf7a',
  '5738a07c1725f18f6ff7fccad4979fd4d00c3ed6444dcdc0e643e13420cba3df',
  '5c038f0112d53f54a47abfb5b7bf326cf86ec0dc1eb2d82d4febfb9a9309404c',
  '6597d70cc785c2138a0bd12be6177ede4685b53ca8e7cd20973be61334086f60',
  'a033ba71d454d6bb4df3b3631daf4d39edf5f53f4b4edba656daf9c55a2d1f2c',
  'b63a1340d1bb3c00e3dfcc18e4f218dcbaf9d48317fc1038cf7bb4f41bb506e1',
  '110fa5b2bd00fdad50902f4732e79c30330db02c851e42d59efd18b5473cd7bb',
  'abea256739a3f92a15b27fc5a34a7bb5671198a54f009609139a07c2cbfa6fdd',
  '2ca9473af178db3ec666d42ba80f4107bf55dfdfebc55dad7cf953c18b54f945',
  '1d58994e0905d8b45b98277579d1cf1a63e1290470d78b67badc879e6d7809f1',
  '0abd73382f95ab7339db9eed16a655352b83b14c90af35aaff0018ecd5a2248e',
  '4c103aa15b3a89213d9c5d806ab3855d8e3a8fc13ee3b9cb5d89c2ce2b36b38e',
  '9f62829348f4c3bba2d0258f65d64c80f9d98a9366c4fcadbc09521aa2ed77a7',
  '5a12cf2a53cae7f92bde96274907a4a405d379acc0b1a649f1e50cc03b53182d',
  '0a519c1431f2c14469965dd86b397fa168e9b150a827341086eade34748ca0dc',
  'd92e75bf42d954f0479057dc4bf93ceedf1e5711996583bad29a9ecdaecf54df',
  'a7178c8d749b6e94bd048d801979098642b72b7c84324197fade6474dd63c0f9',
];

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

  it('0002 adds the print queue, whose jobs keep a known state and a printer that exists', () => {
    const db = migratedTo(2);
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'print%' ORDER BY name`)
      .pluck()
      .all();
    expect(tables).toEqual(['print_document_settings', 'print_jobs', 'print_routes', 'printers']);
    db.pragma('foreign_keys = ON');
    const job = db.prepare(
      `INSERT INTO print_jobs (document_type, reference, printer_id, data, context, state, created_at, updated_at)
       VALUES ('receipt', 'R1', ?, '{}', '{}', ?, 'now', 'now')`,
    );
    expect(() => job.run(null, 'lost')).toThrow(/CHECK constraint/);
    expect(() => job.run(7, 'pending')).toThrow(/FOREIGN KEY/);
    job.run(null, 'pending');
    expect(db.prepare('SELECT attempts, copies FROM print_jobs').get()).toEqual({ attempts: 0, copies: 1 });
  });

  it('0003 adds the catalog: one kind per product, unique barcodes, a search index rows can leave', () => {
    const db = migratedTo(3);
    const insert = db.prepare(
      `INSERT INTO products (sku, name, kind, price_fen, purity, labor_kind, labor_fen, created_at, updated_at)
       VALUES (?, '品', ?, ?, ?, ?, ?, '', '')`,
    );
    insert.run('F1', 'fixed', 100, null, null, null);
    insert.run('W1', 'weighed', null, 'Au999', 'perGram', 1500);
    expect(() => insert.run('W2', 'weighed', 100, 'Au999', 'perGram', 1500)).toThrow(/CHECK constraint/);
    expect(() => insert.run('W3', 'weighed', null, 'Au999', null, null)).toThrow(/CHECK constraint/);
    expect(() => insert.run('F2', 'fixed', null, null, null, null)).toThrow(/CHECK constraint/);
    db.prepare(`INSERT INTO barcodes (code, product_id) VALUES ('690', 1)`).run();
    expect(() => db.prepare(`INSERT INTO barcodes (code, product_id) VALUES ('690', 2)`).run()).toThrow(
      /UNIQUE/,
    );
    db.prepare(`INSERT INTO product_search (rowid, tokens) VALUES (1, 'jz 金')`).run();
    db.prepare('DELETE FROM product_search WHERE rowid = 1').run();
    expect(
      db.prepare(`SELECT count(*) FROM product_search WHERE product_search MATCH 'jz'`).pluck().get(),
    ).toBe(0);
  });

  it('0004 adds sales that add up, are never deleted and change only by a void', () => {
    const db = migratedTo(4);
    db.pragma('foreign_keys = ON');
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');`);
    const sale = db.prepare(
      `INSERT INTO sales (client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
         subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen,
         change_fen, points_earned, points_redeemed)
       VALUES (?, '', ?, 'T01', '2026-11-23', 'now', 1, 10000, 500, 0, 0, 0, ?, 0, 0, 0)`,
    );
    expect(() => sale.run('a', 'T01-20261123-0001', 9_000)).toThrow(/CHECK constraint/);
    sale.run('a', 'T01-20261123-0001', 9_500);
    expect(() => sale.run('a', 'T01-20261123-0002', 9_500)).toThrow(/UNIQUE/);
    expect(() => db.prepare('DELETE FROM sales').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE sales SET total_fen = 1').run()).toThrow(/only changes by being voided/);
    db.prepare(
      `INSERT INTO sale_payments (sale_id, payment_no, method, amount_fen, at) VALUES (1, 1, 'cash', 9500, 'now')`,
    ).run();
    expect(() => db.prepare('UPDATE sale_payments SET amount_fen = 1').run()).toThrow(/never changed/);
    const search = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'product_search'`).pluck().get();
    expect(search).toContain(`prefix = '1 2 3 4 5 6 7 8 9 10 11 12'`);
  });

  it('0005 adds shifts that lock once closed, sales that stay in their shift, and gapless Z numbers', () => {
    const db = migratedTo(5);
    db.pragma('foreign_keys = ON');
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');
      INSERT INTO shifts (id, terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
      VALUES (1, 'T01', '2026-11-23', 'now', 1, 1, 50000);`);
    const openAnother = db.prepare(
      `INSERT INTO shifts (terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
       VALUES ('T01', '2026-11-23', 'now', 1, 1, 0)`,
    );
    expect(() => openAnother.run()).toThrow(/UNIQUE/);
    db.exec(`
      INSERT INTO sales (client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
        subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen,
        change_fen, points_earned, points_redeemed, shift_id)
      VALUES ('a', '', 'T01-20261123-0001', 'T01', '2026-11-23', 'now', 1, 100, 0, 0, 0, 0, 100, 0, 0, 0, 1);`);
    expect(() => db.prepare('UPDATE sales SET shift_id = NULL').run()).toThrow(/stays in its shift/);
    expect(() =>
      db.prepare(`UPDATE shifts SET closed_at = 'now', closed_by = 1, left_in_fen = 0 WHERE id = 1`).run(),
    ).toThrow(/CHECK constraint/);
    db.prepare(
      `UPDATE shifts SET closed_at = 'now', closed_by = 1, left_in_fen = 0, deposit_fen = 100`,
    ).run();
    expect(() => db.prepare('UPDATE shifts SET holder_id = 1').run()).toThrow(/locked/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO sale_payments (sale_id, payment_no, method, amount_fen, at, shift_id)
           VALUES (1, 1, 'cash', 100, 'now', 1)`,
        )
        .run(),
    ).toThrow(/locked/);
    expect(() =>
      db
        .prepare(
          `UPDATE sales SET state = 'voided', voided_at = 'now', voided_by = 1, void_reason = 'x' WHERE id = 1`,
        )
        .run(),
    ).toThrow(/locked/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO shift_events (shift_id, kind, amount_fen, at, actor_id) VALUES (1, 'paidOut', 5, 'now', 1)`,
        )
        .run(),
    ).toThrow(/locked/);
    const z = db.prepare(
      `INSERT INTO z_reports (z_no, shift_id, created_at, report) VALUES (?, 1, 'now', '{}')`,
    );
    expect(() => z.run(2)).toThrow(/without gaps/);
    z.run(1);
    expect(() => db.prepare('DELETE FROM z_reports').run()).toThrow(/never deleted/);
  });

  it('0006 adds repair tickets whose steps and payments are append-only, in an open shift', () => {
    const db = migratedTo(6);
    db.pragma('foreign_keys = ON');
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '赵师傅', 'repairDesk', '', '', '', '');
      INSERT INTO customers (id, phone, name, registered_at, updated_at) VALUES (1, '13812345678', '李女士', '', '');
      INSERT INTO shifts (id, terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
      VALUES (1, 'T01', '2026-11-23', 'now', 1, 1, 50000);`);
    const ticket = db.prepare(
      `INSERT INTO repair_tickets (ticket_no, terminal_id, status, customer_id, category, description, stone_count,
         weight_in_mg, weight_in_source, weight_in_reason, conditions, notes, declared_value_fen, extra_work,
         promised_on, received_at, received_by, updated_at)
       VALUES (?, 'T01', 'received', 1, '手镯', '足金手镯', 0, 20150, ?, ?, '[]', '', 0, '', '2026-11-26', 'now', 1, 'now')`,
    );
    // a typed weight needs its reason; a weight from the scale has none
    expect(() => ticket.run('WX-T01-000001', 'typed', null)).toThrow(/CHECK constraint/);
    ticket.run('WX-T01-000001', 'scale', null);
    expect(() => db.prepare(`UPDATE repair_tickets SET status = 'lost'`).run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare('DELETE FROM repair_tickets').run()).toThrow(/never deleted/);
    const pay = db.prepare(
      `INSERT INTO repair_payments (ticket_id, payment_no, purpose, method, amount_fen, at, actor_id, shift_id)
       VALUES (1, ?, 'deposit', ?, 2000, 'now', 1, 1)`,
    );
    expect(() => pay.run(1, 'points')).toThrow(/CHECK constraint/);
    pay.run(1, 'cash');
    expect(() => db.prepare('UPDATE repair_payments SET amount_fen = 1').run()).toThrow(/never changed/);
    db.prepare(
      `UPDATE shifts SET closed_at = 'now', closed_by = 1, left_in_fen = 0, deposit_fen = 2000`,
    ).run();
    expect(() => pay.run(2, 'cash')).toThrow(/locked/);
  });

  it('0007 makes the printed documents’ time zone the store’s', () => {
    const db = migratedTo(6);
    db.prepare('INSERT INTO print_document_settings (singleton, value) VALUES (1, ?)').run(
      JSON.stringify({ returnPolicy: '', warrantyCare: '', warrantyTerms: '', timeZone: 'Asia/Urumqi' }),
    );
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'timeZone'`).pluck().get()).toBe(
      '"Asia/Urumqi"',
    );
  });

  it('0008 records where a sale line’s weight came from, a reason only beside a typed one', () => {
    const db = migratedTo(8);
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');
      INSERT INTO sales (client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
        subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen,
        change_fen, points_earned, points_redeemed)
      VALUES ('a', '', 'T01-20261123-0001', 'T01', '2026-11-23', 'now', 1, 100, 0, 0, 0, 0, 100, 0, 0, 0);`);
    const line = db.prepare(
      `INSERT INTO sale_lines (sale_id, line_no, kind, name, quantity, list_fen, gross_fen, line_discount_fen,
         member_discount_fen, order_discount_fen, net_fen, product_id, weight_source, weight_reason)
       VALUES (1, ?, 'tradeIn', '旧金', 1, 0, 0, 0, 0, 0, 0, NULL, ?, ?)`,
    );
    expect(() => line.run(1, 'guessed', null)).toThrow(/CHECK constraint/);
    expect(() => line.run(1, 'scale', '秤在校准')).toThrow(/CHECK constraint/);
    line.run(1, 'typed', '秤在校准');
    line.run(2, 'scale', null);
    line.run(3, null, null);
  });

  it('0009 keeps the cash rounding of each sale and counts fen coins, the counts before it kept', () => {
    const db = migratedTo(8);
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
      VALUES (1, '张三', 'cashier', '', '', '', '');
      INSERT INTO sales (client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
        subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen,
        change_fen, points_earned, points_redeemed)
      VALUES ('a', '', 'T01-20261123-0001', 'T01', '2026-11-23', 'now', 1, 121, 0, 0, 0, 0, 121, 0, 0, 0);
      INSERT INTO shifts (id, terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
      VALUES (1, 'T01', '2026-11-23', 'now', 1, 1, 50000);
      INSERT INTO shift_counts (id, shift_id, kind, at, counted_by, cash_fen) VALUES (1, 1, 'opening', 'now', 1, 50000);
      INSERT INTO shift_count_denominations (count_id, denomination_fen, quantity) VALUES (1, 10000, 5);`);
    const coin = `INSERT INTO shift_count_denominations (count_id, denomination_fen, quantity) VALUES (1, 1, 3)`;
    expect(() => db.exec(coin)).toThrow(/CHECK constraint/);
    migrate(db, MIGRATIONS.slice(0, 9));
    expect(db.prepare('SELECT cash_rounding_fen FROM sales').pluck().get()).toBe(0);
    db.exec(coin);
    expect(
      db.prepare('SELECT denomination_fen, quantity FROM shift_count_denominations').raw().all(),
    ).toEqual([
      [1, 3],
      [10000, 5],
    ]);
    expect(() => db.exec('DELETE FROM shift_count_denominations')).toThrow(/never deleted/);
  });

  it('0011 drops the journal hash index and keeps its rows; the chain still refuses a copied row', () => {
    const db = migratedTo(10);
    const insert = db.prepare(
      `INSERT INTO journal (seq, at, type, payload, prev_hash, hash) VALUES (?, 'now', 't', '{}', ?, ?)`,
    );
    insert.run(1, 'genesis', 'h1');
    insert.run(2, 'h1', 'h2');
    const journalIndexes = () =>
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal'`)
        .pluck()
        .all();
    expect(journalIndexes()).toEqual(['sqlite_autoindex_journal_1']);
    migrate(db, MIGRATIONS.slice(0, 11));
    expect(journalIndexes()).toEqual([]);
    expect(db.prepare('SELECT seq, prev_hash, hash FROM journal ORDER BY seq').raw().all()).toEqual([
      [1, 'genesis', 'h1'],
      [2, 'h1', 'h2'],
    ]);
    // what UNIQUE(hash) refused, a row copied from earlier in the chain, the gapless trigger refuses
    expect(() => insert.run(3, 'h1', 'h2')).toThrow(/appended in sequence/);
    expect(() => insert.run(4, 'h2', 'h4')).toThrow(/appended in sequence/);
    insert.run(3, 'h2', 'h3');
    expect(() => db.prepare(`UPDATE journal SET type = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal WHERE seq = 3').run()).toThrow(/append-only/);
  });

  it('0017 keeps each product’s on-hand count and barcodes in its row, from the rows before it and after', () => {
    // found by the migration itself: helpers' migrations are renumbered as they land
    const version = MIGRATIONS.indexOf(migration0017) + 1;
    const db = migratedTo(version - 1);
    const product = db.prepare(
      `INSERT INTO products (sku, name, kind, price_fen, created_at, updated_at) VALUES (?, '品', 'fixed', 100, '', '')`,
    );
    const move = db.prepare(
      `INSERT INTO stock_movements (product_id, quantity, reason, at) VALUES (?, ?, 'receipt', '')`,
    );
    product.run('A');
    product.run('B');
    product.run('C');
    const barcode = db.prepare('INSERT INTO barcodes (code, product_id) VALUES (?, ?)');
    move.run(1, 5);
    move.run(1, -2);
    move.run(2, 1);
    barcode.run('690', 1);
    barcode.run('691', 1);
    migrate(db, MIGRATIONS.slice(0, version));
    const onHand = () => db.prepare('SELECT sku, on_hand FROM products ORDER BY id').raw().all();
    const barcodes = () =>
      (
        db.prepare('SELECT sku, barcodes FROM products ORDER BY id').raw().all() as [string, string | null][]
      ).map(([sku, joined]) => [sku, joined?.split('\u001f').sort() ?? null]);
    expect(barcodes()).toEqual([
      ['A', ['690', '691']],
      ['B', null],
      ['C', null],
    ]);
    barcode.run('692', 2);
    db.prepare(`DELETE FROM barcodes WHERE code = '690'`).run();
    db.prepare(`UPDATE barcodes SET product_id = 3 WHERE code = '691'`).run();
    expect(barcodes()).toEqual([
      ['A', null],
      ['B', ['692']],
      ['C', ['691']],
    ]);
    // A: 5 − 2 = 3; B: 1; C: no movement, 0
    expect(onHand()).toEqual([
      ['A', 3],
      ['B', 1],
      ['C', 0],
    ]);
    move.run(3, 4);
    move.run(1, -3);
    db.prepare('UPDATE stock_movements SET quantity = 2 WHERE id = 3').run();
    db.prepare('UPDATE stock_movements SET product_id = 2 WHERE id = 4').run();
    db.prepare('DELETE FROM stock_movements WHERE id = 5').run();
    // A: 5 − 2 = 3 (its −3 deleted); B: 2 + 4 = 6 (its 1 made 2, C's 4 moved to it); C: 0
    expect(onHand()).toEqual([
      ['A', 3],
      ['B', 6],
      ['C', 0],
    ]);
  });

  it('0018 keeps signed closures numbered without gaps, never changed, one per month or year', () => {
    const db = migratedTo(MIGRATIONS.indexOf(migration0018) + 1);
    const insert = db.prepare(
      `INSERT INTO closures (closure_no, kind, period, z_no, created_at, head_seq, head_hash, perpetual, payload,
                             signature, key_id, journal_seq)
       VALUES (?, ?, ?, ?, '', 5, 'h', '{}', '{}', 's', 'k', ?)`,
    );
    insert.run(1, 'day', '2026-11-30', 1, 6);
    insert.run(2, 'day', '2026-11-30', 2, 7);
    insert.run(3, 'month', '2026-11', null, 8);
    expect(() => insert.run(5, 'year', '2026', null, 9)).toThrow(/without gaps/);
    expect(() => insert.run(4, 'month', '2026-11', null, 9)).toThrow(/UNIQUE/);
    expect(() => insert.run(4, 'day', '2026-12-01', null, 9)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE closures SET signature = 'x'`)).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM closures')).toThrow(/append-only/);
  });
});
