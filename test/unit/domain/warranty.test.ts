import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/business-day';
import { isUnderWarranty, warrantyEndsOn } from '../../../shared/domain/warranty';

describe('warranty eligibility from the original sale’s date', () => {
  it.each([
    ['2025-11-23', 12, '2026-11-22', true],
    ['2025-11-23', 12, '2026-11-23', false],
    ['2026-01-31', 1, '2026-02-28', true],
    ['2026-01-31', 1, '2026-03-01', false],
    ['2026-11-23', 12, '2026-11-23', true],
    ['2026-11-23', 0, '2026-11-23', false],
    ['2026-11-24', 12, '2026-11-23', false],
  ])('bought %s with %i months: covered on %s is %s', (bought, months, today, covered) => {
    expect(isUnderWarranty(bought, months, today)).toBe(covered);
  });

  it('ends the day before the same date months later', () => {
    expect(warrantyEndsOn('2025-11-23', 12)).toBe('2026-11-22');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
