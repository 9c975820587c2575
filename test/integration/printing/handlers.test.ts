import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enqueuePrint } from '../../../electron/core/printing/queue';
import type { PrintPage } from '../../../electron/core/printing/transports/system';
import { TEMPLATES } from '../../../shared/print/templates';
import { openStaffedTill } from '../../helpers/core';
import { containsBytes, decodeEscPos, linesOf, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter, waitFor } from '../../helpers/printing';

type Till = ReturnType<typeof openStaffedTill>;
let till: Till | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  till?.close();
  await printer?.close();
  till = printer = undefined;
});

/** 张三 (cashier) at the till, 王经理 (manager) signed in beside him, a receipt printer listening. */
async function staffedShop(
  options: { drawerPin?: 2 | 5; pages?: PrintPage[] } = {},
): Promise<Till & { printerId: number }> {
  printer = await FakePrinter.start();
  const pages = options.pages;
  const t = (till = openStaffedTill({
    printing: {
      ...FAST_PRINTING,
      ...(pages && { systemPrint: async (page: PrintPage) => void pages.push(page) }),
    },
  }));
  const { id } = t.ok(
    'admin',
    'printing.savePrinter',
    tcpPrinter(printer.port, { drawerPin: options.drawerPin }),
  );
  t.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
  t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
  t.ok('office', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
  return Object.assign(t, { printerId: id });
}

const journal = (
  t: Till,
  type: string,
): { actor_id: number; approver_id: number | null; payload: string }[] =>
  t.core.db
    .prepare('SELECT actor_id, approver_id, payload FROM journal WHERE type = ? ORDER BY seq')
    .all(type) as never;

function queueReceipt(t: Till): number {
  const sale = TEMPLATES.receipt.sample();
  return enqueuePrint(t.core.db, {
    documentType: 'receipt',
    reference: sale.receiptNo,
    data: sale,
    now: t.clock.now(),
  }).id;
}

describe('printer settings', () => {
  it('are managed from manager up; a cashier needs an approval', async () => {
    const t = await staffedShop();
    const input = tcpPrinter(9100, { name: '后台打印机' });
    expect(t.call('till', 'printing.savePrinter', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED' },
    });
    const saved = t.ok('office', 'printing.savePrinter', input);
    expect(saved).toMatchObject({ name: '后台打印机', enabled: true, status: 'unknown' });
    expect(t.call('office', 'printing.savePrinter', { ...input, name: '后台打印机' })).toMatchObject({
      error: { code: 'PRINTER_NAME_TAKEN' },
    });
    expect(journal(t, 'printing.printerSaved').at(-1)?.actor_id).toBe(t.ids.wang);
    expect(t.ok('till', 'printing.printers', {}).printers.map((p) => p.name)).toContain('后台打印机');
  });

  it('refuse file targets outside the data folder and hosts that are not hosts', async () => {
    const t = await staffedShop();
    for (const path of ['../counter-pos.db', '/etc/passwd', 'a/b', '..']) {
      const result = t.call('office', 'printing.savePrinter', {
        name: 'dev',
        settings: { kind: 'thermal', transport: { type: 'file', path }, paperWidth: 58 },
      });
      expect(result, path).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(
      t.call('office', 'printing.savePrinter', {
        name: 'x',
        settings: { kind: 'thermal', transport: { type: 'tcp', host: 'a b;c' }, paperWidth: 80 },
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('route document types, the receipt printer taking the rest', async () => {
    const t = await staffedShop();
    const page = t.ok('office', 'printing.savePrinter', {
      name: 'A5',
      settings: { kind: 'page', transport: { type: 'system', printerName: null } },
    });
    expect(page.settings).toEqual({
      kind: 'page',
      transport: { type: 'system', printerName: null },
      pageSize: 'A5',
    });
    const routes = t.ok('office', 'printing.saveRoute', {
      documentType: 'warrantyCard',
      printerId: page.id,
      copies: 2,
    });
    expect(routes).toEqual([
      { documentType: 'receipt', printerId: t.printerId, copies: 1 },
      { documentType: 'warrantyCard', printerId: page.id, copies: 2 },
    ]);
    expect(
      t.ok('office', 'printing.saveRoute', { documentType: 'warrantyCard', printerId: null }),
    ).toHaveLength(1);
  });
});

describe('reprints', () => {
  it('print a new job marked 重印 COPY without the drawer kick, and are journaled with who asked', async () => {
    const t = await staffedShop();
    const original = queueReceipt(t);
    await printer?.waitForJobs(1);
    const copy = t.ok('till', 'printing.reprint', { jobId: original });
    expect(copy).toMatchObject({ copyOf: original, documentType: 'receipt', reference: 'T01-20261123-0001' });
    expect(copy.id).not.toBe(original);
    const [first, second] = (await printer?.waitForJobs(2)) ?? [];
    expect(textOf(decodeEscPos(first as Uint8Array))).not.toContain('重印 COPY');
    const printed = decodeEscPos(second as Uint8Array);
    expect(linesOf(printed).filter((line) => line.text.includes('** 重印 COPY **'))).toHaveLength(2);
    expect(printed.some((e) => e.type === 'drawer')).toBe(false);
    expect(containsBytes(first as Uint8Array, [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);

    const [entry] = journal(t, 'printing.reprinted');
    expect(entry?.actor_id).toBe(t.ids.zhang);
    expect(JSON.parse(entry?.payload ?? '{}')).toEqual({
      jobId: copy.id,
      originalJobId: original,
      documentType: 'receipt',
      reference: 'T01-20261123-0001',
    });
    // a reprint of the reprint still points at the original
    expect(t.ok('till', 'printing.reprint', { jobId: copy.id }).copyOf).toBe(original);
  });

  it('are refused for documents that are not kept, and jobs cancel only while unprinted', async () => {
    const t = await staffedShop();
    const test = t.ok('office', 'printing.testPage', { printerId: t.printerId });
    expect(t.call('till', 'printing.reprint', { jobId: test.id })).toMatchObject({
      error: { code: 'NOT_REPRINTABLE' },
    });
    await waitFor('the test page', () => t.ok('office', 'printing.jobs', { states: ['done'] }).length === 1);
    expect(t.call('office', 'printing.cancel', { jobId: test.id })).toMatchObject({
      error: { code: 'PRINT_JOB_NOT_CANCELLABLE' },
    });
    expect(t.call('office', 'printing.cancel', { jobId: 999 })).toMatchObject({
      error: { code: 'PRINT_JOB_NOT_FOUND' },
    });
  });
});

describe('opening the drawer without a sale', () => {
  it('needs a manager; with one’s approval it kicks the drawer and journals the reason and both names', async () => {
    const t = await staffedShop({ drawerPin: 5 });
    const input = { reason: '换零钱' };
    expect(t.call('till', 'drawer.noSale', input)).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED' },
    });
    const approval = t.ok('till', 'auth.approve', {
      approverId: t.ids.wang,
      pin: '888888',
      channel: 'drawer.noSale',
      input,
    });
    const job = t.ok('till', 'drawer.noSale', input, approval.approvalId);
    expect(job).toMatchObject({ documentType: 'noSale', printerId: t.printerId });

    const [entry] = journal(t, 'drawer.noSale');
    expect(entry).toMatchObject({ actor_id: t.ids.zhang, approver_id: t.ids.wang });
    expect(JSON.parse(entry?.payload ?? '{}')).toEqual({ reason: '换零钱', printerId: t.printerId });

    const [bytes] = (await printer?.waitForJobs(1)) ?? [];
    expect(containsBytes(bytes as Uint8Array, [0x1b, 0x70, 0x01, 0x19, 0xfa])).toBe(true);
    const printed = textOf(decodeEscPos(bytes as Uint8Array));
    expect(printed).toContain('原因：换零钱');
    expect(printed).toMatch(/授权主管 +王经理/);
    expect(t.call('till', 'drawer.noSale', { reason: 'x' })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('is refused, and nothing journaled, when no printer is set up', async () => {
    const t = (till = openStaffedTill({ printing: FAST_PRINTING }));
    t.ok('office', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    expect(t.call('office', 'drawer.noSale', { reason: '换零钱' })).toMatchObject({
      error: { code: 'NO_PRINTER' },
    });
    expect(journal(t, 'drawer.noSale')).toEqual([]);
  });
});

describe('other targets', () => {
  it('print a test page into a file in the data folder, ruler as wide as the paper', async () => {
    const t = await staffedShop();
    const file = t.ok('office', 'printing.savePrinter', {
      name: '开发',
      settings: { kind: 'thermal', transport: { type: 'file', path: 'dev-printer.bin' }, paperWidth: 58 },
    });
    const job = t.ok('office', 'printing.testPage', { printerId: file.id });
    await waitFor('the test page', () =>
      t.ok('office', 'printing.jobs', { states: ['done'] }).some((j) => j.id === job.id),
    );
    const events = decodeEscPos(readFileSync(join(t.dataDir, 'prints', 'dev-printer.bin')));
    const printed = textOf(events);
    expect(printed).toContain('12345678901234567890123456789012\n');
    expect(printed).toContain('打印测试页 TEST PAGE');
    expect(printed).toMatch(/中文模式 Chinese mode +开 FS &/);
    expect(printed).toContain('58mm 文件 dev-printer.bin');
    expect(events.some((e) => e.type === 'barcode')).toBe(true);
  });

  it('send warranty cards routed to a sheet printer as an A5 page', async () => {
    const pages: PrintPage[] = [];
    const t = await staffedShop({ pages });
    const sheet = t.ok('office', 'printing.savePrinter', {
      name: 'A5 打印机',
      settings: { kind: 'page', transport: { type: 'system', printerName: 'HP' }, pageSize: 'A5' },
    });
    t.ok('office', 'printing.saveRoute', { documentType: 'warrantyCard', printerId: sheet.id });
    const card = TEMPLATES.warrantyCard.sample();
    enqueuePrint(t.core.db, {
      documentType: 'warrantyCard',
      reference: card.cardNo,
      data: card,
      now: t.clock.now(),
    });
    await waitFor('the page', () => pages.length === 1);
    expect(pages[0]).toMatchObject({ pageSize: 'A5', printerName: 'HP', title: `质保单 ${card.cardNo}` });
    expect(pages[0]?.html).toContain('@page { size: A5;');
    expect(pages[0]?.html).toContain('NGTC-2026-0123456');
    expect(pages[0]?.html).toContain('138****5678');
  });

  it('save the page in the data folder in browser mode', async () => {
    const t = (till = openStaffedTill({ printing: FAST_PRINTING }));
    const sheet = t.ok('admin', 'printing.savePrinter', {
      name: 'A5',
      settings: { kind: 'page', transport: { type: 'system', printerName: null } },
    });
    const job = t.ok('admin', 'printing.testPage', { printerId: sheet.id });
    await waitFor('the saved page', () => t.ok('admin', 'printing.jobs', { states: ['done'] }).length === 1);
    const [name] = readdirSync(join(t.dataDir, 'prints'));
    expect(name).toMatch(new RegExp(`^${job.id}-.*\\.html$`));
    expect(readFileSync(join(t.dataDir, 'prints', name as string), 'utf8')).toContain('打印测试页 TEST PAGE');
  });
});

describe('previews and document settings', () => {
  it('show each template with sample data and the store’s own texts', async () => {
    const t = await staffedShop();
    const settings = t.ok('till', 'printing.documentSettings', {});
    expect(settings).toMatchObject({ weightDecimals: 3, receiptCode: 'qr' });
    expect(t.call('till', 'printing.saveDocumentSettings', settings)).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED' },
    });
    t.ok('office', 'printing.saveDocumentSettings', {
      ...settings,
      storeAddress: '深圳市罗湖区水贝一路88号',
      returnPolicy: '七天无理由退换（定制除外）',
      weightDecimals: 2,
    });
    expect(JSON.parse(journal(t, 'printing.documentSettingsChanged')[0]?.payload ?? '{}')).toEqual({
      storeAddress: '深圳市罗湖区水贝一路88号',
      returnPolicy: '七天无理由退换（定制除外）',
      weightDecimals: 2,
    });
    const preview = t.ok('till', 'printing.preview', { documentType: 'receipt', format: '58mm' });
    expect(preview.text).toContain('七天无理由退换');
    expect(preview.text).toContain('重量 25.38g');
    expect(preview.text).toContain('金福珠宝');
    expect(preview.html).toContain('<main class="paper">');
    const page = t.ok('till', 'printing.preview', { documentType: 'warrantyCard', format: 'A5' });
    expect(page).toMatchObject({ text: null });
    expect(page.html).toContain('深圳市罗湖区水贝一路88号');
  });
});
