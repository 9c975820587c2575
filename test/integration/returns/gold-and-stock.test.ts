import { afterEach, describe, expect, it } from 'vitest';
import { giveBack, intact, returned, travel } from '../../helpers/returns';
import { cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

// The tagged bangle: 20.150 g of Au999 at ￥612.00/g with ￥15.00/g labor:
// 20.15 × (61 200 + 1 500) = 20.15 × 62 700 = 1 263 405 fen.
const BANGLE_FEN = 1_263_405;
const SOLD_AT = Date.parse('2026-11-23T02:00:00.000Z'); // 23 Nov 10:00 store time

function sellBangle(s: Shop): string {
  s.ok('admin', 'sales.saveSettings', {
    ...s.ok('admin', 'sales.settings', {}),
    tradeInDeductionFenPerGram: 500,
    tradeInLossBp: 200,
  });
  return s.sell({ lines: [s.line.bangle()] }, [cash(BANGLE_FEN)]).receiptNo;
}

describe('weighed gold brought back', () => {
  it('inside the window is refunded at what was paid, weighed within the QC tolerance', () => {
    const s = (shop = openShop());
    const receiptNo = sellBangle(s);
    travel(s, SOLD_AT + 3 * 86_400_000);
    // 20.140 g on the scale: 10 mg lost, the repair desk's tolerance for gold (−0.01 g) and no more
    const done = returned(s, receiptNo, [intact(1, { weightMg: 20_140 })]);
    expect(done).toMatchObject({
      lines: [
        { rule: 'refund', why: 'withinWindow', amountFen: BANGLE_FEN, weightDiffMg: -10, failures: [] },
      ],
      refunds: [{ method: 'cash', pool: 'cash', amountFen: BANGLE_FEN }],
      approvalReasons: [],
    });
  });

  it('outside the window is bought back at today’s buy-back rate less the deduction, paid in cash', () => {
    const s = (shop = openShop());
    const receiptNo = sellBangle(s);
    travel(s, SOLD_AT + 10 * 86_400_000);
    // today's rates: the buy-back of Au999 is ￥560.00/g
    s.ok('office', 'goldRates.set', {
      rates: [{ purity: 'Au999', sellFenPerGram: RATES.Au999.sell, buyBackFenPerGram: RATES.Au999.buyBack }],
    });
    // 20.140 g less 2 % melting loss = 19.7372 g, × (56 000 − 500) fen/g = 1 095 414.6 → 1 095 415 fen
    const quote = s.ok('till', 'returns.quote', { receiptNo, lines: [intact(1, { weightMg: 20_140 })] });
    expect(quote).toMatchObject({
      daysSinceSale: 10,
      lines: [
        {
          rule: 'buyBack',
          why: 'goldOutsideWindow',
          valueFen: BANGLE_FEN,
          amountFen: 1_095_415,
          buyBackFenPerGram: 56_000,
        },
      ],
      refunds: [{ method: 'cash', pool: null, amountFen: 1_095_415 }],
      refundFen: 1_095_415,
      approvalReasons: [],
    });
    expect(quote.lines[0]?.explanation).toContain('今日回收价');
    expect(returned(s, receiptNo, [intact(1, { weightMg: 20_140 })]).refundFen).toBe(1_095_415);
  });

  it('weighed beyond the tolerance, or with a broken tag, needs a manager', () => {
    const s = (shop = openShop());
    const receiptNo = sellBangle(s);
    // 20.100 g: 50 mg lost, beyond the 10 mg the tolerance allows
    const quote = s.ok('till', 'returns.quote', {
      receiptNo,
      lines: [intact(1, { weightMg: 20_100, tagIntact: false })],
    });
    expect(quote).toMatchObject({
      lines: [{ weightDiffMg: -50, failures: ['tagBroken', 'weightBeyondTolerance'] }],
      approvalReasons: ['tagBroken', 'weightBeyondTolerance'],
    });
    expect(giveBack(s, receiptNo, [intact(1)])).toMatchObject({
      ok: false,
      error: { code: 'RETURN_WEIGHT_REQUIRED' },
    });
  });
});

describe('a serialized piece', () => {
  it('is sellable again only once it goes back to stock', () => {
    const s = (shop = openShop());
    const receiptNo = sellBangle(s);
    expect(s.onHand('bangle')).toBe(0);
    returned(s, receiptNo, [intact(1, { weightMg: 20_150, decision: 'repair' })]);
    // at the repair desk, not on the shelf: it cannot be sold
    expect(s.onHand('bangle')).toBe(0);
    expect(s.commit({ lines: [s.line.bangle()] }, [cash(BANGLE_FEN)])).toMatchObject({
      ok: false,
      error: { code: 'PRODUCT_ALREADY_SOLD' },
    });
  });

  it('restocked, sells again', () => {
    const s = (shop = openShop());
    const receiptNo = sellBangle(s);
    returned(s, receiptNo, [intact(1, { weightMg: 20_150, decision: 'restock' })]);
    expect(s.onHand('bangle')).toBe(1);
    expect(s.commit({ lines: [s.line.bangle()] }, [cash(BANGLE_FEN)]).ok).toBe(true);
  });

  it('cannot be returned twice: the second of two returns quoted at once is refused, its number given back', () => {
    const s = (shop = openShop());
    const receiptNo = sellBangle(s);
    const line = intact(1, { weightMg: 20_150 });
    // both counters quote the last piece before either commits
    const quotes = ['till', 'till'].map((session) =>
      s.ok(session, 'returns.quote', { receiptNo, lines: [line] }),
    );
    expect(quotes.map((q) => q.refundFen)).toEqual([BANGLE_FEN, BANGLE_FEN]);
    expect(returned(s, receiptNo, [line]).returnNo).toBe('T01-R000001');
    expect(giveBack(s, receiptNo, [line])).toMatchObject({
      ok: false,
      error: { code: 'RETURN_QUANTITY_EXCEEDS', details: { returnable: 0 } },
    });
    expect(s.onHand('bangle')).toBe(1);
    expect(s.ok('till', 'returns.find', { receiptNo }).lines).toMatchObject([
      { lineNo: 1, returnedQuantity: 1, returnableQuantity: 0 },
    ]);
    // the refused return took no number: the next one is R000002
    const other = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]).receiptNo;
    expect(returned(s, other, [intact(1)]).returnNo).toBe('T01-R000002');
  });
});
