import { describe, expect, it } from 'vitest';
import { settle } from '../../../shared/domain/cart';
import { roundCash } from '../../../shared/domain/cash-rounding';

describe('抹零: the cash part of a sale rounded to what the drawer holds', () => {
  it('rounds to the jiao or the yuan, down or half-up, or not at all', () => {
    // ￥21,521.21 = 2,152,121 fen; ￥0.55 = 55 fen
    expect(roundCash(2_152_121, { unit: 'jiao', mode: 'down' })).toBe(2_152_120);
    expect(roundCash(2_152_121, { unit: 'yuan', mode: 'down' })).toBe(2_152_100);
    expect(roundCash(2_152_125, { unit: 'jiao', mode: 'halfUp' })).toBe(2_152_130);
    expect(roundCash(2_152_124, { unit: 'jiao', mode: 'halfUp' })).toBe(2_152_120);
    expect(roundCash(2_152_150, { unit: 'yuan', mode: 'halfUp' })).toBe(2_152_200);
    expect(roundCash(2_152_149, { unit: 'yuan', mode: 'halfUp' })).toBe(2_152_100);
    expect(roundCash(2_152_121, { unit: 'off', mode: 'down' })).toBe(2_152_121);
  });

  it('takes ￥21,521.20 for a ￥21,521.21 cash sale and gives ￥78.80 change from ￥21,600.00', () => {
    const jiaoDown = { unit: 'jiao', mode: 'down' } as const;
    // due 2,152,121 rounded down to the jiao = 2,152,120 (−1 fen); change 2,160,000 − 2,152,120 = 7,880
    expect(settle(2_152_121, [{ cash: true, amountFen: 2_160_000 }], jiaoDown)).toEqual({
      ok: true,
      cashDueFen: 2_152_120,
      roundingFen: -1,
      changeFen: 7_880,
    });
    // exactly the rounded amount is enough
    expect(settle(2_152_121, [{ cash: true, amountFen: 2_152_120 }], jiaoDown)).toMatchObject({
      ok: true,
      changeFen: 0,
    });
  });

  it('rounds only the cash part: a card pays to the fen', () => {
    const yuanHalfUp = { unit: 'yuan', mode: 'halfUp' } as const;
    // card 2,000,000; cash part 152,121 → 152,100 (−21); change 160,000 − 152,100 = 7,900
    expect(
      settle(
        2_152_121,
        [
          { cash: false, amountFen: 2_000_000 },
          { cash: true, amountFen: 160_000 },
        ],
        yuanHalfUp,
      ),
    ).toEqual({ ok: true, cashDueFen: 152_100, roundingFen: -21, changeFen: 7_900 });
    // all by card: no rounding, the card must pay the odd fen too (and cash for them would not round ￥0.21
    // away to nothing)
    expect(settle(2_152_121, [{ cash: false, amountFen: 2_152_100 }], yuanHalfUp)).toEqual({
      ok: false,
      problem: 'short',
      shortFen: 21,
      cashShortFen: 21,
    });
  });

  it('does not round a cash part smaller than the unit away', () => {
    // ￥0.04 left after the card would round down to nothing: it stays ￥0.04; change 100 − 4 = 96
    expect(
      settle(
        10_004,
        [
          { cash: false, amountFen: 10_000 },
          { cash: true, amountFen: 100 },
        ],
        { unit: 'jiao', mode: 'down' },
      ),
    ).toEqual({ ok: true, cashDueFen: 4, roundingFen: 0, changeFen: 96 });
  });
});
