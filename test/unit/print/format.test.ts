import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDeduction,
  formatRate,
  maskPhone,
} from '../../../shared/print/format';
import { YUAN, formatGrams, formatYuan } from '../../../shared/domain/money';

describe('print formatting', () => {
  it('prints integer fen as yuan with the full-width ￥ and thousands separators', () => {
    expect(YUAN.codePointAt(0)).toBe(0xffe5);
    expect(formatYuan(1_708_074)).toBe('￥17,080.74');
    expect(formatYuan(5)).toBe('￥0.05');
    expect(formatYuan(-50_000)).toBe('-￥500.00');
    expect(formatDeduction(3_800)).toBe('-￥38.00');
    expect(formatRate(65_800)).toBe('￥658.00/g');
    expect(formatYuan(123_456_789_00)).toBe('￥123,456,789.00');
    expect(() => formatYuan(1.5)).toThrow(/integer fen/);
    for (const text of [formatYuan(1), formatRate(1), formatDeduction(1)])
      expect(text).not.toContain('\u00a5');
  });

  it('prints integer milligrams as grams with 3 decimals, or 2 rounded half up', () => {
    expect(formatGrams(25_380, 3)).toBe('25.380g');
    expect(formatGrams(25_385, 2)).toBe('25.39g');
    expect(formatGrams(25_384, 2)).toBe('25.38g');
    expect(formatGrams(999, 2)).toBe('1.00g');
    expect(formatGrams(7, 3)).toBe('0.007g');
    expect(() => formatGrams(-1, 3)).toThrow(/integer mg/);
  });

  it('masks phones as 138****5678, and a masked phone stays as it is', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone(maskPhone('13812345678'))).toBe('138****5678');
    expect(maskPhone('0755-12345678')).toBe('075*****5678');
    expect(maskPhone('12345')).toBe('*2345');
  });

  it('prints instants in the store’s time zone', () => {
    expect(formatDateTime('2026-11-23T16:30:05.000Z', 'Asia/Shanghai')).toBe('2026-11-24 00:30:05');
    expect(formatDate('2026-11-23T16:30:05.000Z', 'Asia/Shanghai')).toBe('2026-11-24');
    expect(formatDate('2026-11-23T16:30:05.000Z', 'UTC')).toBe('2026-11-23');
  });
});
