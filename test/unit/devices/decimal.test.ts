import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToMg, mgToGrams } from '../../../electron/core/devices/scale/decimal';

describe('scale decimals to milligrams', () => {
  it.each([
    ['12.345', 'g', 12_345],
    ['+00012.345', 'g', 12_345],
    ['-0.001', 'g', -1],
    ['.5', 'g', 500],
    ['12.', 'g', 12_000],
    ['1.5', 'kg', 1_500_000],
    ['0.123', 'kg', 123_000],
    ['1.25', 'ct', 250],
    ['0.1', 'ct', 20],
  ] as const)('reads %s %s as %i mg', (text, unit, mg) => {
    expect(decimalToMg(text, unit)).toBe(mg);
  });

  // Each of these comes out wrong through a float: 0.07 * 1000, 1.005 * 1e6, 0.3 * 200.
  it.each([
    ['0.07', 'g', 70],
    ['1.005', 'kg', 1_005_000],
    ['0.3', 'ct', 60],
    ['4.35', 'g', 4_350],
  ] as const)('reads %s %s exactly, as integers, never through a float', (text, unit, mg) => {
    expect(decimalToMg(text, unit)).toBe(mg);
  });

  it('rounds a reading finer than a milligram half away from zero', () => {
    expect(decimalToMg('0.001', 'ct')).toBe(0); // 0.2 mg
    expect(decimalToMg('0.003', 'ct')).toBe(1); // 0.6 mg
    expect(decimalToMg('0.0025', 'ct')).toBe(1); // 0.5 mg
    expect(decimalToMg('-0.0025', 'ct')).toBe(-1);
    expect(decimalToMg('0.0004', 'g')).toBe(0);
  });

  it.each(['', '.', '-', '1.2.3', 'abc', '1e3', '12,345', '1234567890', '0.1234567890', ' 1'])(
    'refuses %j',
    (text) => {
      expect(decimalToMg(text, 'g')).toBeNull();
    },
  );

  it('prints milligrams as grams that read back to the same milligrams', () => {
    expect(mgToGrams(12_345)).toBe('12.345');
    expect(mgToGrams(-5)).toBe('-0.005');
    expect(mgToGrams(0)).toBe('0.000');
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999, max: 999_999_999 }), (mg) => {
        expect(decimalToMg(mgToGrams(mg), 'g')).toBe(mg);
      }),
    );
  });
});
