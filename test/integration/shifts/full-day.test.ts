import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import { decodeEscPos, linesOf, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter } from '../../helpers/printing';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

/** Asks 王经理 (888888) to approve `input` on `channel` for the session, as the PIN prompt does. */
function approve<C extends 'shifts.cashMovement' | 'shifts.close'>(
  s: Shop,
  session: string,
  channel: C,
  input: ChannelInput<C>,
): string {
  return s.ok(session, 'auth.approve', { approverId: s.ids.wang, pin: '888888', channel, input }).approvalId;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A printed line: `label` (after the time, for a listed event), spaces, then `value` flush right. */
function expectLine(lines: readonly string[], label: string, value: string): void {
  const pattern = new RegExp(`^ *(\\d\\d:\\d\\d:\\d\\d )?${escape(label)} +${escape(value)}$`);
  expect(lines, `${label} … ${value}`).toContainEqual(expect.stringMatching(pattern));
}

describe('a day at one till', () => {
  it('opens, sells, voids, pays out, drops, hands over and closes blind with an approved shortage; the Z adds up', async () => {
    printer = await FakePrinter.start();
    const s = (shop = openShop({ shift: false, printing: FAST_PRINTING }));
    const { id: printerId } = s.ok(
      'admin',
      'printing.savePrinter',
      tcpPrinter(printer.port, { paperWidth: 80 }),
    );
    for (const documentType of ['noSale', 'zReport'] as const) {
      s.ok('admin', 'printing.saveRoute', { documentType, printerId });
    }

    // 张三 counts a ￥500 float: the first shift of this till has no left-in to compare with
    const first = s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    expect(first).toMatchObject({ floatFen: 50_000, previousLeftInFen: null });

    // sales in four tenders, change given twice, one sale voided
    expect(s.sell({ lines: [s.line.towel(2)] }, [cash(10_000)]).changeFen).toBe(2_200);
    s.sell({ lines: [s.line.jade()] }, [
      { method: 'bankCard', amountFen: 38_000, reference: '000123', last4: '6222' },
    ]);
    s.sell({ lines: [s.line.vase()] }, [{ method: 'wechat', amountFen: 128_000, reference: '4200000001' }]);
    s.sell({ lines: [s.line.towel()] }, [{ method: 'alipay', amountFen: 3_900, reference: '2088000001' }]);
    const voided = s.sell({ lines: [s.line.jade()] }, [cash(40_000)]);
    expect(voided.changeFen).toBe(2_000);
    s.ok('office', 'sales.void', { receiptNo: voided.receiptNo, reason: '顾客改变主意' });

    // a paid-out needs the manager: the cashier's request is approved by PIN
    const paidOut = { kind: 'paidOut' as const, amountFen: 5_000, reason: '零星开支', note: '打印纸' };
    expect(s.call('till', 'shifts.cashMovement', paidOut)).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'shifts.cashMovement' } },
    });
    expect(s.call('office', 'shifts.cashMovement', { ...paidOut, reason: '买奶茶' })).toMatchObject({
      error: { code: 'SHIFT_REASON_UNKNOWN' },
    });
    s.ok('till', 'shifts.cashMovement', paidOut, approve(s, 'till', 'shifts.cashMovement', paidOut));
    s.ok('office', 'drawer.noSale', { reason: '换零钱' });

    // mid-day count (exact) and ￥300 to the safe
    const midday = s.ok('till', 'shifts.midDayCount', { counts: drawerOf(52_800), safeDropFen: 30_000 });
    expect(midday.tenders).toEqual([
      { method: 'cash', expectedFen: 52_800, countedFen: 52_800, overShortFen: 0 },
    ]);

    // 张三 hands the drawer to 李四, whose PIN confirms it
    const wrongPin = s.call('till', 'shifts.handover', {
      counts: drawerOf(22_800),
      toStaffId: s.ids.li,
      toPin: '9999',
    });
    expect(wrongPin).toMatchObject({ error: { code: 'PIN_INCORRECT' } });
    const handedOver = s.ok('till', 'shifts.handover', {
      counts: drawerOf(22_800),
      toStaffId: s.ids.li,
      toPin: '2222',
    });
    expect(handedOver.shift.holder.name).toBe('李四');
    expect(handedOver.count.tenders[0]).toMatchObject({ expectedFen: 22_800, overShortFen: 0 });
    s.ok('li', 'auth.login', { staffId: s.ids.li, pin: '2222' });
    expect(s.commit({ lines: [s.line.towel()] }, [cash(3_900)], { session: 'li' }).ok).toBe(true);

    // blind close: ￥15 short in cash, beyond the ￥10 threshold
    const counted = s.ok('li', 'shifts.closeCount', {
      counts: drawerOf(25_200),
      settled: { bankCard: 38_000, wechat: 128_000, alipay: 3_900 },
    });
    expect(counted).toMatchObject({
      beyondThreshold: true,
      thresholdFen: 1_000,
      tenders: [
        { method: 'cash', expectedFen: 26_700, countedFen: 25_200, overShortFen: -1_500 },
        { method: 'bankCard', expectedFen: 38_000, countedFen: 38_000, overShortFen: 0 },
        { method: 'wechat', expectedFen: 128_000, countedFen: 128_000, overShortFen: 0 },
        { method: 'alipay', expectedFen: 3_900, countedFen: 3_900, overShortFen: 0 },
      ],
    });
    expect(s.call('li', 'shifts.close', { leftInFen: 20_000 })).toMatchObject({
      error: {
        code: 'SHIFT_OVER_SHORT_REASON_REQUIRED',
        details: { overShort: '-￥15.00', threshold: '￥10.00' },
      },
    });
    const close = { reason: '找零多找，已查监控', leftInFen: 20_000 };
    expect(s.call('li', 'shifts.close', close)).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'shifts.approveOverShort' } },
    });
    const closed = s.ok('li', 'shifts.close', close, approve(s, 'li', 'shifts.close', close));
    expect(closed.shift).toMatchObject({ state: 'closed', closedBy: { name: '李四' } });
    expect(closed.report).toMatchObject({
      kind: 'Z',
      zNo: 1,
      sales: { count: 6, amountFen: 219_600 },
      voids: { count: 1, amountFen: 38_000 },
      cash: {
        floatFen: 50_000,
        receivedFen: 53_900,
        changeFen: 4_200,
        refundedFen: 38_000,
        paidInFen: 0,
        paidOutFen: 5_000,
        safeDropFen: 30_000,
        expectedFen: 26_700,
      },
      approver: '王经理',
      leftInFen: 20_000,
      depositFen: 5_200,
    });
    expect(s.ok('office', 'shifts.zReport', { zNo: 1 }).report).toEqual(closed.report);
    expect(closed.preview.text).toMatch(/= 应有现金 +￥267\.00/);
    expect(s.journal('shift.closed')[0]).toMatchObject({ actor_id: s.ids.li, approver_id: s.ids.wang });

    // the Z report as printed, decoded from the bytes the printer received, figure by figure
    const jobs = await printer.waitForJobs(2);
    const zBytes = jobs.find((bytes) => textOf(decodeEscPos(bytes)).includes('Z 报表')) as Uint8Array;
    const lines = linesOf(decodeEscPos(zBytes)).map((line) => line.text);
    const figure = (label: string, value: string) => expectLine(lines, label, value);
    expect(lines).toContainEqual(expect.stringMatching(/^ *Z 报表（结班） Z000001$/));
    figure('销售总额 6 笔', '￥2,196.00');
    figure('作废 1 笔', '-￥380.00');
    // ￥2,196.00 − ￥380.00
    figure('净销售', '￥1,816.00');
    figure('备用金', '￥500.00');
    figure('+ 现金收入', '￥539.00');
    figure('- 找零', '￥42.00');
    figure('- 现金退款', '￥380.00');
    figure('- 付款（取出）', '￥50.00');
    figure('付款 零星开支 张三', '￥50.00');
    figure('- 存入保险柜', '￥300.00');
    figure('= 应有现金', '￥267.00');
    figure('无销售开钱箱', '1 次');
    expect(lines).toContainEqual(expect.stringMatching(/^ +\d\d:\d\d:\d\d 王经理 换零钱$/));
    expect(lines).toContainEqual(expect.stringMatching(/^交接 张三→李四 [\d:]{8} +￥228\.00 \(￥0\.00\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^中途点钞 张三 [\d:]{8} +￥528\.00 \(￥0\.00\)$/));
    figure('家居 ×5', '￥1,436.00');
    // the voided jade is not sold
    figure('玉器 ×1', '￥380.00');
    figure('现金', '￥497.00 / ￥380.00');
    figure('银行卡', '￥380.00 / ￥0.00');
    figure('微信支付', '￥1,280.00 / ￥0.00');
    figure('支付宝', '￥39.00 / ￥0.00');
    figure('销售', '￥2,196.00 / ￥380.00');
    const settlement = lines.slice(lines.indexOf('结算：应有 / 实点 / 长短款'));
    expect(settlement.slice(1, 9)).toEqual([
      '现金',
      expect.stringMatching(/^￥267\.00 +￥252\.00 +-￥15\.00$/),
      '银行卡',
      expect.stringMatching(/^￥380\.00 +￥380\.00 +￥0\.00$/),
      '微信支付',
      expect.stringMatching(/^￥1,280\.00 +￥1,280\.00 +￥0\.00$/),
      '支付宝',
      expect.stringMatching(/^￥39\.00 +￥39\.00 +￥0\.00$/),
    ]);
    figure('￥100.00 × 2', '￥200.00');
    figure('￥50.00 × 1', '￥50.00');
    figure('￥1.00 × 2', '￥2.00');
    expect(lines).toContain('长短款原因：找零多找，已查监控');
    figure('授权主管', '王经理');
    figure('留存备用金', '￥200.00');
    figure('解缴金额', '￥52.00');
    expect(lines).toContainEqual(expect.stringMatching(/^Au999 [\d:]{8} +￥612\.00\/g \/ ￥560\.00\/g$/));
    figure('日志序号', `${closed.report.journal.firstSeq}–${closed.report.journal.lastSeq}`);
    expect(lines.slice(lines.indexOf('末条哈希')).join('')).toContain(closed.report.journal.lastHash);
    const lastHash = s.core.db
      .prepare('SELECT hash FROM journal WHERE seq = ?')
      .pluck()
      .get(closed.report.journal.lastSeq);
    expect(closed.report.journal.lastHash).toBe(lastHash);

    // the closed shift is locked: no void, no payment
    const lastSale = s.core.db.prepare('SELECT receipt_no FROM sales ORDER BY id DESC LIMIT 1').pluck().get();
    expect(s.call('office', 'sales.void', { receiptNo: lastSale as string, reason: '更正' })).toMatchObject({
      error: { code: 'SHIFT_LOCKED' },
    });
    expect(s.commit({ lines: [s.line.towel()] }, [cash(3_900)], { session: 'li' })).toMatchObject({
      error: { code: 'SHIFT_NOT_OPEN' },
    });

    // the next shift's float is checked against what was left in: ￥10 missing overnight
    const next = s.ok('till', 'shifts.open', { counts: drawerOf(19_000), note: '少一张十元' });
    expect(next).toMatchObject({ previousLeftInFen: 20_000, floatDifferenceFen: -1_000 });
    expect(s.journal('shift.opened')[1]?.payload).toMatchObject({
      differenceFen: -1_000,
      note: '少一张十元',
    });

    // the business day closes once every shift is closed; Z numbers have no gap
    expect(s.call('office', 'shifts.closeDay', { businessDay: '2026-11-23' })).toMatchObject({
      error: { code: 'BUSINESS_DAY_SHIFTS_OPEN', details: { count: 1 } },
    });
    s.ok('till', 'shifts.closeCount', {
      counts: drawerOf(19_000),
      settled: { bankCard: 0, wechat: 0, alipay: 0 },
    });
    const second = s.ok('till', 'shifts.close', { leftInFen: 19_000 }).report;
    expect(second.zNo).toBe(2);
    // its journal range starts at its own opening, after the first Z's range
    const secondOpening = s.core.db
      .prepare(`SELECT seq FROM journal WHERE type = 'shift.opened' ORDER BY seq DESC LIMIT 1`)
      .pluck()
      .get();
    expect(second.journal.firstSeq).toBe(secondOpening);
    expect(second.journal.firstSeq).toBeGreaterThan(closed.report.journal.lastSeq);
    const day = s.ok('office', 'shifts.closeDay', { businessDay: '2026-11-23' });
    expect(day.closed).toMatchObject({ by: '王经理' });
    const csv = day.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe(
      '营业日,收银台,班次,Z号,开班人,开班时间,结班时间,销售笔数,销售金额,应有现金,实点现金,长短款,留存备用金,解缴金额',
    );
    expect(csv[1]).toContain(',T01,1,1,张三,');
    expect(csv[1]).toMatch(/,6,"?￥2,196\.00"?,￥267\.00,￥252\.00,-￥15\.00,￥200\.00,￥52\.00$/);
    expect(csv[3]).toMatch(/^2026-11-23,合计,/);
    expect(s.call('till', 'shifts.open', { counts: drawerOf(19_000) })).toMatchObject({
      error: { code: 'BUSINESS_DAY_CLOSED' },
    });
  });
});
