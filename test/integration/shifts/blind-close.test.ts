import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };

describe('the blind close', () => {
  it('shows a cashier no expected cash, on screen or paper, before the close count is on record', () => {
    const s = (shop = openShop());
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    for (const print of [false, true]) {
      expect(s.call('till', 'shifts.xReport', { print })).toMatchObject({
        ok: false,
        error: { code: 'SHIFT_BLIND_COUNT_FIRST' },
      });
    }
    expect(
      s.core.db.prepare(`SELECT count(*) FROM print_jobs WHERE document_type = 'xReport'`).pluck().get(),
    ).toBe(0);

    s.ok('till', 'shifts.closeCount', { counts: drawerOf(53_900), settled: noSettlement });
    // ￥500 float + ￥39 towel = ￥539
    expect(s.ok('till', 'shifts.xReport', { print: false }).report.cash.expectedFen).toBe(53_900);
  });

  it('lets a manager, who does not count blind, see the X report of the shift at any time', () => {
    const s = (shop = openShop({ shift: false }));
    s.ok('office', 'shifts.open', { counts: drawerOf(50_000), note: null });
    expect(s.ok('office', 'shifts.xReport', { print: false }).report.cash.expectedFen).toBe(50_000);
  });
});
