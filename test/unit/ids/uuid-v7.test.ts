import { describe, expect, it } from 'vitest';
import { uuidV7 } from '../../../shared/ids/uuid-v7';

describe('version 7 UUIDs', () => {
  it('match the example of RFC 9562 (appendix A.6) from its time and random bits', () => {
    // unix_ts_ms 0x017F22E279B0 = 1645557742000 (2022-02-22 19:22:22 UTC); rand_a 0xCC3; rand_b 0x18C4DC0C0C07398F
    const random = Uint8Array.from([
      0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f,
    ]);
    expect(uuidV7(1_645_557_742_000, random)).toBe('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
  });

  it('sort in the order they were made, and pass as UUIDs', () => {
    const zeros = new Uint8Array(16);
    const ones = new Uint8Array(16).fill(0xff);
    const earlier = uuidV7(1_764_000_000_000, ones);
    const later = uuidV7(1_764_000_000_001, zeros);
    expect(earlier < later).toBe(true);
    expect(later).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
