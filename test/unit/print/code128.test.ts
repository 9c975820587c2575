import { describe, expect, it } from 'vitest';
import { code128Modules, code128Symbols, code128Widths } from '../../../shared/print/codes/code128';

describe('CODE128 set B', () => {
  it('opens with start B, closes with stop, and carries the weighted checksum', () => {
    // A = 33, B = 34: (104 + 33·1 + 34·2) mod 103 = 102
    expect(code128Symbols('AB')).toEqual([104, 33, 34, 102, 106]);
    expect(code128Symbols('T01-1')).toEqual([
      104,
      52,
      16,
      17,
      13,
      17,
      (104 + 52 + 32 + 51 + 52 + 85) % 103,
      106,
    ]);
  });

  it('draws 11 modules a symbol and 13 for the stop, bars and spaces alternating', () => {
    const widths = code128Widths('T01-20261123-0001');
    expect(widths.reduce((a, b) => a + b, 0)).toBe(code128Modules('T01-20261123-0001'));
    expect(widths).toHaveLength(6 * 19 + 7);
    expect(() => code128Widths('金')).toThrow(/cannot encode/);
  });
});
