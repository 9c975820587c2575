import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueuePrint } from '../../../electron/core/printing/queue';
import { savePageToDataDir } from '../../../electron/core/printing/transports/system';
import { TEMPLATES } from '../../../shared/print/templates';
import { openStaffedTill } from '../../helpers/core';
import { FAST_PRINTING, pdfMediaBoxes, waitFor } from '../../helpers/printing';

type Till = ReturnType<typeof openStaffedTill>;
let till: Till | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

function queueWarrantyCard(t: Till): number {
  const sheet = t.ok('admin', 'printing.savePrinter', {
    name: 'A5 质保单',
    settings: { kind: 'page', transport: { type: 'system', printerName: null }, pageSize: 'A5' },
  });
  t.ok('admin', 'printing.saveRoute', { documentType: 'warrantyCard', printerId: sheet.id });
  const card = TEMPLATES.warrantyCard.sample();
  return enqueuePrint(t.core.db, {
    documentType: 'warrantyCard',
    reference: card.cardNo,
    data: card,
    now: t.clock.now(),
  }).id;
}

const doneJob = (t: Till, jobId: number) =>
  t.ok('admin', 'printing.jobs', { states: ['done'] }).find((job) => job.id === jobId);

describe('browser mode pages', () => {
  it('are printed to an A5 PDF by the local Chromium, and the job says where', async () => {
    const t = (till = openStaffedTill({ printing: FAST_PRINTING }));
    const jobId = queueWarrantyCard(t);
    const job = await waitFor('the PDF', () => doneJob(t, jobId), 30_000);
    expect(job.lastError).toBeNull();
    expect(job.output).toMatch(new RegExp(`/prints/${jobId}-[^/]+\\.pdf$`));
    expect(job.output?.startsWith(t.dataDir)).toBe(true);
    const pdf = readFileSync(job.output as string);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // every font in the PDF is the bundled Noto Sans SC, whatever fonts this machine has
    const fonts = [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(\S+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansSC/);
    const boxes = pdfMediaBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [width, height] of boxes) {
      expect(Math.abs(width - 419.5)).toBeLessThanOrEqual(1);
      expect(Math.abs(height - 595.3)).toBeLessThanOrEqual(1);
    }
  }, 40_000);

  it('keep the HTML and say so when no Chromium is installed', async () => {
    const t = (till = openStaffedTill({
      printing: {
        ...FAST_PRINTING,
        // the till's own data folder, as browser mode passes it, on a machine without Chromium
        systemPrint: (page) => savePageToDataDir((till as Till).dataDir, { chromium: null })(page),
      },
    }));
    const jobId = queueWarrantyCard(t);
    const job = await waitFor('the saved page', () => doneJob(t, jobId));
    expect(job.output).toMatch(/^HTML only \(no Chromium found to make a PDF\): .*\.html$/);
    const html = (job.output as string).split(': ').pop() as string;
    expect(readFileSync(html, 'utf8')).toContain('@page { size: A5;');
  });
});
