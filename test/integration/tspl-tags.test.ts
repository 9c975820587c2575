import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PIN } from '../helpers/core';
import { FakePrinter } from '../helpers/fake-printer';
import { FAST_PRINTING, waitFor } from '../helpers/printing';
import { openShop, type Shop } from '../helpers/sales';
import { decodeTspl, inkDots, labelsOf } from '../helpers/tspl-decoder';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

/** A shop with a TSPL label printer on a TCP sink, chosen for tags by the manager. */
async function labelShop(): Promise<{ s: Shop; printerId: number }> {
  printer = await FakePrinter.start();
  const s = (shop = openShop({ printing: FAST_PRINTING }));
  const { id } = s.ok('office', 'printing.savePrinter', {
    name: '标签机',
    settings: { kind: 'label', transport: { type: 'tcp', host: '127.0.0.1', port: printer.port }, dpi: 203 },
  });
  s.ok('office', 'tags.saveSettings', { ...s.ok('office', 'tags.settings', {}), printerId: id });
  return { s, printerId: id };
}

const done = (s: Shop, jobId: number) =>
  waitFor(`tag job ${jobId} to be done`, () =>
    s.ok('office', 'printing.jobs', { states: ['done'] }).some((job) => job.id === jobId),
  );

describe('tags on a TSPL label printer over TCP', () => {
  it('prints the bangle’s dumbbell tag: framing, the printer’s CODE128, ASCII as TEXT, Chinese as bitmaps', async () => {
    const { s } = await labelShop();
    const [job] = s.ok('till', 'tags.print', { productIds: [s.products.bangle] });
    const [bytes] = await (printer as FakePrinter).waitForJobs(1);
    await done(s, (job as { id: number }).id);
    const tspl = decodeTspl(bytes as Uint8Array);

    // SIZE, GAP, DIRECTION, REFERENCE, CLS; the content; PRINT with one copy, once
    expect(tspl.commands.slice(0, 5)).toEqual([
      { name: 'SIZE', args: ['72 mm', '10 mm'] },
      { name: 'GAP', args: ['2 mm', '0 mm'] },
      { name: 'DIRECTION', args: [1, 0] },
      { name: 'REFERENCE', args: [0, 0] },
      { name: 'CLS', args: [] },
    ]);
    expect(tspl.commands.at(-1)).toEqual({ name: 'PRINT', args: [1] });
    expect(labelsOf(tspl)).toHaveLength(1);
    expect(new Set(tspl.commands.slice(5, -1).map((c) => c.name))).toEqual(
      new Set(['TEXT', 'BARCODE', 'BITMAP']),
    );

    // 72 × 10 mm at 8 dots a mm: 576 × 80 dots; the 22 mm tail leaves two faces of (576 − 176) / 2 = 200 dots
    expect(tspl.barcodes).toHaveLength(1);
    const [barcode] = tspl.barcodes;
    expect(barcode).toMatchObject({ type: '128', content: '6901234567890', rotation: 0, humanReadable: 0 });
    // CODE128 of 13 characters: (13 + 2) × 11 + 13 = 178 modules, one dot each, within the left face
    expect((barcode as { x: number }).x + 178).toBeLessThanOrEqual(200);

    expect(tspl.texts.map((t) => t.content)).toEqual(['6901234567890', '20.15g', 'NGTC-2026-118']);
    for (const text of tspl.texts) expect(text).toMatchObject({ font: '1', rotation: 0, xMul: 1, yMul: 1 });

    // the name, the purity and the labor fee, on the right face (from dot 376), inside the label
    expect(tspl.bitmaps).toHaveLength(3);
    for (const bitmap of tspl.bitmaps) {
      expect(bitmap.data.length).toBe(bitmap.widthBytes * bitmap.height);
      expect(bitmap.mode).toBe(0);
      expect(bitmap.x).toBeGreaterThanOrEqual(376);
      expect(bitmap.x + bitmap.widthBytes * 8).toBeLessThanOrEqual(576);
      expect(bitmap.y + bitmap.height).toBeLessThanOrEqual(80);
      expect(inkDots(bitmap)).toBeGreaterThan(0);
    }
    const [name, purity, labor] = tspl.bitmaps as [
      (typeof tspl.bitmaps)[0],
      (typeof tspl.bitmaps)[0],
      (typeof tspl.bitmaps)[0],
    ];
    // the name's line is the tallest; six ideographs of about 0.9 × 26 dots each need 18 or more bytes
    expect(name.height).toBeGreaterThan(purity.height);
    expect(name.widthBytes).toBeGreaterThanOrEqual(18);
    expect(purity.height).toBe(labor.height);
    // nothing but ASCII goes to the printer as text: its fonts may lack Chinese
    expect(Buffer.from(bytes as Uint8Array).toString('latin1')).not.toMatch(/TEXT [^\r]*[^\x20-\x7e\r]/);

    const [entry] = s.journal('tags.printed');
    expect(entry?.payload).toMatchObject({
      productId: s.products.bangle,
      sku: 'JZ-0001',
      barcode: '6901234567890',
      weightMg: 20_150,
      priceFen: null,
      laborFee: { kind: 'perGram', fen: 1_500 },
      purity: 'Au999',
      certificateNo: 'NGTC-2026-118',
      jobId: (job as { id: number }).id,
    });
    expect(s.journal('tags.reprinted')).toHaveLength(0);
  });

  it('journals a second tag of the same piece as a reprint, and says which pieces were tagged', async () => {
    const { s } = await labelShop();
    s.ok('till', 'tags.print', { productIds: [s.products.bangle] });
    await (printer as FakePrinter).waitForJobs(1);
    const pieces = s.ok('till', 'tags.pieces', {
      source: 'ids',
      productIds: [s.products.bangle, s.products.jade],
    });
    expect(pieces.map((p) => [p.sku, p.tagged])).toEqual([
      ['JZ-0001', true],
      ['YP-0001', false],
    ]);

    const jobs = s.ok('till', 'tags.print', { productIds: [s.products.bangle, s.products.jade], copies: 2 });
    const all = await (printer as FakePrinter).waitForJobs(3);
    await done(s, (jobs[1] as { id: number }).id);
    expect(s.journal('tags.printed').map((e) => e.payload.sku)).toEqual(['JZ-0001', 'YP-0001']);
    const reprints = s.journal('tags.reprinted');
    expect(reprints).toHaveLength(1);
    expect(reprints[0]?.payload).toMatchObject({
      productId: s.products.bangle,
      barcode: '6901234567890',
      weightMg: 20_150,
      laborFee: { kind: 'perGram', fen: 1_500 },
      copies: 2,
      jobId: (jobs[0] as { id: number }).id,
    });
    expect(reprints[0]?.actor_id).toBe(s.ids.zhang);
    // the jade has no barcode of its own: its SKU is the code; two copies of its tag
    const jade = decodeTspl(all[2] as Uint8Array);
    expect(jade.barcodes.map((b) => b.content)).toEqual(['YP-0001']);
    expect(jade.commands.at(-1)).toEqual({ name: 'PRINT', args: [2] });
  });

  it('prints the plain rectangle with the fixed price, at the configured size and gap', async () => {
    const { s } = await labelShop();
    const settings = s.ok('office', 'tags.settings', {});
    s.ok('office', 'tags.saveSettings', {
      ...settings,
      shape: 'rectangle',
      rectangle: { shape: 'rectangle', widthMm: 50, heightMm: 30, gapMm: 3 },
    });
    s.ok('till', 'tags.print', { productIds: [s.products.vase] });
    const [bytes] = await (printer as FakePrinter).waitForJobs(1);
    const tspl = decodeTspl(bytes as Uint8Array);
    expect(tspl.commands[0]).toEqual({ name: 'SIZE', args: ['50 mm', '30 mm'] });
    expect(tspl.commands[1]).toEqual({ name: 'GAP', args: ['3 mm', '0 mm'] });
    expect(tspl.barcodes.map((b) => [b.type, b.content])).toEqual([['128', 'CP-0007']]);
    expect(tspl.texts.map((t) => t.content)).toEqual(['CP-0007']);
    // the name and 售价 ￥1,280.00 are bitmaps, within 50 × 30 mm = 400 × 240 dots
    expect(tspl.bitmaps).toHaveLength(2);
    for (const bitmap of tspl.bitmaps) {
      expect(bitmap.data.length).toBe(bitmap.widthBytes * bitmap.height);
      expect(bitmap.x + bitmap.widthBytes * 8).toBeLessThanOrEqual(400);
      expect(bitmap.y + bitmap.height).toBeLessThanOrEqual(240);
    }
    expect(s.journal('tags.printed')[0]?.payload).toMatchObject({ priceFen: 128_000, laborFee: null });
  });

  it('previews the tag as an SVG the size of the label in dots', async () => {
    const { s } = await labelShop();
    const preview = s.ok('till', 'tags.preview', { productId: s.products.bangle });
    expect(preview).toMatchObject({ widthDots: 576, heightDots: 80 });
    const svg = Buffer.from(preview.image.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString(
      'utf8',
    );
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 576 80"/);
    expect(svg).toContain('>6901234567890</text>');
    // previewing is not printing: nothing queued, nothing journaled
    expect(s.journal('tags.printed')).toHaveLength(0);
    expect(s.ok('office', 'printing.jobs', {})).toHaveLength(0);
  });

  it('lists what was received on the store’s business day, not the machine’s or UTC’s', async () => {
    const { s } = await labelShop();
    // the shop received its five goods at 10:00 in Shanghai
    expect(
      s
        .ok('till', 'tags.pieces', { source: 'receivedToday' })
        .map((p) => p.sku)
        .sort(),
    ).toEqual(['CP-0007', 'DZ-0750', 'JZ-0001', 'MJ-0100', 'YP-0001']);
    // hours pass: the idle sessions lock, and the staff sign in again
    const later = (ms: number): void => {
      s.clock.advance(ms);
      s.ok('admin', 'auth.login', { staffId: 1, pin: ADMIN_PIN });
      s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
    };
    // 23:30 in Shanghai (15:30 UTC), a jade is received: still the same day
    later(13.5 * 3_600_000);
    s.ok('admin', 'catalog.receiveStock', { productId: s.products.jade, quantity: 1, note: '' });
    // 00:30 in Shanghai the next day, 16:30 UTC the same UTC day: yesterday's receipts are not today's
    later(3_600_000);
    expect(s.ok('till', 'tags.pieces', { source: 'receivedToday' })).toEqual([]);
    s.ok('admin', 'catalog.receiveStock', { productId: s.products.towel, quantity: 5, note: '' });
    expect(s.ok('till', 'tags.pieces', { source: 'receivedToday' }).map((p) => p.sku)).toEqual(['MJ-0100']);
  });

  it('refuses without a label printer, a receipt printer for tags, and settings from a cashier', async () => {
    const s = (shop = openShop({ printing: FAST_PRINTING }));
    expect(s.call('till', 'tags.print', { productIds: [s.products.bangle] })).toMatchObject({
      ok: false,
      error: { code: 'TAG_PRINTER_NOT_SET' },
    });
    const receipt = s.ok('office', 'printing.savePrinter', {
      name: '小票机',
      settings: {
        kind: 'thermal',
        transport: { type: 'tcp', host: '127.0.0.1', port: 9100 },
        paperWidth: 80,
        statusReplies: false,
      },
    });
    const settings = s.ok('office', 'tags.settings', {});
    expect(s.call('office', 'tags.saveSettings', { ...settings, printerId: receipt.id })).toMatchObject({
      ok: false,
      error: { code: 'TAG_PRINTER_NOT_LABEL' },
    });
    expect(s.call('till', 'tags.saveSettings', settings)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'printing.manage' } },
    });
    expect(s.journal('tags.printed')).toHaveLength(0);
  });
});
