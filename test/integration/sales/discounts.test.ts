import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CartInput } from '../../../shared/contract/sales';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

/** 和田玉平安扣 at ￥380 with `bp` off the line. */
const jadeOff = (s: Shop, bp: number): CartInput => ({
  lines: [{ ...s.line.jade(), discount: { kind: 'percent', bp }, reason: '老顾客' }],
});

function approve(s: Shop, approverId: number, pin: string, input: unknown): string {
  return s.ok('till', 'auth.approve', { approverId, pin, channel: 'sales.commit', input }).approvalId;
}

describe('discounts and price overrides beyond the cashier’s limit', () => {
  it('go through within the limit, with the discount and its reason journaled', () => {
    const s = open();
    const sale = s.sell(jadeOff(s, 500), [cash(36_100)]);
    expect(sale).toMatchObject({ totalFen: 36_100, lineDiscountFen: 1_900, approver: null });
    const [row] = s.journal('sale.committed');
    expect(row?.payload).toMatchObject({
      deepestDiscountBp: 500,
      discountLimitBp: 500,
      discounts: [{ line: 1, discount: { kind: 'percent', bp: 500 }, amountFen: 1_900, reason: '老顾客' }],
    });
  });

  it('need a manager’s approval of that exact sale; both identities are journaled', () => {
    const s = open();
    const input = { saleId: randomUUID(), cart: jadeOff(s, 1_000), tenders: [cash(34_200)] };
    const quote = s.ok('till', 'sales.quote', { cart: input.cart });
    expect(quote).toMatchObject({ deepestDiscountBp: 1_000, discountLimitBp: 500, approvalRequired: true });
    expect(s.commit(input.cart, input.tenders, { saleId: input.saleId })).toMatchObject({
      ok: false,
      error: {
        code: 'MANAGER_APPROVAL_REQUIRED',
        details: {
          channel: 'sales.commit',
          permission: 'sales.discountBeyondLimit',
          discountBp: 1_000,
          limitBp: 500,
        },
      },
    });
    expect(s.core.db.prepare('SELECT count(*) FROM receipt_counters').pluck().get()).toBe(0);

    const approvalId = approve(s, s.ids.wang, '888888', input);
    const committed = s.commit(input.cart, input.tenders, { saleId: input.saleId, approvalId });
    if (!committed.ok) throw new Error(committed.error.code);
    expect(s.ok('till', 'sales.get', { receiptNo: committed.value.receiptNo }).approver).toEqual({
      id: s.ids.wang,
      name: '王经理',
    });
    const [row] = s.journal('sale.committed');
    expect(row).toMatchObject({ actor_id: s.ids.zhang, approver_id: s.ids.wang });
    expect(s.journal('override.granted')).toHaveLength(1);
    // the approval was used up
    expect(s.commit(input.cart, input.tenders, { saleId: randomUUID(), approvalId })).toMatchObject({
      error: { code: 'APPROVAL_INVALID' },
    });
  });

  it('are bound to the approved amount: a deeper discount is not covered by an approval of a smaller one', () => {
    const s = open();
    const approved = { saleId: randomUUID(), cart: jadeOff(s, 1_000), tenders: [cash(34_200)] };
    const approvalId = approve(s, s.ids.wang, '888888', approved);
    expect(
      s.commit(jadeOff(s, 1_500), [cash(32_300)], { saleId: approved.saleId, approvalId }),
    ).toMatchObject({ error: { code: 'APPROVAL_INVALID' } });
  });

  it('beyond the manager’s own limit too, need an approver whose limit covers it', () => {
    const s = open();
    const input = { saleId: randomUUID(), cart: jadeOff(s, 3_000), tenders: [cash(26_600)] };
    const byManager = approve(s, s.ids.wang, '888888', input);
    expect(
      s.commit(input.cart, input.tenders, { saleId: input.saleId, approvalId: byManager }),
    ).toMatchObject({
      error: { code: 'APPROVER_NOT_ALLOWED', details: { name: '王经理' } },
    });
    const byAdmin = approve(s, s.ids.admin, '123456', input);
    const committed = s.commit(input.cart, input.tenders, { saleId: input.saleId, approvalId: byAdmin });
    if (!committed.ok) throw new Error(committed.error.code);
    expect(s.journal('sale.committed')[0]).toMatchObject({ actor_id: s.ids.zhang, approver_id: s.ids.admin });
  });

  it('count price overrides and the order discount, but not the member tier’s discount', () => {
    const s = open();
    const override: CartInput = {
      lines: [{ ...s.line.towel(2), priceOverrideFen: 3_000, reason: '包装破损' }],
    };
    expect(s.commit(override, [cash(6_000)])).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { discountBp: 2_308 } },
    });
    const order: CartInput = {
      lines: [s.line.jade()],
      orderDiscount: { kind: 'amount', fen: 3_800 },
      orderDiscountReason: '店庆',
    };
    expect(s.commit(order, [cash(34_200)])).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { discountBp: 1_000 } },
    });
    const member = s.ok('till', 'customers.register', { phone: '13912345678', name: '王先生' });
    s.ok('office', 'customers.setTier', { id: member.id, tierId: 3 });
    expect(s.sell({ customerId: member.id, ...jadeOff(s, 500) }, [cash(40_000)])).toMatchObject({
      lineDiscountFen: 1_900,
      memberDiscountFen: 1_805,
      totalFen: 34_295,
    });
  });

  it('need a reason, and cannot exceed the price', () => {
    const s = open();
    expect(
      s.call('till', 'sales.quote', {
        cart: { lines: [{ ...s.line.jade(), discount: { kind: 'percent', bp: 100 } }] },
      }),
    ).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(
      s.call('till', 'sales.quote', {
        cart: { lines: [{ ...s.line.jade(), discount: { kind: 'amount', fen: 38_001 }, reason: '赠品' }] },
      }),
    ).toMatchObject({ error: { code: 'DISCOUNT_EXCEEDS_PRICE', details: { line: 1 } } });
    expect(
      s.call('till', 'sales.quote', {
        cart: { lines: [{ ...s.line.bangle(), priceOverrideFen: 1, reason: 'x' }] },
      }),
    ).toMatchObject({ error: { code: 'PRICE_OVERRIDE_WEIGHED' } });
  });
});
