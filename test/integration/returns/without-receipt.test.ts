import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const jadeBack = (s: Shop) => ({
  productId: s.products.jade,
  tagIntact: true,
  reason: 'gift' as const,
  decision: 'restock' as const,
});

describe('a return without a receipt', () => {
  it('is a manager’s: a cashier’s needs approval, and it goes to the member’s store credit at today’s price', () => {
    const s = (shop = openShop());
    const customer = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const input = {
      returnId: randomUUID(),
      customerId: customer.id,
      lines: [jadeBack(s)],
      reason: '礼品，无小票',
    };
    expect(s.call('till', 'returns.withoutReceipt', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'returns.noReceipt' } },
    });
    const { approvalId } = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'returns.withoutReceipt',
      input,
    });
    const onHand = s.onHand('jade');
    // the jade's price today, 38 000, as store credit
    const done = s.ok('till', 'returns.withoutReceipt', input, approvalId);
    expect(done).toMatchObject({
      returnNo: 'T01-R000001',
      refundAs: 'storeCredit',
      refundFen: 38_000,
      lines: [{ rule: 'refund', amountFen: 38_000 }],
      approver: { id: s.ids.wang },
    });
    expect(s.ok('till', 'customers.get', { id: customer.id }).storeCreditFen).toBe(38_000);
    expect(s.onHand('jade')).toBe(onHand + 1);
    expect(s.journal('return.withoutReceipt')[0]).toMatchObject({
      actor_id: s.ids.zhang,
      approver_id: s.ids.wang,
      payload: { refundAs: 'storeCredit', refundFen: 38_000, reason: '礼品，无小票' },
    });
  });

  it('pays cash only with the permission for it, out of the drawer, and buys weighed gold back at today’s rate', () => {
    const s = (shop = openShop());
    // 1.000 g of 18K at today's buy-back ￥420.00/g, no deduction or loss: 1 × 42 000 = 42 000
    const pendant = {
      productId: s.products.pendant,
      weightMg: 1_000,
      tagIntact: false,
      reason: 'other' as const,
      reasonText: '旧款',
      decision: 'writeOff' as const,
    };
    const done = s.ok('office', 'returns.withoutReceipt', {
      returnId: randomUUID(),
      lines: [pendant],
      refundAs: 'cash',
      reason: '顾客遗失小票',
    });
    expect(done).toMatchObject({
      refundFen: 42_000,
      lines: [{ rule: 'buyBack', amountFen: 42_000 }],
    });
    expect(RATES.Au750.buyBack).toBe(42_000);
    // the drawer: the 50 000 float and a 3 900 towel, less the 42 000 paid out = 11 900
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(s.ok('office', 'shifts.xReport', {}).report.cash).toMatchObject({
      refundedFen: 42_000,
      expectedFen: 11_900,
    });
    expect(
      s.call('office', 'returns.withoutReceipt', {
        returnId: randomUUID(),
        lines: [jadeBack(s)],
        refundAs: 'storeCredit',
        reason: '无小票',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CUSTOMER_REQUIRED' } });
  });
});
