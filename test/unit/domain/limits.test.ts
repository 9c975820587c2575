import { describe, expect, it } from 'vitest';
import {
  MAX_PRICE_FEN,
  MAX_QUANTITY,
  MAX_RATE_FEN_PER_GRAM,
  MAX_SALE_LINES,
  MAX_TENDER_FEN,
  MAX_TENDERS,
  MAX_TOTAL_FEN,
  MAX_WEIGHT_MG,
} from '../../../shared/domain/limits';
import { Fen, Milligrams, PriceFen, Quantity, RateFen, TenderFen } from '../../../shared/contract/catalog';

// 2^53 − 1 = 9,007,199,254,740,991: the last integer a double holds exactly.
const SAFE = 9_007_199_254_740_991;

describe('the contract’s bounds', () => {
  it('are the figures worked out by hand, and the schemas enforce them', () => {
    expect([MAX_SALE_LINES, MAX_QUANTITY, MAX_TENDERS]).toEqual([200, 9_999, 20]);
    expect(MAX_PRICE_FEN).toBe(1_000_000_000); // ¥10,000,000.00
    expect(MAX_RATE_FEN_PER_GRAM).toBe(10_000_000); // ¥100,000.00 a gram
    expect(MAX_WEIGHT_MG).toBe(100_000_000); // 100 kg
    expect(MAX_TOTAL_FEN).toBe(2_000_000_000_000_000);
    expect(MAX_TENDER_FEN).toBe(100_000_000_000_000);
    for (const [schema, max] of [
      [Fen, 2_000_000_000_000_000],
      [PriceFen, 1_000_000_000],
      [RateFen, 10_000_000],
      [TenderFen, 100_000_000_000_000],
      [Quantity, 9_999],
      [Milligrams, 100_000_000],
    ] as const) {
      expect(schema.safeParse(max).success).toBe(true);
      expect(schema.safeParse(max + 1).success).toBe(false);
    }
  });

  it('keep every product and sum of allowed inputs a safe integer', () => {
    // a counted line: ¥10,000,000.00 × 9,999 = 9,999,000,000,000 fen; 200 such lines 1,999,800,000,000,000
    expect(1_000_000_000 * 9_999 * 200).toBe(1_999_800_000_000_000);
    expect(1_999_800_000_000_000).toBeLessThanOrEqual(MAX_TOTAL_FEN);
    // a weighed piece: (rate + per-gram labor) × weight before the division by 1,000 mg a gram
    // (2 × 10,000,000) × 100,000,000 = 2,000,000,000,000,000, then 2,000,000,000,000 fen, + a ¥10M piece fee
    expect((10_000_000 + 10_000_000) * 100_000_000).toBeLessThan(SAFE);
    expect(200 * (2_000_000_000_000 + 1_000_000_000)).toBeLessThan(MAX_TOTAL_FEN);
    // the tenders of one payment: 20 × 100,000,000,000,000 pays the largest total and stays safe
    expect(20 * 100_000_000_000_000).toBe(MAX_TOTAL_FEN);
    // a total, its tenders and its change added together
    expect(3 * MAX_TOTAL_FEN).toBeLessThan(SAFE);
  });
});
