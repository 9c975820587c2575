import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, daysBetween, lineRule, stepShare } from '../../../shared/domain/returns';

const policy = { returnDays: 7, exchangeDays: 15, returnable: true };

describe('the rule for a piece brought back', () => {
  it('counts whole calendar days, across a month end', () => {
    expect(daysBetween('2026-11-23', '2026-11-30')).toBe(7);
    expect(daysBetween('2026-11-23', '2026-12-01')).toBe(8);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('refunds up to the last day of the window; after it, gold is bought back and the rest needs a manager', () => {
    expect(lineRule(policy, 7, false)).toEqual({ rule: 'refund', why: 'withinWindow', needsApproval: false });
    expect(lineRule(policy, 8, true)).toEqual({
      rule: 'buyBack',
      why: 'goldOutsideWindow',
      needsApproval: false,
    });
    expect(lineRule(policy, 8, false)).toEqual({ rule: 'refund', why: 'outsideWindow', needsApproval: true });
    expect(lineRule({ ...policy, returnable: false }, 0, false).rule).toBe('refused');
  });
});

describe('splitting a refund', () => {
  it('gives the fen left by the floors to the largest remainders', () => {
    // 2 over 3 / 3 / 3 of 9: 0.67 each → floors 0, the two fen to the first two of the equal remainders
    expect(allocate(2, [3, 3, 3])).toEqual([1, 1, 0]);
    // 50 over 10 / 30 / 60 of 100: 5 / 15 / 30, exact
    expect(allocate(50, [10, 30, 60])).toEqual([5, 15, 30]);
    // 10 over 7 / 3 of 10: exact
    expect(allocate(10, [7, 3])).toEqual([7, 3]);
    expect(() => allocate(11, [7, 3])).toThrow(RangeError);
  });

  it('never gives a pool more than is left in it and always gives the whole amount', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 7 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (left, f) => {
          const total = left.reduce((t, v) => t + v, 0);
          const amount = Math.floor(total * f);
          const shares = allocate(amount, left);
          expect(shares.reduce((t, v) => t + v, 0)).toBe(amount);
          shares.forEach((share, i) => {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(left[i] as number);
          });
        },
      ),
    );
  });

  it('adds steps of a cumulative share up to the whole', () => {
    // 1 000 over three steps of 1, 1 and 1 of 3: 333, 333, 334
    expect([stepShare(1_000, 0, 1, 3), stepShare(1_000, 1, 2, 3), stepShare(1_000, 2, 3, 3)]).toEqual([
      333, 333, 334,
    ]);
  });
});
