import { describe, expect, it } from 'vitest';
import { torture } from '../torture/torture';

describe('npm run torture', () => {
  it('50 SIGKILLs of a trading till: every restart finds a sound file, gapless numbers, a verifying journal and balances that match their documents', async () => {
    const result = await torture(50);
    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({ kills: 50, clean: 50 });
  }, 600_000);
});
