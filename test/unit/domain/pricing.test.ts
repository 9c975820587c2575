import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divideRounded,
  formatGrams,
  formatYuan,
  parseGrams,
  parseYuan,
  percentOf,
} from '../../../shared/domain/money';
import { tradeInValue, weighedItemPrice } from '../../../shared/domain/pricing';

const weightMg = fc.integer({ min: 1, max: 2_000_000 });
const rate = fc.integer({ min: 1, max: 200_000 });
const fee = fc.integer({ min: 0, max: 100_000 });

describe('divideRounded', () => {
  it('rounds half away from zero', () => {
    expect([
      divideRounded(5, 10),
      divideRounded(4, 10),
      divideRounded(15, 10),
      divideRounded(-5, 10),
    ]).toEqual([1, 0, 2, -1]);
    expect(percentOf(12_345, 500)).toBe(617);
  });

  it('is within half a unit of the exact quotient', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideRounded(n, d);
        expect(Math.abs(q * d - n) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });
});

describe('weighed gold pricing', () => {
  it('prices 12.345 g of Au999 at ￥612.00/g with ￥15/g labor', () => {
    expect(weighedItemPrice(12_345, 61_200, { kind: 'perGram', fen: 1_500 })).toEqual({
      metalFen: 755_514,
      laborFen: 18_518,
      totalFen: 774_032,
    });
  });

  it('adds a per-piece labor fee whole', () => {
    expect(weighedItemPrice(3_210, 61_200, { kind: 'perPiece', fen: 8_800 })).toEqual({
      metalFen: 196_452,
      laborFen: 8_800,
      totalFen: 205_252,
    });
  });

  it('rounds once, and its parts always add up to the integer total', () => {
    fc.assert(
      fc.property(weightMg, rate, fee, fc.boolean(), (w, r, f, perGram) => {
        const price = weighedItemPrice(w, r, { kind: perGram ? 'perGram' : 'perPiece', fen: f });
        expect(Number.isSafeInteger(price.totalFen)).toBe(true);
        expect(price.metalFen + price.laborFen).toBe(price.totalFen);
        const exactThousandths = w * (r + (perGram ? f : 0)) + (perGram ? 0 : f * 1000);
        expect(Math.abs(price.totalFen * 1000 - exactThousandths) * 2).toBeLessThanOrEqual(1000);
      }),
    );
  });
});

describe('old-gold trade-in', () => {
  it('takes loss and deduction off before rounding once', () => {
    // 10 g at ￥560/g buy-back, ￥5/g deduction, 2 % loss: 9.8 g × ￥555 = ￥5,439.00
    expect(tradeInValue(10_000, { buyBackFenPerGram: 56_000, deductionFenPerGram: 500, lossBp: 200 })).toBe(
      543_900,
    );
  });

  it('is never negative and never worth more than the buy-back rate', () => {
    fc.assert(
      fc.property(weightMg, rate, fee, fc.integer({ min: 0, max: 10_000 }), (w, r, d, loss) => {
        const value = tradeInValue(w, { buyBackFenPerGram: r, deductionFenPerGram: d, lossBp: loss });
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(divideRounded(w * r, 1000));
      }),
    );
  });
});

describe('typed amounts', () => {
  it('parse yuan and grams exactly, refusing what is not a plain decimal', () => {
    expect([parseYuan('612.5'), parseYuan('￥0.07'), parseYuan('1000'), parseYuan('1.005')]).toEqual([
      61_250,
      7,
      100_000,
      null,
    ]);
    expect([parseGrams('12.345'), parseGrams('3.2 g'), parseGrams('-1'), parseGrams('abc')]).toEqual([
      12_345,
      3_200,
      null,
      null,
    ]);
  });

  it('format back to the same text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toBe(fen);
        expect(formatYuan(fen)).not.toContain('\u00a5');
      }),
    );
    expect(formatGrams(5)).toBe('0.005g');
    expect(formatYuan(-150)).toBe('-￥1.50');
  });
});
