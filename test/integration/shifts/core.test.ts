import { afterEach, describe, expect, it } from 'vitest';
import { shiftTenderEvents } from '../../../electron/core/modules/shifts/sources';
import { expectedAmounts } from '../../../shared/domain/shift';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf, openShift } from '../../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('the shift a sale is made in', () => {
  it('must be open: without one the till refuses to take money, in both languages', () => {
    const s = (shop = openShop({ shift: false }));
    expect(s.ok('till', 'shifts.current', {})).toBeNull();
    const refused = s.commit({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHIFT_NOT_OPEN' } });
    expect(refused.ok ? '' : refused.error.message).toContain('请先开班（清点备用金）后再收款');
    expect(refused.ok ? '' : refused.error.message).toContain('open one (count the float)');
    expect(s.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(0);
    expect(s.onHand('towel')).toBe(10);
  });

  it('opens once per terminal with a float counted by denomination, journaled', () => {
    const s = (shop = openShop({ shift: false }));
    const counts = [
      { denominationFen: 10_000, quantity: 3 },
      { denominationFen: 1_000, quantity: 15 },
      { denominationFen: 50, quantity: 4 },
      { denominationFen: 10, quantity: 3 },
    ] as const;
    const shift = s.ok('till', 'shifts.open', { counts: [...counts], note: null });
    expect(shift).toMatchObject({
      terminalId: 'T01',
      businessDay: '2026-11-23',
      state: 'open',
      openedBy: { id: s.ids.zhang, name: '张三' },
      holder: { id: s.ids.zhang },
      floatFen: 45_230,
      previousLeftInFen: null,
      floatDifferenceFen: null,
    });
    expect(s.ok('office', 'shifts.current', {})).toEqual(shift);
    expect(s.call('office', 'shifts.open', { counts: drawerOf(50_000) })).toMatchObject({
      ok: false,
      error: { code: 'SHIFT_ALREADY_OPEN', details: { openedBy: '张三' } },
    });
    const [opened] = s.journal('shift.opened');
    expect(opened?.payload).toMatchObject({ shiftId: shift.id, floatFen: 45_230, previousLeftInFen: null });
    expect(
      s.core.db
        .prepare(
          'SELECT denomination_fen, quantity FROM shift_count_denominations ORDER BY denomination_fen DESC',
        )
        .all(),
    ).toEqual(counts.map((c) => ({ denomination_fen: c.denominationFen, quantity: c.quantity })));
  });

  it('refuses a count that names a denomination twice or one that does not exist', () => {
    const s = (shop = openShop({ shift: false }));
    const twice = [
      { denominationFen: 100 as const, quantity: 1 },
      { denominationFen: 100 as const, quantity: 2 },
    ];
    expect(s.call('till', 'shifts.open', { counts: twice })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    const twoYuan = [{ denominationFen: 200, quantity: 1 }];
    expect(s.call('till', 'shifts.open', { counts: twoYuan as never })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(s.ok('till', 'shifts.current', {})).toBeNull();
  });

  it('holds each sale and payment; a void pays back from the voiding shift; cash expected counts change', () => {
    const s = (shop = openShop());
    const shift = s.ok('till', 'shifts.current', {});
    const sale = s.sell({ lines: [s.line.towel(2)] }, [
      { method: 'wechat', amountFen: 1_800, reference: 'WX-1' },
      cash(10_000),
    ]);
    expect(sale.changeFen).toBe(4_000);
    const voided = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('office', 'sales.void', { receiptNo: voided.receiptNo, reason: '顾客改变主意' });
    const rows = s.core.db.prepare(
      'SELECT DISTINCT shift_id FROM sales UNION SELECT shift_id FROM sale_payments',
    );
    expect(rows.pluck().all()).toEqual([shift?.id]);
    const expected = expectedAmounts(shiftTenderEvents(s.core.db, shift?.id as number));
    expect(expected.cash).toMatchObject({
      floatFen: 50_000,
      receivedFen: 48_000,
      changeFen: 4_000,
      refundedFen: 38_000,
      expectedFen: 56_000,
    });
    expect(expected.tenders.find((t) => t.method === 'wechat')?.expectedFen).toBe(1_800);
  });

  it('is one per terminal: opening through the helper twice is refused', () => {
    const s = (shop = openShop());
    expect(() => openShift(s.core, 'office')).toThrow(/SHIFT_ALREADY_OPEN/);
  });
});
