import { afterEach, describe, expect, it } from 'vitest';
import { intact, returned, travel } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf, openShift } from '../../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };

describe('a return of yesterday’s sale', () => {
  it('is paid out of today’s shift, counted in its expected cash and shown on its X and Z reports', () => {
    const s = (shop = openShop());
    // yesterday: the jade for 38 000 cash on a 50 000 float, the shift closed on 88 000 leaving 50 000 in
    const { receiptNo } = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(88_000), settled: noSettlement });
    const yesterday = s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(yesterday.report.returns).toEqual({ count: 0, amountFen: 0, byTender: [] });

    // today: a new shift on the 50 000 left in, and the jade comes back
    travel(s, Date.parse('2026-11-24T02:00:00.000Z'));
    openShift(s.core, 'till', 50_000);
    const done = returned(s, receiptNo, [intact(1)]);
    expect(done.refunds).toMatchObject([{ method: 'cash', amountFen: 38_000 }]);

    // expected cash: 50 000 float − 38 000 paid back = 12 000
    // the manager sees the figures; the cashier counts blind
    const x = s.ok('office', 'shifts.xReport', {}).report;
    expect(x.returns).toEqual({
      count: 1,
      amountFen: 38_000,
      byTender: [{ method: 'cash', amountFen: 38_000 }],
    });
    expect(x.cash).toMatchObject({ floatFen: 50_000, refundedFen: 38_000, expectedFen: 12_000 });
    expect(x.bySource).toEqual([{ source: 'return', receivedFen: 0, refundedFen: 38_000 }]);

    const counted = s.ok('till', 'shifts.closeCount', { counts: drawerOf(12_000), settled: noSettlement });
    expect(counted.tenders[0]).toMatchObject({ method: 'cash', expectedFen: 12_000, overShortFen: 0 });
    const today = s.ok('till', 'shifts.close', { leftInFen: 12_000 });
    expect(today.report).toMatchObject({
      kind: 'Z',
      zNo: 2,
      returns: { count: 1, amountFen: 38_000 },
    });
    expect(today.preview.text).toMatch(/退货 1 笔\s+-￥380\.00/);
    expect(today.preview.text).toMatch(/净销售\s+-￥380\.00/);
    // yesterday's Z report, stored as printed, is untouched
    expect(s.ok('till', 'shifts.zReport', { zNo: 1 }).report.returns.count).toBe(0);
  });

  it('cannot be made without an open shift to pay it', () => {
    const s = (shop = openShop());
    const { receiptNo } = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(88_000), settled: noSettlement });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(
      s.call('till', 'returns.commit', { returnId: crypto.randomUUID(), receiptNo, lines: [intact(1)] }),
    ).toMatchObject({ ok: false, error: { code: 'SHIFT_NOT_OPEN' } });
  });
});
