import { createRequire } from 'node:module';
import type * as Xlsx from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/print/templates';
import { renderText } from '../../shared/print/render/text';
import { cash, GOODS, openShop, RATES, type Shop } from '../helpers/sales';
import { connectSimulatedScale, putOnScale } from '../helpers/scale';
import { counterWithTray, PLACES } from '../helpers/stock';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const { stockroom: STOCKROOM, writtenOff: WRITTEN_OFF } = PLACES;
const UNKNOWN_CODE = '6970000000017';

/**
 * The shop of helpers/sales (bangle and vase: tagged pieces in the stockroom; pendants 5, jade 3, towels 10)
 * with a counter A and its tray A1 holding two more tagged 足金 pieces, a ring and a chain; 李四 at a second
 * screen ('second'). Costs are the catalog's, set here as a buyer would have.
 */
function countingShop() {
  const s = (shop = openShop());
  const { tray } = counterWithTray(s, { counter: 'A', tray: 'A1' });
  const piece = (sku: string, barcode: string, weightMg: number): number => {
    const { id } = s.ok('admin', 'catalog.save', {
      product: {
        ...GOODS.bangle,
        sku,
        name: `足金${sku}`,
        barcodes: [barcode],
        weightMg,
        certificateNo: null,
      },
    });
    s.ok('admin', 'catalog.receiveStock', { productId: id, quantity: 1, note: '', placeId: tray.id });
    return id;
  };
  const ring = piece('JZ-0002', '6901234567906', 5_250);
  const chain = piece('JZ-0003', '6901234567913', 10_005);
  const setCost = (key: 'bangle' | 'vase' | 'towel', costFen: number): void =>
    void s.ok('admin', 'catalog.save', { id: s.products[key], product: { ...GOODS[key], costFen } });
  setCost('bangle', 1_150_000);
  setCost('vase', 60_000);
  setCost('towel', 1_500);
  s.ok('second', 'auth.login', { staffId: s.ids.li, pin: '2222' });
  const level = (productId: number, placeId: number): number =>
    (s.core.db
      .prepare('SELECT quantity FROM stock_levels WHERE product_id = ? AND place_id = ?')
      .pluck()
      .get(productId, placeId) as number | undefined) ?? 0;
  return { ...s, tray: tray.id, ring, chain, level };
}

