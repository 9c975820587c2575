import { afterEach, describe, expect, it } from 'vitest';
import { giveBack, intact, returned } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const references = [
  { method: 'bankCard' as const, reference: 'RF000101' },
  { method: 'wechat' as const, reference: '4200009876202611230001' },
];
const byMethod = (refunds: { method: string; amountFen: number }[]) =>
  Object.fromEntries(refunds.map((r) => [r.method, r.amountFen]));

describe('refunds to the tenders that paid', () => {
  it('split in proportion over three partial returns, never more than each tender paid', () => {
    const s = (shop = openShop());
    // three towels (3 × 3 900 = 11 700) and the jade (38 000): 49 700, paid
    // cash 19 700 + card 10 000 + WeChat 20 000
    const { receiptNo } = s.sell({ lines: [s.line.towel(3), s.line.jade()] }, [
      { method: 'bankCard', amountFen: 10_000, reference: 'SL001', last4: '1234' },
      { method: 'wechat', amountFen: 20_000, reference: '4200001234202611230001' },
      cash(19_700),
    ]);

    // 1) one towel, 3 900 over 19 700 / 10 000 / 20 000 of 49 700:
    //    cash 1 545.87, card 784.71, WeChat 1 569.41 → floors 1 545 + 784 + 1 569 = 3 898; the two fen left go to
    //    the largest remainders, cash (.87) and card (.71): 1 546 / 785 / 1 569
    const first = returned(s, receiptNo, [intact(1, { quantity: 1 })], { references });
    expect(byMethod(first.refunds)).toEqual({ cash: 1_546, bankCard: 785, wechat: 1_569 });
    expect(first.refundFen).toBe(3_900);

    // 2) the two other towels, 7 800 over what is left, 18 154 / 9 215 / 18 431 of 45 800:
    //    cash 3 091.73, card 1 569.37, WeChat 3 138.90 → 3 091 + 1 569 + 3 138 = 7 798; WeChat (.90) and cash (.73)
    //    take the two fen: 3 092 / 1 569 / 3 139
    const second = returned(s, receiptNo, [intact(1, { quantity: 2 })], { references });
    expect(byMethod(second.refunds)).toEqual({ cash: 3_092, bankCard: 1_569, wechat: 3_139 });

    // 3) the jade, 38 000: exactly what is left, 15 062 / 7 646 / 15 292
    const third = returned(s, receiptNo, [intact(2)], { references });
    expect(byMethod(third.refunds)).toEqual({ cash: 15_062, bankCard: 7_646, wechat: 15_292 });

    // summed, each tender got back exactly what it paid: 1 546 + 3 092 + 15 062 = 19 700 …
    expect(s.ok('till', 'returns.find', { receiptNo }).payments).toEqual([
      { method: 'cash', paidFen: 19_700, refundedFen: 19_700 },
      { method: 'bankCard', paidFen: 10_000, refundedFen: 10_000 },
      { method: 'wechat', paidFen: 20_000, refundedFen: 20_000 },
    ]);
    expect(giveBack(s, receiptNo, [intact(2)], { references })).toMatchObject({
      ok: false,
      error: { code: 'RETURN_QUANTITY_EXCEEDS', details: { returnable: 0 } },
    });
  });

  it('needs the card terminal’s refund reference, and a retry answers the same return', () => {
    const s = (shop = openShop());
    const { receiptNo } = s.sell({ lines: [s.line.jade()] }, [
      { method: 'bankCard', amountFen: 38_000, reference: 'SL002', last4: '4321' },
    ]);
    expect(giveBack(s, receiptNo, [intact(1)])).toMatchObject({
      ok: false,
      error: { code: 'RETURN_REFERENCE_REQUIRED' },
    });
    const input = {
      returnId: '0193a7c0-0000-7000-8000-000000000001',
      receiptNo,
      lines: [intact(1)],
      references: [{ method: 'bankCard' as const, reference: 'RF000202' }],
    };
    const done = s.ok('till', 'returns.commit', input);
    expect(s.ok('till', 'returns.commit', input)).toEqual(done);
    expect(s.call('till', 'returns.commit', { ...input, note: '另一次' })).toMatchObject({
      ok: false,
      error: { code: 'RETURN_ID_REUSED', details: { returnNo: done.returnNo } },
    });
    expect(s.journal('return.committed')[0]?.payload).toMatchObject({
      refunds: [{ method: 'bankCard', amountFen: 38_000, reference: 'RF000202' }],
    });
  });

  it('pays a trade-in’s share back in cash', () => {
    const s = (shop = openShop());
    s.ok('admin', 'sales.saveSettings', {
      ...s.ok('admin', 'sales.settings', {}),
      tradeInDeductionFenPerGram: 0,
      tradeInLossBp: 0,
    });
    // the jade (38 000) less 0.1 g of old Au999 at ￥560.00/g (5 600) = 32 400, paid by WeChat
    const ring = {
      kind: 'tradeIn' as const,
      purity: 'Au999' as const,
      weightMg: 100,
      buyBackFenPerGram: 56_000,
      description: '旧戒指',
    };
    const { receiptNo } = s.sell({ lines: [s.line.jade(), ring] }, [
      { method: 'wechat', amountFen: 32_400, reference: '4200001234202611230002' },
    ]);
    const done = returned(s, receiptNo, [intact(1)], { references });
    expect(done.refunds).toMatchObject([
      { method: 'wechat', pool: 'wechat', amountFen: 32_400 },
      { method: 'cash', pool: 'tradeIn', amountFen: 5_600 },
    ]);
  });

  it('goes to the member’s store credit when they choose it, counted against the tender it came from', () => {
    const s = (shop = openShop());
    const customer = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const { receiptNo } = s.sell({ customerId: customer.id, lines: [s.line.jade()] }, [
      { method: 'wechat', amountFen: 38_000, reference: '4200001234202611230003' },
    ]);
    // no WeChat refund is made, so no reference is asked for
    const done = returned(s, receiptNo, [intact(1)], { refundAs: 'storeCredit' });
    expect(done.refunds).toEqual([
      { method: 'storeCredit', pool: 'wechat', amountFen: 38_000, points: null },
    ]);
    expect(s.ok('till', 'customers.get', { id: customer.id }).storeCreditFen).toBe(38_000);
    expect(s.ok('till', 'returns.find', { receiptNo }).payments).toEqual([
      { method: 'wechat', paidFen: 38_000, refundedFen: 38_000 },
    ]);
    const anonymous = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]).receiptNo;
    expect(giveBack(s, anonymous, [intact(1)], { refundAs: 'storeCredit' })).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_REQUIRED' },
    });
  });
});
