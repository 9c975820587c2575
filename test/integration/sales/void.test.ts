import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const count = (s: Shop, table: string): number =>
  s.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** A member's sale of the bangle and two towels, with old gold, points, store credit, card and cash. */
function bigSale(s: Shop) {
  const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
  s.ok('office', 'customers.adjustCredit', { id: member.id, amountFen: 5_000, reason: '充值' });
  s.sell({ customerId: member.id, lines: [s.line.towel()] }, [cash(3_900)]);
  const before = s.ok('till', 'customers.get', { id: member.id });
  const sale = s.sell(
    {
      customerId: member.id,
      lines: [
        s.line.bangle(),
        s.line.towel(2),
        {
          kind: 'tradeIn',
          purity: 'Au999',
          weightMg: 5_000,
          buyBackFenPerGram: RATES.Au999.buyBack,
          description: '旧戒指',
        },
      ],
    },
    [
      { method: 'points', points: 39 },
      { method: 'storeCredit', amountFen: 5_000 },
      { method: 'bankCard', amountFen: 500_000, reference: '000777', last4: '1234' },
      cash(1_000_000),
    ],
  );
  return { member, before, sale };
}

describe('voiding a committed sale the same day (当日作废)', () => {
  it('reverses stock, scrap gold, points, credit and every payment with new rows; nothing is deleted', () => {
    const s = open();
    const { member, before, sale } = bigSale(s);
    const rows = {
      lines: count(s, 'sale_lines'),
      payments: count(s, 'sale_payments'),
      stock: count(s, 'stock_movements'),
    };
    const voided = s.ok('office', 'sales.void', { receiptNo: sale.receiptNo, reason: '顾客改变主意' });
    expect(voided).toMatchObject({
      state: 'voided',
      voided: { by: { id: s.ids.wang }, approver: null, reason: '顾客改变主意' },
      totalFen: sale.totalFen,
    });
    expect(s.onHand('bangle')).toBe(1);
    expect(s.onHand('towel')).toBe(10 - 1);
    expect(s.ok('till', 'customers.get', { id: member.id })).toMatchObject({
      points: before.points,
      storeCreditFen: before.storeCreditFen,
    });
    const scrap = s.core.db.prepare('SELECT sum(weight_mg) FROM scrap_gold_movements').pluck().get();
    expect(scrap).toBe(0);
    const paid = s.core.db
      .prepare('SELECT method, sum(amount_fen) AS net FROM sale_payments WHERE sale_id = ? GROUP BY method')
      .all(s.core.db.prepare('SELECT id FROM sales WHERE receipt_no = ?').pluck().get(sale.receiptNo));
    expect(paid.every((p) => (p as { net: number }).net === 0)).toBe(true);
    expect(count(s, 'sale_lines')).toBe(rows.lines);
    expect(count(s, 'sale_payments')).toBe(rows.payments + sale.payments.length);
    // two goods, each sold out of its place (−) into SOLD (+): the void reverses those four rows by new ones
    expect(count(s, 'stock_movements')).toBe(rows.stock + 4);
    expect(
      s.core.db
        .prepare(
          `SELECT count(*) FROM stock_movements v JOIN stock_movements m ON m.id = v.reverses_id
           WHERE v.reason = 'void' AND v.quantity = -m.quantity AND v.place_id = m.place_id`,
        )
        .pluck()
        .get(),
    ).toBe(4);
    const [row] = s.journal('sale.voided');
    expect(row).toMatchObject({ actor_id: s.ids.wang });
    expect(row?.payload).toMatchObject({ receiptNo: sale.receiptNo, reason: '顾客改变主意' });
    expect(() => s.core.db.prepare('DELETE FROM sales').run()).toThrow(/never deleted/);
  });

  it('is a manager’s: a cashier needs an approval, and both are journaled', () => {
    const s = open();
    const sale = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    const input = { receiptNo: sale.receiptNo, reason: '收银录错' };
    expect(s.call('till', 'sales.void', input)).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'sales.void' } },
    });
    const { approvalId } = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'sales.void',
      input,
    });
    expect(s.ok('till', 'sales.void', input, approvalId).voided).toMatchObject({
      by: { id: s.ids.zhang },
      approver: { id: s.ids.wang },
    });
    expect(s.journal('sale.voided')[0]).toMatchObject({ actor_id: s.ids.zhang, approver_id: s.ids.wang });
  });

  it('happens once, on the sale’s business day only, and not after its points were spent', () => {
    const s = open();
    const first = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('office', 'sales.void', { receiptNo: first.receiptNo, reason: '作废' });
    expect(s.call('office', 'sales.void', { receiptNo: first.receiptNo, reason: '作废' })).toMatchObject({
      error: { code: 'SALE_ALREADY_VOIDED' },
    });

    const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const earning = s.sell({ customerId: member.id, lines: [s.line.jade()] }, [cash(38_000)]);
    s.sell({ customerId: member.id, lines: [s.line.towel()] }, [
      { method: 'points', points: 300 },
      cash(3_600),
    ]);
    expect(s.call('office', 'sales.void', { receiptNo: earning.receiptNo, reason: '作废' })).toMatchObject({
      error: { code: 'VOID_POINTS_SPENT' },
    });

    const yesterday = s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.clock.advance(24 * 3600_000);
    s.ok('office', 'auth.login', { staffId: s.ids.wang, pin: '888888' });
    expect(s.call('office', 'sales.void', { receiptNo: yesterday.receiptNo, reason: '作废' })).toMatchObject({
      error: { code: 'SALE_VOID_DAY_CLOSED', details: { businessDay: yesterday.businessDay } },
    });
  });
});
