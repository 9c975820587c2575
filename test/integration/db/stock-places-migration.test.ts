import { describe, expect, it } from 'vitest';
import { migration0019 } from '../../../electron/core/db/migrations/0019_stock_places';
import { databaseBefore } from '../../helpers/migration';

// A till's history written as the code before places wrote it: receipts, sales, a void, returns with and
// without a receipt, each decision. The rows are inserted directly, with the least of the sales, shift and
// staff they name.
describe('0019 stock places', () => {
  it('puts the history in the stockroom, mirrors what was sold into SOLD, and keeps on hand', () => {
    const { db, apply } = databaseBefore(migration0019);
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_at, updated_at)
        VALUES (2, '张三', 'cashier', 'h', 's', '', '');
      INSERT INTO shifts (id, terminal_id, business_day, opened_at, opened_by, holder_id, float_fen)
        VALUES (1, 'T01', '2026-11-20', '', 2, 2, 0);
    `);
    const sale = db.prepare(
      `INSERT INTO sales (id, client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
         subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen, total_fen, change_fen,
         points_earned, points_redeemed, shift_id)
       VALUES (?, ?, 'h', ?, 'T01', '2026-11-20', '', 2, 100, 0, 0, 0, 0, 100, 0, 0, 0, 1)`,
    );
    const saleLine = db.prepare(
      `INSERT INTO sale_lines (sale_id, line_no, kind, product_id, name, quantity, list_fen, gross_fen,
         line_discount_fen, member_discount_fen, order_discount_fen, net_fen)
       VALUES (?, 1, 'fixed', ?, '品', ?, 100, 100, 0, 0, 0, 100)`,
    );
    const product = db.prepare(
      `INSERT INTO products (id, sku, name, kind, price_fen, serialized, created_at, updated_at)
       VALUES (?, ?, ?, 'fixed', 100, ?, '', '')`,
    );
    product.run(1, 'A', '青花瓷瓶', 1);
    product.run(2, 'B', '纯棉毛巾', 0);
    product.run(3, 'C', '和田玉平安扣', 0);
    sale.run(11, 's1', 'S1');
    saleLine.run(11, 1, 1);
    sale.run(12, 's2', 'S2');
    saleLine.run(12, 2, 4);
    const move = db.prepare(
      `INSERT INTO stock_movements (product_id, quantity, reason, reference, at) VALUES (?, ?, ?, ?, '2026-11-20T02:00:00.000Z')`,
    );
    const ret = db.prepare(
      `INSERT INTO returns (id, client_id, request_hash, return_no, terminal_id, business_day, committed_at, shift_id,
         cashier_id, sale_id, refund_fen, points_taken, points_restored, points_debt, answer)
       VALUES (?, ?, 'h', ?, 'T01', '2026-11-21', '2026-11-21T03:00:00.000Z', 1, 2, ?, 0, 0, 0, 0, '{}')`,
    );
    const line = db.prepare(
      `INSERT INTO return_lines (return_id, line_no, sale_id, sale_line_no, product_id, name, quantity, rule, value_fen,
         amount_fen, tag_intact, reason_code, decision)
       VALUES (?, 1, ?, ?, ?, '品', ?, 'refund', 0, 0, 1, 'quality', ?)`,
    );
    // A: received, sold (S1), returned to stock (R1)
    move.run(1, 1, 'receipt', null);
    move.run(1, -1, 'sale', 'S1');
    ret.run(1, 'r1', 'R1', 11);
    line.run(1, 11, 1, 1, 1, 'restock');
    move.run(1, 1, 'return', 'R1');
    // B: 10 received; 4 sold (S2), 3 sold (S3) and voided; of S2, 1 restocked (R2) and 2 written off (R3)
    move.run(2, 10, 'receipt', null);
    move.run(2, -4, 'sale', 'S2');
    move.run(2, -3, 'sale', 'S3');
    move.run(2, 3, 'void', 'S3');
    ret.run(2, 'r2', 'R2', 12);
    line.run(2, 12, 1, 2, 1, 'restock');
    move.run(2, 1, 'return', 'R2');
    ret.run(3, 'r3', 'R3', 12);
    line.run(3, 12, 1, 2, 2, 'writeOff');
    // C: 3 received, 2 sold (S4); 3 brought back without a receipt for repair (R4)
    move.run(3, 3, 'receipt', null);
    move.run(3, -2, 'sale', 'S4');
    ret.run(4, 'r4', 'R4', null);
    line.run(4, null, null, 3, 3, 'repair');
    // B: 2 more brought back without a receipt, to stock (R5)
    ret.run(5, 'r5', 'R5', null);
    line.run(5, null, null, 2, 2, 'restock');
    move.run(2, 2, 'return', 'R5');
    const onHand = () => db.prepare('SELECT id, on_hand FROM products ORDER BY id').raw().all();
    // A: 1 − 1 + 1 = 1; B: 10 − 4 − 3 + 3 + 1 + 2 = 9; C: 3 − 2 = 1
    expect(onHand()).toEqual([
      [1, 1],
      [2, 9],
      [3, 1],
    ]);
    apply();

    expect(onHand()).toEqual([
      [1, 1],
      [2, 9],
      [3, 1],
    ]);
    const levels = () =>
      db
        .prepare('SELECT product_id, place_id, quantity FROM stock_levels WHERE quantity <> 0 ORDER BY 1, 2')
        .raw()
        .all();
    // A: in the stockroom, SOLD 1 − 1 = 0.
    // B: stockroom 9; SOLD 4 + 3 − 3 − 1 (R2) − 2 (R3) = 1, less R5's 2 bounded by that 1 → 0; written off 2.
    // C: stockroom 1; SOLD 2 − min(3, 2) = 0; the repair desk 3.
    expect(levels()).toEqual([
      [1, 1, 1],
      [2, 1, 9],
      [2, 6, 2],
      [3, 1, 1],
      [3, 3, 3],
    ]);
    // the levels are the movements' sums, place by place
    expect(
      db
        .prepare(
          `SELECT product_id, place_id, sum(quantity) FROM stock_movements GROUP BY 1, 2 HAVING sum(quantity) <> 0
           ORDER BY 1, 2`,
        )
        .raw()
        .all(),
    ).toEqual(levels());
    // SOLD's rows: the sales' and voids' mirrors, then the returns' takings
    expect(
      db
        .prepare(
          `SELECT product_id, quantity, reason, reference FROM stock_movements WHERE place_id = 4 ORDER BY id`,
        )
        .raw()
        .all(),
    ).toEqual([
      [1, 1, 'sale', 'S1'],
      [2, 4, 'sale', 'S2'],
      [2, 3, 'sale', 'S3'],
      [2, -3, 'void', 'S3'],
      [3, 2, 'sale', 'S4'],
      [1, -1, 'return', 'R1'],
      [2, -1, 'return', 'R2'],
      [2, -2, 'return', 'R3'],
      [3, -2, 'return', 'R4'],
      [2, -1, 'return', 'R5'],
    ]);

    // new rows keep the levels and on hand: SOLD and the repair desk are not on hand
    const insert = db.prepare(
      `INSERT INTO stock_movements (product_id, quantity, reason, at, place_id) VALUES (?, ?, 'transfer', '', ?)`,
    );
    insert.run(2, -5, 1);
    insert.run(2, 5, 2);
    insert.run(3, -3, 3);
    insert.run(3, 3, 1);
    expect(onHand()).toEqual([
      [1, 1],
      [2, 9],
      [3, 4],
    ]);
    expect(
      db.prepare('SELECT quantity FROM stock_levels WHERE product_id = 2 AND place_id = 2').pluck().get(),
    ).toBe(5);
    expect(() => db.prepare('UPDATE stock_movements SET quantity = 2 WHERE id = 1').run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM stock_movements WHERE id = 1').run()).toThrow(/append-only/);
    expect(() => insert.run(1, 1, 99)).toThrow(/FOREIGN KEY/);
    const indexes = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stock_movements' ORDER BY name`,
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      'stock_movements_product',
      'stock_movements_reference',
      'stock_movements_reversal',
    ]);
    // a tray belongs to a counter
    expect(() =>
      db
        .prepare(`INSERT INTO stock_places (code, name, kind, created_at) VALUES ('T', '托盘', 'tray', '')`)
        .run(),
    ).toThrow(/CHECK/);
  });
});
