import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };
const count = (s: Shop, table: string): number =>
  s.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('closing a shift', () => {
  it('within the threshold needs neither reason nor approval; nothing forces counted to equal expected', () => {
    const s = (shop = openShop());
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    const counted = s.ok('till', 'shifts.closeCount', { counts: drawerOf(53_400), settled: noSettlement });
    expect(counted.beyondThreshold).toBe(false);
    expect(counted.tenders[0]).toEqual({
      method: 'cash',
      expectedFen: 53_900,
      countedFen: 53_400,
      overShortFen: -500,
    });
    const closed = s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(closed.report).toMatchObject({ zNo: 1, approver: null, overShortReason: null, depositFen: 3_400 });
    expect(s.journal('shift.closed')[0]).toMatchObject({ approver_id: null });
  });

  it('needs a count made after the last movement of money, and leaves in no more than was counted', () => {
    const s = (shop = openShop());
    expect(s.call('till', 'shifts.close', { leftInFen: 0 })).toMatchObject({
      error: { code: 'SHIFT_NOT_COUNTED' },
    });
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(50_000), settled: noSettlement });
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(s.call('till', 'shifts.close', { leftInFen: 0 })).toMatchObject({
      error: { code: 'SHIFT_COUNT_STALE' },
    });
    // a recount supersedes the first, which stays on record
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(53_900), settled: noSettlement });
    expect(s.call('till', 'shifts.close', { leftInFen: 60_000 })).toMatchObject({
      error: { code: 'SHIFT_LEFT_IN_EXCEEDS_CASH', details: { leftIn: '￥600.00', counted: '￥539.00' } },
    });
    expect(s.ok('till', 'shifts.close', { leftInFen: 53_900 }).report.depositFen).toBe(0);
    expect(count(s, `shift_counts WHERE kind = 'close'`)).toBe(2);
  });

  it('follows the store’s threshold, and a manager closing their own shortage needs no one else', () => {
    const s = (shop = openShop());
    const settings = s.ok('office', 'shifts.settings', {});
    expect(settings.overShortThresholdFen).toBe(1_000);
    s.ok('admin', 'shifts.saveSettings', { ...settings, overShortThresholdFen: 100 });
    const counted = s.ok('office', 'shifts.closeCount', { counts: drawerOf(49_800), settled: noSettlement });
    expect(counted).toMatchObject({ beyondThreshold: true, thresholdFen: 100 });
    expect(s.call('office', 'shifts.close', { leftInFen: 0 })).toMatchObject({
      error: { code: 'SHIFT_OVER_SHORT_REASON_REQUIRED' },
    });
    const closed = s.ok('office', 'shifts.close', { reason: '点错', leftInFen: 0 });
    expect(closed.report).toMatchObject({ overShortReason: '点错', approver: null, depositFen: 49_800 });
  });

  it('prints an X report at any time without recording anything, and only for an open shift', () => {
    const s = (shop = openShop());
    s.sell({ lines: [s.line.towel()] }, [{ method: 'alipay', amountFen: 3_900, reference: 'A1' }]);
    const before = count(s, 'journal');
    // the manager's: a cashier counts blind
    const x = s.ok('office', 'shifts.xReport', {});
    expect(x).toMatchObject({ jobId: null, report: { kind: 'X', zNo: null, closedAt: null } });
    expect(x.report.tenders).toContainEqual({ method: 'alipay', expectedFen: 3_900, countedFen: null });
    expect(x.preview.text).toContain('X 报表（班中，未结班）');
    expect(count(s, 'journal')).toBe(before);
    expect(s.ok('office', 'shifts.xReport', { print: true }).jobId).toEqual(expect.any(Number));
    s.ok('till', 'shifts.closeCount', {
      counts: drawerOf(50_000),
      settled: { ...noSettlement, alipay: 3_900 },
    });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(s.call('office', 'shifts.xReport', {})).toMatchObject({ error: { code: 'SHIFT_NOT_OPEN' } });
    expect(count(s, 'z_reports')).toBe(1);
  });
});

describe('cash in and out of the drawer', () => {
  it('takes a reason from the store’s list, prints a slip and moves the expected cash', () => {
    const s = (shop = openShop());
    const { slipJobId } = s.ok('office', 'shifts.cashMovement', {
      kind: 'paidIn',
      amountFen: 20_000,
      reason: '换零钱',
      note: null,
    });
    const job = s.ok('office', 'printing.jobs', {}).find((j) => j.id === slipJobId);
    expect(job).toMatchObject({ documentType: 'cashSlip', reference: expect.stringMatching(/^PI-\d+$/) });
    const { tenders } = s.ok('till', 'shifts.midDayCount', { counts: drawerOf(70_000) });
    expect(tenders).toEqual([{ method: 'cash', expectedFen: 70_000, countedFen: 70_000, overShortFen: 0 }]);
    expect(s.call('till', 'shifts.midDayCount', { counts: drawerOf(100), safeDropFen: 200 })).toMatchObject({
      error: { code: 'SHIFT_SAFE_DROP_EXCEEDS_CASH' },
    });
  });

  it('passes the drawer only to someone else, who confirms with her own PIN', () => {
    const s = (shop = openShop());
    const to = (toStaffId: number, toPin: string) => ({ counts: drawerOf(50_000), toStaffId, toPin });
    expect(s.call('till', 'shifts.handover', to(s.ids.zhang, '1111'))).toMatchObject({
      error: { code: 'HANDOVER_TO_SELF' },
    });
    // the wrong PIN of the person taking over leaves the drawer where it was
    expect(s.call('till', 'shifts.handover', to(s.ids.li, '0000'))).toMatchObject({
      error: { code: 'PIN_INCORRECT' },
    });
    expect(s.ok('till', 'shifts.current', {})?.holder.name).toBe('张三');
  });
});
