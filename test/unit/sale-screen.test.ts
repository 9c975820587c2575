import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GoldRate, Product } from '../../shared/contract/catalog';
import type { Tender } from '../../shared/contract/sales';
import { addLine, atRates, newProductLine } from '../../renderer/src/screens/sale/cart-lines';
import { discountFromValues, discountValues } from '../../renderer/src/screens/sale/discount-form';
import { discountText, parsePercent } from '../../renderer/src/screens/sale/discount-text';
import { paymentStatus, quickNotes } from '../../renderer/src/screens/sale/payment';

const rate = (purity: GoldRate['purity'], sell: number, buyBack: number | null): GoldRate => ({
  purity,
  sellFenPerGram: sell,
  buyBackFenPerGram: buyBack,
  businessDay: '2026-11-23',
  setAt: '2026-11-23T01:00:00.000Z',
  setBy: '王经理',
});

const product = (fields: Partial<Product>): Product => ({
  id: 7,
  sku: 'X',
  name: 'x',
  category: null,
  kind: 'fixed',
  priceFen: 1_000,
  purity: null,
  weightMg: null,
  laborFee: null,
  serialized: false,
  certificateNo: null,
  warrantyMonths: 0,
  barcodes: [],
  onHand: 1,
  ...fields,
});

describe('quick notes for cash', () => {
  it('round what is due up to ￥10, ￥50 and ￥100, then one ￥100 note more', () => {
    expect(quickNotes(123_456)).toEqual([124_000, 125_000, 130_000, 140_000]);
    expect(quickNotes(3_000)).toEqual([5_000, 10_000, 20_000]);
    expect(quickNotes(10_000)).toEqual([20_000]);
    expect(quickNotes(0)).toEqual([]);
  });

  it('are always above what is due, ascending, whole yuan, at most four', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e10 }), (due) => {
        const notes = quickNotes(due);
        expect(notes.length).toBeGreaterThan(0);
        expect(notes.length).toBeLessThanOrEqual(4);
        notes.forEach((fen, i) => {
          expect(fen).toBeGreaterThan(due);
          expect(fen % 1_000).toBe(0);
          if (i > 0) expect(fen).toBeGreaterThan(notes[i - 1] as number);
        });
      }),
    );
  });
});

describe('the payment panel’s status', () => {
  const cash = (amountFen: number): Tender => ({ method: 'cash', amountFen });
  const wechat = (amountFen: number): Tender => ({ method: 'wechat', amountFen, reference: 'WX1' });

  it('says what is still due, and the change once cash covers the rest', () => {
    expect(paymentStatus(10_000, [cash(5_000), wechat(3_000)], 1)).toEqual({
      tenderedFen: 8_000,
      dueFen: 2_000,
      cashDueFen: 2_000,
      roundingFen: 0,
      changeFen: 0,
      covered: false,
      overpaid: false,
    });
    expect(paymentStatus(10_000, [wechat(3_000), cash(10_000)], 1)).toMatchObject({
      dueFen: 0,
      changeFen: 3_000,
      covered: true,
    });
  });

  it('refuses a card or wallet beyond the total, and values points at the store’s rate', () => {
    expect(paymentStatus(10_000, [wechat(12_000)], 1)).toMatchObject({ covered: false, overpaid: true });
    expect(paymentStatus(10_000, [{ method: 'points', points: 500 }, cash(9_000)], 2)).toMatchObject({
      tenderedFen: 10_000,
      changeFen: 0,
      covered: true,
    });
  });
});

describe('discounts as typed', () => {
  it('parse percentages to basis points within (0, 100 %]', () => {
    expect(parsePercent('5')).toBe(500);
    expect(parsePercent('2.5')).toBe(250);
    expect(parsePercent(' 12.34 % ')).toBe(1_234);
    expect(parsePercent('100')).toBe(10_000);
    for (const bad of ['0', '100.01', '101', '1.234', 'abc', '']) expect(parsePercent(bad)).toBeNull();
  });

  it('show as the cashier typed them', () => {
    expect(discountText({ kind: 'percent', bp: 500 })).toBe('5%');
    expect(discountText({ kind: 'percent', bp: 250 })).toBe('2.5%');
    expect(discountText({ kind: 'percent', bp: 1_000 })).toBe('10%');
    expect(discountText({ kind: 'amount', fen: 2_000 })).toBe('￥20.00');
  });
});

describe('the discount fields', () => {
  it('give the discount typed, or none when the value is empty', () => {
    expect(discountFromValues({ discountKind: 'percent', percent: '12.5' })).toEqual({
      kind: 'percent',
      bp: 1_250,
    });
    expect(discountFromValues({ discountKind: 'amount', amount: '20.5' })).toEqual({
      kind: 'amount',
      fen: 2_050,
    });
    expect(discountFromValues({ discountKind: 'percent', percent: ' ', amount: '20' })).toBeNull();
    expect(discountFromValues({ discountKind: 'amount', amount: '' })).toBeNull();
  });

  it('show a discount already given as it was typed, and read it back the same', () => {
    for (const discount of [
      { kind: 'percent', bp: 1_250 },
      { kind: 'amount', fen: 2_050 },
    ] as const) {
      const values = discountValues(discount, '老顾客');
      expect(values.reason).toBe('老顾客');
      expect(discountFromValues(values)).toEqual(discount);
    }
    expect(discountValues(null, null)).toEqual({
      discountKind: 'percent',
      percent: '',
      amount: '',
      reason: '',
    });
  });
});

describe('cart lines', () => {
  const rates = [rate('Au999', 61_200, 56_000)];

  it('carry the day’s rate on a weighed item, or say the rate for its purity is not set', () => {
    const bangle = product({ kind: 'weighed', purity: 'Au999', weightMg: 20_150, priceFen: null });
    expect(newProductLine(bangle, rates)).toEqual({
      ok: true,
      line: { kind: 'product', productId: 7, quantity: 1, goldRateFenPerGram: 61_200 },
      needsWeight: false,
    });
    expect(newProductLine({ ...bangle, weightMg: null }, rates)).toMatchObject({ needsWeight: true });
    expect(newProductLine({ ...bangle, purity: 'Pt950' }, rates)).toEqual({
      ok: false,
      code: 'GOLD_RATE_NOT_SET',
      details: { purity: 'Pt950' },
    });
  });

  it('add one more of counted goods already in the cart, but a line of its own for a tagged piece', () => {
    const towel = product({ kind: 'quantity' });
    const line = { kind: 'product' as const, productId: 7, quantity: 1 };
    expect(addLine([{ ...line, quantity: 2 }], line, towel)).toEqual([{ ...line, quantity: 3 }]);
    const discounted = { ...line, discount: { kind: 'percent' as const, bp: 500 }, reason: '老顾客' };
    expect(addLine([discounted], line, towel)).toEqual([discounted, line]);
    expect(addLine([line], line, product({ serialized: true }))).toEqual([line, line]);
  });

  it('take the rates now in force for gold lines and trade-ins, leaving other lines alone', () => {
    const gold = { kind: 'product' as const, productId: 1, quantity: 1, goldRateFenPerGram: 60_000 };
    const vase = { kind: 'product' as const, productId: 2, quantity: 1 };
    const old = {
      kind: 'tradeIn' as const,
      purity: 'Au999' as const,
      weightMg: 5_000,
      buyBackFenPerGram: 55_000,
      description: '旧戒指',
    };
    expect(atRates([gold, vase, old], ['Au999', null, 'Au999'], rates)).toEqual([
      { ...gold, goldRateFenPerGram: 61_200 },
      vase,
      { ...old, buyBackFenPerGram: 56_000 },
    ]);
  });
});
