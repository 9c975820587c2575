import { afterEach, describe, expect, it } from 'vitest';
import { shiftTenderEvents } from '../../../electron/core/modules/shifts/sources';
import { expectedAmounts } from '../../../shared/domain/shift';
import { openRepairShop, type RepairShop } from '../../helpers/repairs';
import { encodeGb18030 } from '../../../electron/core/printing/render';
import { renderEscPos } from '../../../shared/print/render/escpos';
import { buildDocument } from '../../../shared/print/templates';
import { decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { TEST_CONTEXT } from '../../helpers/printing';
import { afterCommit, cash } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';
import { roleHas } from '../../../shared/domain/roles';

let shop: RepairShop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const readyTicket = (s: RepairShop, deposit: { amountFen: number; tenders: never[] } | null) => {
  const result = s.intake(deposit ? { deposit } : {});
  if (!result.ok) throw new Error(result.error.message);
  const { ticketNo } = result.value;
  s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'inWorkshop', workshop: { kind: 'bench' } } });
  s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
  s.ok('desk', 'repairs.qc', { ticketNo, weightMg: 20_150, stones: 0, passed: true });
  return ticketNo;
};

describe('repair money in the shift', () => {
  it('can be taken at a repair desk of its own: the desk opens, counts and hands over the drawer’s shift', () => {
    const s = (shop = openRepairShop({ shift: false }));
    expect(s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } })).toMatchObject({
      ok: false,
      error: { code: 'SHIFT_NOT_OPEN' },
    });
    const shift = s.ok('desk', 'shifts.open', { counts: drawerOf(20_000), note: null });
    const taken = s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } });
    expect(taken.ok).toBe(true);
    const expected = expectedAmounts(shiftTenderEvents(s.core.db, shift.id));
    expect(expected.cash).toMatchObject({ floatFen: 20_000, receivedFen: 2_000 });
    // a repair-desk colleague may take the drawer over too, confirming with her own PIN
    const qian = s.ok('admin', 'staff.create', { name: '钱师傅', role: 'repairDesk', pin: '4444' });
    const handed = s.ok('desk', 'shifts.handover', {
      counts: drawerOf(22_000),
      toStaffId: qian.id,
      toPin: '4444',
      note: null,
    });
    expect(handed.shift.holder).toMatchObject({ id: qian.id, name: '钱师傅' });
    expect(roleHas('repairDesk', 'sales.sell')).toBe(false);
  });

  it('counts deposits, balances and refunded deposits in the shift’s expected cash and its Z report', async () => {
    const s = (shop = openRepairShop());
    const shift = s.ok('desk', 'shifts.current', {});
    // ￥20.00 deposit from a ￥50.00 note; at pick-up ￥50.00 balance from a ￥100.00 note
    const collected = readyTicket(s, { amountFen: 2_000, tenders: [cash(5_000)] as never[] });
    s.ok('desk', 'repairs.collect', {
      ticketNo: collected,
      weightOut: { source: 'scale', weightMg: 20_150 },
      tenders: [cash(10_000)],
      stub: { kind: 'presented' },
    });
    // a ￥30.00 card deposit, and a ￥10.00 cash deposit given back when the customer changed their mind
    s.intake({
      deposit: {
        amountFen: 3_000,
        tenders: [{ method: 'bankCard', amountFen: 3_000, reference: '000777', last4: '4321' }],
      },
    });
    const refunded = s.intake({ deposit: { amountFen: 1_000, tenders: [cash(1_000)] } });
    if (!refunded.ok) throw new Error(refunded.error.message);
    s.ok('desk', 'repairs.advance', {
      ticketNo: refunded.value.ticketNo,
      step: { to: 'cancelled', reason: '顾客不修了' },
    });

    const shiftIds = s.core.db.prepare('SELECT DISTINCT shift_id FROM repair_payments').pluck().all();
    expect(shiftIds).toEqual([shift?.id]);
    const expected = expectedAmounts(shiftTenderEvents(s.core.db, shift?.id as number));
    expect(expected.cash).toMatchObject({
      floatFen: 50_000,
      receivedFen: 5_000 + 10_000 + 1_000,
      changeFen: 3_000 + 5_000,
      refundedFen: 1_000,
      // ￥500.00 float + ￥70.00 for the collected ticket
      expectedFen: 57_000,
    });
    expect(expected.tenders.find((t) => t.method === 'bankCard')?.expectedFen).toBe(3_000);

    // counted exactly at close: the Z report shows the repair money beside the sales, and prints it
    s.ok('till', 'shifts.closeCount', {
      counts: drawerOf(57_000),
      settled: { bankCard: 3_000, wechat: 0, alipay: 0 },
    });
    const { report } = s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(report.bySource).toEqual([{ source: 'repair', receivedFen: 11_000, refundedFen: 1_000 }]);
    expect(report.cash.expectedFen).toBe(57_000);
    await afterCommit();
    const data = s.core.db
      .prepare(`SELECT data FROM print_jobs WHERE document_type = 'zReport'`)
      .pluck()
      .get() as string;
    const document = buildDocument('zReport', JSON.parse(data), TEST_CONTEXT);
    const bytes = renderEscPos(
      document,
      { paperWidth: 80, chineseMode: true, drawerPin: null, copies: 1 },
      encodeGb18030,
    );
    expect(textOf(decodeEscPos(bytes))).toMatch(/维修定金及尾款/);
  });

  it('takes no money without an open shift, but receives items without a deposit', () => {
    const s = (shop = openRepairShop({ shift: false }));
    expect(s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } })).toMatchObject({
      ok: false,
      error: { code: 'SHIFT_NOT_OPEN' },
    });
    const ticketNo = readyTicket(s, null);
    expect(
      s.call('desk', 'repairs.collect', {
        ticketNo,
        weightOut: { source: 'scale', weightMg: 20_150 },
        tenders: [cash(7_000)],
        stub: { kind: 'presented' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'SHIFT_NOT_OPEN' } });
    expect(s.ok('desk', 'repairs.get', { ticketNo }).status).toBe('readyToCollect');
    expect(s.core.db.prepare('SELECT count(*) FROM repair_payments').pluck().get()).toBe(0);
  });
});
