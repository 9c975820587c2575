import { afterEach, describe, expect, it } from 'vitest';
import { afterCommit, cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const card = (amountFen: number) => ({
  method: 'bankCard' as const,
  amountFen,
  reference: '000123',
  last4: '6789',
});

describe('tenders', () => {
  it('split across card, WeChat Pay and cash, with change from the cash only', () => {
    const s = open();
    // 和田玉平安扣 ×3 = ￥1,140.00
    const sale = s.sell({ lines: [s.line.jade(3)] }, [
      card(50_000),
      { method: 'wechat', amountFen: 40_000, reference: '4200001234202611230001' },
      cash(30_000),
    ]);
    expect(sale.payments).toEqual([
      {
        method: 'bankCard',
        amountFen: 50_000,
        tenderedFen: null,
        reference: '000123',
        cardLast4: '6789',
        points: null,
      },
      {
        method: 'wechat',
        amountFen: 40_000,
        tenderedFen: null,
        reference: '4200001234202611230001',
        cardLast4: null,
        points: null,
      },
      {
        method: 'cash',
        amountFen: 24_000,
        tenderedFen: 30_000,
        reference: null,
        cardLast4: null,
        points: null,
      },
    ]);
    expect(sale.changeFen).toBe(6_000);
  });

  it('commit nothing until they cover the total, and let only cash exceed it', async () => {
    const s = open();
    const cart = { lines: [s.line.jade()] };
    expect(s.commit(cart, [card(20_000), cash(10_000)])).toMatchObject({
      error: { code: 'TENDERS_SHORT', details: { shortFen: 8_000, short: '￥80.00' } },
    });
    expect(
      s.commit(cart, [{ method: 'alipay', amountFen: 40_000, reference: '2026112322001' }]),
    ).toMatchObject({
      error: { code: 'TENDERS_EXCEED_TOTAL' },
    });
    expect(s.commit(cart, [card(38_000), cash(100)])).toMatchObject({
      error: { code: 'TENDERS_EXCEED_TOTAL' },
    });
    expect(s.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(0);
    // nothing was committed, so nothing is printed either
    await afterCommit();
    expect(s.core.db.prepare('SELECT count(*) FROM print_jobs').pluck().get()).toBe(0);
  });

  it('never take a card number: 12 or more digits in a card reference are refused before anything runs', () => {
    const s = open();
    for (const reference of ['6222021234567890123', '6222 0212 3456 7890']) {
      expect(s.commit({ lines: [s.line.jade()] }, [{ ...card(38_000), reference }])).toMatchObject({
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(s.commit({ lines: [s.line.jade()] }, [{ ...card(38_000), last4: '67890' }])).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(() =>
      s.core.db
        .prepare(
          `INSERT INTO sale_payments (sale_id, payment_no, method, amount_fen, reference, at)
           VALUES (1, 1, 'bankCard', 1, 'x6222021234567890', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });
});

describe('members at the till', () => {
  it('earn points on what they paid, redeem points as a tender, and spend store credit', () => {
    const s = open();
    const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const first = s.sell({ customerId: member.id, lines: [s.line.jade()] }, [cash(38_000)]);
    expect(first.pointsEarned).toBe(380);
    expect(s.ok('till', 'customers.get', { id: member.id }).points).toBe(380);

    s.ok('office', 'customers.adjustCredit', { id: member.id, amountFen: 10_000, reason: '退货转储值' });
    const second = s.sell({ customerId: member.id, lines: [s.line.jade()] }, [
      { method: 'points', points: 300 },
      { method: 'storeCredit', amountFen: 10_000 },
      cash(30_000),
    ]);
    expect(second.payments.map((p) => [p.method, p.amountFen])).toEqual([
      ['points', 300],
      ['storeCredit', 10_000],
      ['cash', 27_700],
    ]);
    // points are earned on the ￥277 paid in cash only
    expect(second).toMatchObject({ pointsRedeemed: 300, pointsEarned: 277, changeFen: 2_300 });
    expect(s.ok('till', 'customers.get', { id: member.id })).toMatchObject({
      points: 357,
      storeCreditFen: 0,
    });
  });

  it('cannot spend more points or credit than they hold, nor any without being attached', () => {
    const s = open();
    const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    expect(
      s.commit({ lines: [s.line.jade()] }, [{ method: 'points', points: 1 }, cash(38_000)]),
    ).toMatchObject({
      error: { code: 'CUSTOMER_REQUIRED' },
    });
    expect(
      s.commit({ customerId: member.id, lines: [s.line.jade()] }, [
        { method: 'points', points: 1 },
        cash(38_000),
      ]),
    ).toMatchObject({ error: { code: 'POINTS_INSUFFICIENT', details: { available: 0 } } });
    expect(
      s.commit({ customerId: member.id, lines: [s.line.jade()] }, [
        { method: 'storeCredit', amountFen: 1 },
        cash(38_000),
      ]),
    ).toMatchObject({ error: { code: 'STORE_CREDIT_INSUFFICIENT' } });
  });

  it('get their tier’s discount on goods at a fixed price, not on gold sold by weight', () => {
    const s = open();
    const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    s.ok('office', 'customers.setTier', { id: member.id, tierId: 3 });
    const quote = s.ok('till', 'sales.quote', {
      cart: { customerId: member.id, lines: [s.line.jade(), s.line.bangle()] },
    });
    expect(quote.lines.map((l) => l.memberDiscountFen)).toEqual([1_900, 0]);
    expect(quote).toMatchObject({ memberDiscountFen: 1_900, deepestDiscountBp: 0, approvalRequired: false });
  });
});

describe('old gold traded in (以旧换新)', () => {
  it('is a negative line at the day’s buy-back rate less deduction and loss, into the scrap-gold account', async () => {
    const s = open();
    s.ok('admin', 'sales.saveSettings', {
      ...s.ok('admin', 'sales.settings', {}),
      tradeInDeductionFenPerGram: 500,
      tradeInLossBp: 200,
    });
    // (10.250 g − 2% loss) = 10.045 g; × (￥560.00 − ￥5.00)/g = 557,497.5 fen, rounded half up to 557,498
    const value = 557_498;
    const tradeIn = {
      kind: 'tradeIn' as const,
      purity: 'Au999' as const,
      weightMg: 10_250,
      buyBackFenPerGram: RATES.Au999.buyBack,
      description: '旧项链',
    };
    const sale = s.sell({ lines: [s.line.bangle(), tradeIn] }, [cash(2_000_000)]);
    expect(sale.lines[1]).toMatchObject({
      kind: 'tradeIn',
      productId: null,
      name: '旧项链',
      goldRateFenPerGram: RATES.Au999.buyBack,
      tradeInTerms: { deductionFenPerGram: 500, lossBp: 200 },
      netFen: -value,
    });
    expect(sale.tradeInFen).toBe(value);
    // the bangle's 1,263,405 fen (20.150 g × ￥627.00/g, metal and labor) − 557,498 = 705,907 fen
    expect(sale.totalFen).toBe(705_907);
    expect(
      s.core.db.prepare('SELECT purity, weight_mg, value_fen, reason FROM scrap_gold_movements').all(),
    ).toEqual([{ purity: 'Au999', weight_mg: 10_250, value_fen: value, reason: 'tradeIn' }]);
    await afterCommit();
    const receipt = s.core.db
      .prepare(`SELECT data FROM print_jobs WHERE document_type = 'receipt'`)
      .pluck()
      .get() as string;
    expect(JSON.parse(receipt).tradeIns).toEqual([
      expect.objectContaining({ description: '旧项链', weightMg: 10_250, amountFen: value }),
    ]);
  });

  it('is refused at a stale buy-back rate, and when it is worth more than what is bought', () => {
    const s = open();
    const tradeIn = {
      kind: 'tradeIn' as const,
      purity: 'Au999' as const,
      weightMg: 100_000,
      buyBackFenPerGram: RATES.Au999.buyBack,
      description: '旧金条',
    };
    // 100 g at ￥560.00/g = ￥56,000.00 of old gold against the ￥380.00 jade: the customer is paid ￥55,620.00,
    // which needs the seller named (trade-in-payout.test.ts)
    expect(s.commit({ lines: [s.line.jade(), tradeIn] }, [cash(1)])).toMatchObject({
      error: {
        code: 'TRADE_IN_SELLER_REQUIRED',
        details: { tradeIn: '￥56,000.00', goods: '￥380.00', payout: '￥55,620.00' },
      },
    });
    expect(
      s.commit({ lines: [s.line.bangle(), { ...tradeIn, weightMg: 1_000, buyBackFenPerGram: 50_000 }] }, [
        cash(2_000_000),
      ]),
    ).toMatchObject({
      error: { code: 'GOLD_RATE_CHANGED', details: { line: 2, currentFenPerGram: 56_000 } },
    });
    expect(
      s.commit({ lines: [s.line.bangle(), { ...tradeIn, purity: 'Pt950', weightMg: 1_000 }] }, [
        cash(2_000_000),
      ]),
    ).toMatchObject({ error: { code: 'BUY_BACK_RATE_NOT_SET', details: { purity: 'Pt950' } } });
  });
});
