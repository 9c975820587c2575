import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/domain/business-day';

describe('businessDay', () => {
  it('is the local date in the store’s time zone, across midnight and between zones in the same minute', () => {
    const beforeMidnight = new Date('2026-11-23T15:59:59.999Z');
    const afterMidnight = new Date('2026-11-23T16:00:00.000Z');
    expect(businessDay(beforeMidnight, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(businessDay(afterMidnight, 'Asia/Shanghai')).toBe('2026-11-24');
    expect(businessDay(afterMidnight, 'UTC')).toBe('2026-11-23');
    expect(businessDay(afterMidnight, 'Asia/Shanghai')).toBe('2026-11-24');
    expect(businessDay(new Date('2026-11-23T16:00:59.000Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    // Kathmandu is UTC+5:45: its days still begin on a whole minute
    expect(businessDay(new Date('2026-11-23T18:14:30.000Z'), 'Asia/Kathmandu')).toBe('2026-11-23');
    expect(businessDay(new Date('2026-11-23T18:15:00.000Z'), 'Asia/Kathmandu')).toBe('2026-11-24');
  });
});
