import { afterEach, describe, expect, it } from 'vitest';
import { openShop, type Shop } from '../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const au999 = (sellFenPerGram: number, buyBackFenPerGram: number | null = 56_000) => ({
  purity: 'Au999' as const,
  sellFenPerGram,
  buyBackFenPerGram,
});

describe('a gold rate changed beyond the store’s share', () => {
  it('is refused with both figures until confirmed; within 10 % it is taken as it is', () => {
    const s = (shop = openShop());
    // the shop's Au999 sells at ￥612.00/g; ￥6,120.00 is ten times that
    expect(s.call('admin', 'goldRates.set', { rates: [au999(612_000)] })).toMatchObject({
      ok: false,
      error: {
        code: 'GOLD_RATE_CHANGE_UNCONFIRMED',
        details: { previous: '￥612.00/g', next: '￥6,120.00/g', share: '10%' },
      },
    });
    const sell = () => s.ok('till', 'goldRates.today', {}).find((r) => r.purity === 'Au999')?.sellFenPerGram;
    expect(sell()).toBe(61_200);
    // 612.00 × 1.10 = 673.20 is the most taken unconfirmed; 673.21 is beyond
    expect(s.call('admin', 'goldRates.set', { rates: [au999(67_321)] })).toMatchObject({
      error: { code: 'GOLD_RATE_CHANGE_UNCONFIRMED' },
    });
    s.ok('admin', 'goldRates.set', { rates: [au999(67_320)] });
    expect(sell()).toBe(67_320);
    // the buy-back rate is guarded too: 560.00 → 400.00 is 28.6 % down
    expect(s.call('admin', 'goldRates.set', { rates: [au999(67_320, 40_000)] })).toMatchObject({
      error: {
        code: 'GOLD_RATE_CHANGE_UNCONFIRMED',
        details: { previous: '￥560.00/g', next: '￥400.00/g' },
      },
    });
    s.ok('admin', 'goldRates.set', { rates: [au999(612_000)], confirmed: true });
    expect(sell()).toBe(612_000);
    expect(s.journal('goldRate.set').at(-1)?.payload).toMatchObject({
      sellFenPerGram: 612_000,
      confirmed: true,
    });
  });

  it('takes the store’s own share, set by whoever manages the settings, and journals the change', () => {
    const s = (shop = openShop());
    // a manager sets the rates, but the guard on them is the store's policy
    expect(s.call('office', 'goldRates.saveGuard', { confirmChangeBp: 500 })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED', details: { permission: 'settings.manage' } },
    });
    expect(s.ok('admin', 'goldRates.saveGuard', { confirmChangeBp: 500 })).toEqual({ confirmChangeBp: 500 });
    expect(s.ok('till', 'goldRates.guard', {})).toEqual({ confirmChangeBp: 500 });
    // 612.00 × 1.05 = 642.60 is the most taken unconfirmed now; 642.61 is beyond 5 %
    expect(s.call('admin', 'goldRates.set', { rates: [au999(64_261)] })).toMatchObject({
      error: { code: 'GOLD_RATE_CHANGE_UNCONFIRMED', details: { share: '5%' } },
    });
    s.ok('admin', 'goldRates.set', { rates: [au999(64_260)] });
    expect(s.journal('goldRate.guardChanged').at(-1)?.payload).toEqual({ fromBp: 1_000, toBp: 500 });
  });
});
