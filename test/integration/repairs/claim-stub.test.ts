import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/print/render/text';
import { buildDocument } from '../../../shared/print/templates';
import { FAST_PRINTING, pdfMediaBoxes, TEST_CONTEXT, waitFor } from '../../helpers/printing';
import { openRepairShop, type RepairShop } from '../../helpers/repairs';
import { cash } from '../../helpers/sales';

let shop: RepairShop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

/** The repair desk's intake slip goes to an A5 sheet printer (a PDF in browser mode). */
function routeSlipToA5(s: RepairShop): void {
  const sheet = s.ok('admin', 'printing.savePrinter', {
    name: 'A5 维修单',
    settings: { kind: 'page', transport: { type: 'system', printerName: null }, pageSize: 'A5' },
  });
  s.ok('admin', 'printing.saveRoute', { documentType: 'repairSlip', printerId: sheet.id });
}

describe('the claim stub', () => {
  it('names the declared value and the balance due, and fits one A5 page (the tag another)', async () => {
    const s = (shop = openRepairShop({ printing: FAST_PRINTING }));
    routeSlipToA5(s);
    // declared ￥12,000.00; quoted 50.00 + 20.00 = ￥70.00, ￥20.00 paid down: 70.00 − 20.00 = ￥50.00 due
    const result = s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } });
    if (!result.ok) throw new Error(result.error.message);
    const { ticketNo } = result.value;

    const job = await waitFor(
      'the slip’s PDF',
      () =>
        s
          .ok('admin', 'printing.jobs', { states: ['done'] })
          .find((done) => done.documentType === 'repairSlip' && done.reference === ticketNo),
      30_000,
    );
    expect(job.lastError).toBeNull();
    // one page for the customer's stub, one for the workshop tag
    expect(pdfMediaBoxes(readFileSync(job.output as string))).toHaveLength(2);

    const data = s.core.db.prepare('SELECT data FROM print_jobs WHERE id = ?').pluck().get(job.id) as string;
    const text = renderText(buildDocument('repairSlip', JSON.parse(data), TEST_CONTEXT), 48);
    const stub = text.slice(0, text.indexOf('维修工单'));
    expect(stub).toMatch(/申报价值\s+￥12,000\.00/);
    expect(stub).toMatch(/已付订金\s+￥20\.00/);
    expect(stub).toMatch(/应付余额\s+￥50\.00/);
  }, 40_000);
});