describe('stocktake (盘点)', () => {
  it('accounts for a sale during the count, counts a piece scanned twice once, and names each find', () => {
    const s = countingShop();
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    // bangle, vase, ring, chain; pendants 5 + jade 3 + towels 10
    expect(count).toMatchObject({ state: 'open', expectedPieces: 4, expectedUnits: 18, startedBy: '王经理' });
    expect(s.call('office', 'stocktake.start', { scope: { kind: 'all' } })).toMatchObject({
      ok: false,
      error: { code: 'STOCKTAKE_ALREADY_OPEN' },
    });
    const scan = (session: string, code: string, placeId: number) =>
      s.ok(session, 'stocktake.scan', { stocktakeId: count.id, placeId, code });

    // the ring is sold after the count started and never scanned: not missing
    s.sell({ lines: [{ kind: 'product', productId: s.ring, goldRateFenPerGram: RATES.Au999.sell }] }, [
      cash(400_000),
    ]);
    // the chain is sold, then found on the tray anyway
    s.sell({ lines: [{ kind: 'product', productId: s.chain, goldRateFenPerGram: RATES.Au999.sell }] }, [
      cash(700_000),
    ]);
    expect(scan('till', '6901234567913', s.tray)).toMatchObject({
      outcome: 'soldPresent',
      product: { id: s.chain, sku: 'JZ-0003' },
      bookPlace: null,
      scannedPieces: 1,
    });
    expect(scan('till', GOODS.bangle.barcodes[0] as string, STOCKROOM)).toMatchObject({
      outcome: 'counted',
      bookPlace: { id: STOCKROOM },
      scannedPieces: 2,
    });
    // the same bangle scanned again from the second screen: counted once, and the screen says where and by whom
    const again = scan('second', GOODS.bangle.barcodes[0] as string, s.tray);
    expect(again).toMatchObject({
      outcome: 'duplicate',
      earlier: { place: { id: STOCKROOM }, staff: '张三' },
      scannedPieces: 2,
    });
    // the vase is on the books in the stockroom but lies on the tray
    expect(scan('second', GOODS.vase.sku, s.tray)).toMatchObject({
      outcome: 'wrongPlace',
      bookPlace: { id: STOCKROOM, code: 'STOCKROOM' },
    });
    // a tag of another store's catalog
    expect(scan('second', UNKNOWN_CODE, s.tray)).toMatchObject({
      outcome: 'unknown',
      product: null,
      scannedPieces: 3,
    });
    // towels scanned one by one, then counted in one go; pendants counted as the books have them
    expect(scan('till', GOODS.towel.sku, STOCKROOM)).toMatchObject({ outcome: 'unit', unitsHere: 1 });
    s.ok('till', 'stocktake.count', {
      stocktakeId: count.id,
      placeId: STOCKROOM,
      productId: s.products.towel,
      quantity: 8,
    });
    s.ok('till', 'stocktake.count', {
      stocktakeId: count.id,
      placeId: STOCKROOM,
      productId: s.products.pendant,
      quantity: 5,
    });
    expect(
      s.call('till', 'stocktake.count', {
        stocktakeId: count.id,
        placeId: STOCKROOM,
        productId: s.products.bangle,
        quantity: 1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'STOCKTAKE_NOT_COUNTED_GOODS' } });

    const report = s.ok('till', 'stocktake.report', { stocktakeId: count.id });
    expect(report.missing).toEqual([]);
    expect(report.leftDuringCount).toBe(1);
    expect(report.soldPresent).toEqual([
      expect.objectContaining({
        productId: s.chain,
        foundAt: expect.objectContaining({ code: 'A1' }),
        sale: expect.objectContaining({ reason: 'sale' }),
        scannedBy: '张三',
      }),
    ]);
    expect(report.wrongPlace).toEqual([
      expect.objectContaining({
        productId: s.products.vase,
        foundAt: expect.objectContaining({ code: 'A1' }),
        bookPlace: expect.objectContaining({ code: 'STOCKROOM' }),
        scannedBy: '李四',
      }),
    ]);
    expect(report.unknownCodes).toEqual([expect.objectContaining({ code: UNKNOWN_CODE, scannedBy: '李四' })]);
    // towels: 8 found against 10 → −2, at cost 2 × ¥15.00 and at price 2 × ¥39.00
    expect(report.quantities).toEqual([
      expect.objectContaining({
        productId: s.products.towel,
        book: 10,
        counted: 8,
        difference: -2,
        costFen: -3_000,
        valueFen: -7_800,
      }),
    ]);
    // nobody counted the jade
    expect(report.notCounted).toEqual([expect.objectContaining({ productId: s.products.jade, book: 3 })]);
    // the vase moves from the stockroom to the tray; two towels go to the written-off goods
    expect(report.adjustments).toEqual(
      [
        { productId: s.products.vase, placeId: STOCKROOM, quantity: -1 },
        { productId: s.products.vase, placeId: s.tray, quantity: 1 },
        { productId: s.products.towel, placeId: STOCKROOM, quantity: -2 },
        { productId: s.products.towel, placeId: WRITTEN_OFF, quantity: 2 },
      ].sort((a, b) => a.productId - b.productId || a.placeId - b.placeId),
    );

    // each scan is on record with who, where and when, and journaled
    const scans = s.core.db
      .prepare(
        'SELECT outcome, staff_id AS staffId, place_id AS placeId, at FROM stocktake_scans ORDER BY id',
      )
      .all() as { outcome: string; staffId: number; placeId: number; at: string }[];
    expect(scans.map((row) => [row.outcome, row.staffId, row.placeId])).toEqual([
      ['soldPresent', s.ids.zhang, s.tray],
      ['counted', s.ids.zhang, STOCKROOM],
      ['duplicate', s.ids.li, s.tray],
      ['wrongPlace', s.ids.li, s.tray],
      ['unknown', s.ids.li, s.tray],
      ['unit', s.ids.zhang, STOCKROOM],
    ]);
    expect(s.journal('stocktake.scanned')).toHaveLength(6);
    expect(s.journal('stocktake.scanned')[3]?.payload).toMatchObject({
      stocktakeId: count.id,
      productId: s.products.vase,
      placeId: s.tray,
      outcome: 'wrongPlace',
      bookPlaceId: STOCKROOM,
    });
  });

  it('keeps a category count to its category', () => {
    const s = countingShop();
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'category', category: '玉器' } });
    // only the jade (3) is in 玉器
    expect(count).toMatchObject({
      scope: { kind: 'category', category: '玉器' },
      expectedPieces: 0,
      expectedUnits: 3,
    });
    expect(
      s.ok('till', 'stocktake.scan', { stocktakeId: count.id, placeId: STOCKROOM, code: GOODS.bangle.sku }),
    ).toMatchObject({ outcome: 'outOfScope', product: { id: s.products.bangle } });
    expect(
      s.call('till', 'stocktake.count', {
        stocktakeId: count.id,
        placeId: STOCKROOM,
        productId: s.products.towel,
        quantity: 1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'STOCKTAKE_OUT_OF_SCOPE' } });
    expect(
      s.call('office', 'stocktake.start', { scope: { kind: 'category', category: '不存在' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STOCKTAKE_CATEGORY_UNKNOWN' },
    });
    const report = s.ok('till', 'stocktake.report', { stocktakeId: count.id });
    expect(report.outOfScope).toEqual([expect.objectContaining({ productId: s.products.bangle })]);
    expect(report.missing).toEqual([]);
    expect(report.adjustments).toEqual([]);
  });

  it('values the variances at cost and at today’s rate, and posts them with a manager’s approval', () => {
    const s = countingShop();
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    const scan = (code: string, placeId: number) =>
      s.ok('till', 'stocktake.scan', { stocktakeId: count.id, placeId, code });
    // the bangle is never scanned; the vase is found on the tray; ring and chain where the books have them
    scan(GOODS.vase.sku, s.tray);
    scan('JZ-0002', s.tray);
    scan('JZ-0003', s.tray);
    for (const [product, quantity] of [
      [s.products.towel, 8],
      [s.products.pendant, 5],
      [s.products.jade, 3],
    ] as const) {
      s.ok('till', 'stocktake.count', {
        stocktakeId: count.id,
        placeId: STOCKROOM,
        productId: product,
        quantity,
      });
    }
    // the tray's 足金 on the scale: the books hold the ring 5.250 g + the chain 10.005 g = 15.255 g; 15.250 g
    // weighed is 5 mg short, × ¥612.00 a gram = ¥3.06 short
    s.ok('till', 'stocktake.weigh', {
      stocktakeId: count.id,
      placeId: s.tray,
      purity: 'Au999',
      source: 'typed',
      weightMg: 15_250,
    });

    const report = s.ok('till', 'stocktake.report', { stocktakeId: count.id });
    // the bangle: cost ¥11,500.00; 20.150 g × ¥612.00 = ¥12,331.80
    expect(report.missing).toEqual([
      expect.objectContaining({
        productId: s.products.bangle,
        place: expect.objectContaining({ code: 'STOCKROOM' }),
        lastMovement: expect.objectContaining({ reason: 'receipt', quantity: 1 }),
        costFen: -1_150_000,
        valueFen: -1_233_180,
      }),
    ]);
    expect(report.grams).toEqual([
      { purity: 'Au999', bookMg: 15_255, weighedMg: 15_250, differenceMg: -5, valueFen: -306 },
    ]);
    // short: the bangle and two towels (¥15.00 cost, ¥39.00 price each)
    expect(report.totals).toEqual({
      shortCostFen: 1_150_000 + 3_000,
      overCostFen: 0,
      shortValueFen: 1_233_180 + 7_800,
      overValueFen: 0,
      withoutCost: 0,
      withoutValue: 0,
    });
    expect(report.rates).toEqual([
      { purity: 'Au999', sellFenPerGram: RATES.Au999.sell },
      { purity: 'Au750', sellFenPerGram: RATES.Au750.sell },
    ]);

    // a cashier asks; the manager approves this one posting
    const input = { stocktakeId: count.id, reason: '年终盘点' };
    expect(s.call('till', 'stocktake.post', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'stocktake.post' } },
    });
    const approval = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'stocktake.post',
      input,
    });
    const posted = s.ok('till', 'stocktake.post', input, approval.approvalId);
    expect(posted).toMatchObject({
      movements: 6,
      stocktake: { state: 'posted', approvedBy: '王经理', reason: '年终盘点' },
    });

    // levels after posting, by hand: bangle stockroom 1 − 1 = 0 and written off 0 + 1 = 1; vase stockroom
    // 1 − 1 = 0 and tray 0 + 1 = 1; towels stockroom 10 − 2 = 8 and written off 0 + 2 = 2; jade and pendants as
    // they were
    expect(s.level(s.products.bangle, STOCKROOM)).toBe(0);
    expect(s.level(s.products.bangle, WRITTEN_OFF)).toBe(1);
    expect(s.level(s.products.towel, WRITTEN_OFF)).toBe(2);
    expect(s.level(s.products.vase, STOCKROOM)).toBe(0);
    expect(s.level(s.products.vase, s.tray)).toBe(1);
    expect(s.level(s.products.towel, STOCKROOM)).toBe(8);
    expect(s.level(s.products.jade, STOCKROOM)).toBe(3);
    expect(s.onHand('bangle')).toBe(0);
    expect(s.onHand('vase')).toBe(1);
    expect(s.onHand('towel')).toBe(8);
    const movements = s.core.db
      .prepare(
        `SELECT product_id AS productId, place_id AS placeId, quantity, reference, note FROM stock_movements
         WHERE reason = 'count' ORDER BY id`,
      )
      .all();
    expect(movements).toHaveLength(6);
    expect(movements).toContainEqual({
      productId: s.products.bangle,
      placeId: STOCKROOM,
      quantity: -1,
      reference: `PD-${count.id}`,
      note: '年终盘点',
    });
    const journal = s.journal('stocktake.posted')[0];
    expect(journal).toMatchObject({ actor_id: s.ids.zhang, approver_id: s.ids.wang });
    expect(journal?.payload).toMatchObject({
      stocktakeId: count.id,
      reason: '年终盘点',
      shortCostFen: 1_153_000,
      movements: expect.arrayContaining([
        expect.objectContaining({ productId: s.products.towel, placeId: STOCKROOM, quantity: -2 }),
      ]),
    });

    // the report stays as it was posted, though the books have moved since
    const kept = s.ok('till', 'stocktake.report', { stocktakeId: count.id });
    expect(kept).toEqual({ ...report, stocktake: posted.stocktake });

    // a posted count is closed; the next may start
    expect(
      s.call('till', 'stocktake.scan', { stocktakeId: count.id, placeId: STOCKROOM, code: 'JZ-0002' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STOCKTAKE_CLOSED' },
    });
    expect(s.call('office', 'stocktake.post', input)).toMatchObject({
      ok: false,
      error: { code: 'STOCKTAKE_CLOSED' },
    });
    const next = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    expect(next.expectedPieces).toBe(3);
  });

  it('cancels a count without moving stock, and exports and prints its report', () => {
    const s = countingShop();
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    s.ok('till', 'stocktake.scan', { stocktakeId: count.id, placeId: s.tray, code: GOODS.vase.sku });

    const file = s.ok('till', 'stocktake.export', { stocktakeId: count.id });
    expect(file.fileName).toMatch(/^盘点差异-1-\d{8}\.xlsx$/);
    const xlsx = createRequire(import.meta.url)('@e965/xlsx') as typeof Xlsx;
    const book = xlsx.read(Buffer.from(file.contentBase64, 'base64'), { type: 'buffer' });
    const rows = xlsx.utils.sheet_to_json<unknown[]>(
      book.Sheets[book.SheetNames[0] as string] as Xlsx.WorkSheet,
      {
        header: 1,
      },
    );
    const flat = rows.map((cells) => cells.join('|'));
    // bangle in the stockroom, ring and chain on the tray: none scanned
    expect(flat).toContain('缺失单件（3）');
    // the bangle: its SKU as text, cost −11500.00 as a number
    expect(rows.find((cells) => cells[0] === GOODS.bangle.sku)).toEqual(
      expect.arrayContaining([GOODS.bangle.sku, -11_500, -12_331.8]),
    );

    const job = s.ok('till', 'stocktake.print', { stocktakeId: count.id });
    expect(job).toMatchObject({ documentType: 'stocktakeReport', reference: `PD-${count.id}` });
    const stored = s.core.db.prepare('SELECT data, context FROM print_jobs WHERE id = ?').get(job.id) as {
      data: string;
      context: string;
    };
    const page = renderText(
      buildDocument('stocktakeReport', JSON.parse(stored.data), JSON.parse(stored.context)),
      80,
    );
    expect(page).toContain('盘点差异表 PD-1');
    expect(page).toContain('缺失单件（3）');
    expect(page).toContain('位置不符（1）');

    expect(s.call('till', 'stocktake.cancel', { stocktakeId: count.id, reason: '重新盘点' })).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'stocktake.manage' } },
    });
    expect(s.ok('office', 'stocktake.cancel', { stocktakeId: count.id, reason: '重新盘点' })).toMatchObject({
      state: 'cancelled',
      closedBy: '王经理',
      reason: '重新盘点',
    });
    expect(
      s.core.db.prepare(`SELECT count(*) FROM stock_movements WHERE reason = 'count'`).pluck().get(),
    ).toBe(0);
    expect(s.journal('stocktake.cancelled')[0]?.payload).toEqual({
      stocktakeId: count.id,
      reason: '重新盘点',
      scannedPieces: 1,
    });
    expect(s.ok('till', 'stocktake.list', {}).map((t) => [t.id, t.state])).toEqual([[count.id, 'cancelled']]);
  });

  it('weighs a purity on the simulated scale, taking only its settled reading', async () => {
    const s = countingShop();
    const deviceId = await connectSimulatedScale(s, '盘点秤');
    const count = s.ok('office', 'stocktake.start', { scope: { kind: 'all' } });
    const weigh = { stocktakeId: count.id, placeId: s.tray, purity: 'Au999', source: 'scale' } as const;

    await putOnScale(s, deviceId, 15_240, false);
    expect(s.call('till', 'stocktake.weigh', weigh)).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_WEIGHT_UNSTABLE' },
    });
    // refused: nothing kept, nothing journaled
    expect(s.core.db.prepare('SELECT count(*) FROM stocktake_weighings').pluck().get()).toBe(0);
    expect(s.journal('stocktake.weighed')).toEqual([]);

    await putOnScale(s, deviceId, 15_250, true);
    expect(s.ok('till', 'stocktake.weigh', weigh)).toEqual({
      placeId: s.tray,
      purity: 'Au999',
      weightMg: 15_250,
      source: 'scale',
    });
    expect(s.journal('stocktake.weighed').map((row) => row.payload)).toEqual([
      expect.objectContaining({ placeId: s.tray, purity: 'Au999', weightMg: 15_250, source: 'scale' }),
    ]);
    // the ring 5.250 g + the chain 10.005 g = 15.255 g on the books; 5 mg short × ¥612.00 a gram = ¥3.06
    expect(s.ok('till', 'stocktake.report', { stocktakeId: count.id }).grams).toEqual([
      { purity: 'Au999', bookMg: 15_255, weighedMg: 15_250, differenceMg: -5, valueFen: -306 },
    ]);

    // a weight typed by hand replaces it, and says so
    s.ok('till', 'stocktake.weigh', { ...weigh, source: 'typed', weightMg: 15_255 });
    expect(s.journal('stocktake.weighed').map((row) => row.payload['source'])).toEqual(['scale', 'typed']);
    expect(s.ok('till', 'stocktake.report', { stocktakeId: count.id }).grams).toEqual([
      { purity: 'Au999', bookMg: 15_255, weighedMg: 15_255, differenceMg: 0, valueFen: 0 },
    ]);
  });
});
