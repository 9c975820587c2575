import { afterEach, describe, expect, it } from 'vitest';
import { appendJournal } from '../../../electron/core/journal/append';
import { enqueuePrint } from '../../../electron/core/printing/queue';
import { TEMPLATES } from '../../../shared/print/templates';
import { formatGrams, formatYuan } from '../../../shared/domain/money';
import { openStaffedTill } from '../../helpers/core';
import { containsBytes, decodeEscPos, indexOfBytes, linesOf, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter, waitFor } from '../../helpers/printing';

let till: ReturnType<typeof openStaffedTill> | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  till?.close();
  await printer?.close();
  till = printer = undefined;
});

const sale = TEMPLATES.receipt.sample();

/** A sale's commit as issue 3 will write it: its own rows and the receipt job, in one transaction. */
function commitSale(t: NonNullable<typeof till>): number {
  return t.core.db.transaction(() => {
    appendJournal(t.core.db, 'T01', t.clock.now(), {
      type: 'sale.committed',
      actorId: t.ids.zhang,
      payload: { receiptNo: sale.receiptNo, totalFen: sale.totalFen },
    });
    return enqueuePrint(t.core.db, {
      documentType: 'receipt',
      reference: sale.receiptNo,
      data: sale,
      now: t.clock.now(),
      createdBy: t.ids.zhang,
    }).id;
  })();
}

describe.each([
  [58, 32],
  [80, 48],
] as const)('a receipt over TCP on %i mm paper', (paperWidth, columns) => {
  it(`prints every item, the totals and the masked phone, each line within ${columns} columns`, async () => {
    printer = await FakePrinter.start();
    const t = (till = openStaffedTill({ printing: FAST_PRINTING }));
    const { id } = t.ok('admin', 'printing.savePrinter', tcpPrinter(printer.port, { paperWidth }));
    t.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });

    const jobId = commitSale(t);
    const [bytes] = await printer.waitForJobs(1);
    await waitFor(
      'the job to be done',
      () => t.ok('admin', 'printing.jobs', { states: ['done'] }).length === 1,
    );

    const events = decodeEscPos(bytes as Uint8Array);
    const printed = textOf(events);
    for (const item of sale.items) {
      expect(printed).toContain(item.name);
      expect(printed).toContain(formatYuan(item.priceFen));
      if (item.weightMg) expect(printed).toContain(formatGrams(item.weightMg, 3));
      if (item.purity) expect(printed).toContain(item.purity);
    }
    expect(printed).toContain('金价 ￥658.00/g');
    expect(printed).toContain('工费 ￥15.00/g');
    expect(printed).toMatch(/应收合计 +￥12,997\.86/);
    expect(printed).toMatch(/微信支付 +￥10,000\.00/);
    expect(printed).toMatch(/找零 +￥2\.14/);
    expect(printed).toContain('-￥6,150.00');
    expect(printed).toContain('138****5678');
    expect(printed).not.toContain('13812345678');

    for (const line of linesOf(events)) expect(line.columns, line.text).toBeLessThanOrEqual(columns);
    expect(events.filter((e) => e.type === 'qr')).toEqual([
      { type: 'qr', data: sale.receiptNo, module: 6, errorCorrection: 'M' },
    ]);
    // one job: ESC @ first and only there, Chinese mode, the drawer kick (cash tendered), the cut last
    expect(indexOfBytes(bytes as Uint8Array, [0x1b, 0x40])).toBe(0);
    expect(events.filter((e) => e.type === 'init')).toHaveLength(1);
    expect(events[1]).toEqual({ type: 'chineseMode', on: true });
    expect(containsBytes(bytes as Uint8Array, [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'cut', bytes: [0x1d, 0x56, 0x42, 0x00] });
    expect(printer.jobs).toHaveLength(1);

    const job = t.ok('admin', 'printing.jobs', { states: ['done'] })[0];
    expect(job).toMatchObject({ id: jobId, state: 'done', attempts: 1, printerId: id, lastError: null });
    expect(t.core.db.prepare('SELECT status FROM printers WHERE id = ?').pluck().get(id)).toBe('ready');
  });
});
