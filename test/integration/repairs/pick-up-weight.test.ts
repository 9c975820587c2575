import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/print/render/text';
import { buildDocument, type PrintContext } from '../../../shared/print/templates';
import { openRepairShop, type RepairShop } from '../../helpers/repairs';
import { afterCommit } from '../../helpers/sales';

let shop: RepairShop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

/** A gold bangle (20.150 g in) repaired and passed at QC at 20.150 g, waiting at the desk. */
function readyBangle(s: RepairShop): string {
  const result = s.intake();
  if (!result.ok) throw new Error(result.error.code);
  const { ticketNo } = result.value;
  s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'inWorkshop', workshop: { kind: 'bench' } } });
  s.ok('desk', 'repairs.advance', { ticketNo, step: { to: 'qualityCheck' } });
  s.ok('desk', 'repairs.qc', { ticketNo, weightMg: 20_150, stones: 0, passed: true });
  return ticketNo;
}

function collectionSlip(s: RepairShop, ticketNo: string): string {
  const row = s.core.db
    .prepare(
      `SELECT data, context FROM print_jobs WHERE document_type = 'repairCollection' AND reference = ?`,
    )
    .get(ticketNo) as { data: string; context: string };
  const context = JSON.parse(row.context) as PrintContext;
  return renderText(buildDocument('repairCollection', JSON.parse(row.data), context), 48);
}

// the bangle's balance: ￥70.00 quoted, nothing paid at intake
const balance = [{ method: 'wechat' as const, amountFen: 7_000, reference: '4200001234' }];

describe('pick-up weighs the item against its quality check', () => {
  it('takes a weight-out within gold’s tolerance (−0.01 g) as it is', () => {
    const s = (shop = openRepairShop());
    const ticketNo = readyBangle(s);
    const ticket = s.ok('desk', 'repairs.collect', {
      ticketNo,
      weightOut: { source: 'scale', weightMg: 20_140 },
      tenders: balance,
      stub: { kind: 'presented' },
    });
    expect(ticket).toMatchObject({ status: 'collected', weightOutMg: 20_140 });
    expect(ticket.steps.at(-1)).toMatchObject({ kind: 'collected', approver: null });
  });

  it('refuses 1.000 g below the QC weight without a note, then needs a manager, and prints both weights', async () => {
    const s = (shop = openRepairShop());
    const ticketNo = readyBangle(s);
    const input = {
      ticketNo,
      weightOut: { source: 'scale' as const, weightMg: 19_150 },
      tenders: balance,
      stub: { kind: 'presented' as const },
    };
    expect(s.call('desk', 'repairs.collect', input)).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_WEIGHT_OUT_NOTE_REQUIRED', details: { diff: '-1.000g' } },
    });
    const noted = { ...input, weightNote: '顾客当面复称，确认无误' };
    expect(s.call('desk', 'repairs.collect', noted)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'repairs.qcAcknowledge' } },
    });
    expect(s.ok('desk', 'repairs.get', { ticketNo }).status).toBe('readyToCollect');

    const ticket = s.ok(
      'desk',
      'repairs.collect',
      noted,
      s.approve(s.ids.wang, '888888', 'repairs.collect', noted),
    );
    expect(ticket.steps.at(-1)).toMatchObject({
      kind: 'collected',
      approver: { name: '王经理' },
      note: '顾客当面复称，确认无误',
    });
    const [journaled] = s.journal('repair.collected');
    expect(journaled).toMatchObject({
      approver_id: s.ids.wang,
      payload: expect.objectContaining({
        ticketNo,
        weightOutMg: 19_150,
        qcWeightMg: 20_150,
        // 19.150 g − 20.150 g
        weightOutDiffMg: -1_000,
        weightOutBeyondTolerance: true,
      }),
    });

    await afterCommit();
    const slip = collectionSlip(s, ticketNo);
    expect(slip).toMatch(/质检重量\s+20\.150g/);
    expect(slip).toMatch(/取件重量\s+19\.150g/);
    expect(slip).toMatch(/重量差\s+-1\.000g/);
    expect(slip).toContain('顾客当面复称，确认无误');
    expect(slip).toContain('主管 王经理 确认');
  });
});
