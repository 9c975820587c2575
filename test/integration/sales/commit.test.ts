import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/domain/business-day';
import { createCore } from '../../../electron/core/core';
import { afterCommit, cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const today = (s: Shop): string => businessDay(s.clock.now(), 'Asia/Shanghai').replaceAll('-', '');

describe('committing a sale', () => {
  it('sells a weighed piece at the rate of the day, with its metal and labor parts, and marks it sold', () => {
    const s = open();
    // 20.150 g × ￥612.00/g = 1,233,180 fen of metal; 20.150 g × ￥15.00/g = 30,225 fen of labor;
    // 1,233,180 + 30,225 = 1,263,405 fen; change 1,300,000 − 1,263,405 = 36,595 fen
    const price = { metalFen: 1_233_180, laborFen: 30_225, totalFen: 1_263_405 };
    const sale = s.sell({ lines: [s.line.bangle()] }, [cash(1_300_000)]);
    expect(sale).toMatchObject({
      receiptNo: `T01-${today(s)}-0001`,
      state: 'committed',
      cashier: { id: s.ids.zhang, name: '张三' },
      approver: null,
      totalFen: price.totalFen,
      changeFen: 36_595,
      payments: [{ method: 'cash', amountFen: price.totalFen, tenderedFen: 1_300_000 }],
    });
    expect(sale.lines).toEqual([
      expect.objectContaining({
        kind: 'weighed',
        name: '足金古法手镯',
        weightMg: 20_150,
        goldRateFenPerGram: RATES.Au999.sell,
        laborFee: { kind: 'perGram', fen: 1_500 },
        metalFen: price.metalFen,
        laborFen: price.laborFen,
        netFen: price.totalFen,
      }),
    ]);
    expect(s.onHand('bangle')).toBe(0);
    const movement = s.core.db
      .prepare(`SELECT quantity, reference FROM stock_movements WHERE reason = 'sale'`)
      .get();
    expect(movement).toEqual({ quantity: -1, reference: sale.receiptNo });
    const [row] = s.journal('sale.committed');
    expect(row).toMatchObject({ actor_id: s.ids.zhang, approver_id: null });
    // the row alone rebuilds the sale at a head office: where and when, each line as stored, each payment
    expect(row?.payload).toMatchObject({
      receiptNo: sale.receiptNo,
      terminalId: 'T01',
      businessDay: sale.businessDay,
      totalFen: price.totalFen,
      lines: [
        expect.objectContaining({
          lineNo: 1,
          productId: s.products.bangle,
          quantity: 1,
          weightMg: 20_150,
          goldRateFenPerGram: RATES.Au999.sell,
          laborFee: { kind: 'perGram', fen: 1_500 },
          metalFen: price.metalFen,
          laborFen: price.laborFen,
          netFen: price.totalFen,
        }),
      ],
      payments: [{ method: 'cash', amountFen: price.totalFen, tenderedFen: 1_300_000 }],
    });
  });

  it('queues the receipt and a warranty card per warranty-bearing item just after the sale, printer or not', async () => {
    const s = open();
    const sale = s.sell({ lines: [s.line.bangle(), s.line.jade(2), s.line.towel()] }, [cash(2_000_000)]);
    await afterCommit();
    const jobs = s.core.db
      .prepare('SELECT id, document_type, reference, data FROM print_jobs ORDER BY id')
      .all() as { id: number; document_type: string; reference: string; data: string }[];
    expect(jobs.map((job) => [job.document_type, job.reference])).toEqual([
      ['receipt', sale.receiptNo],
      ['warrantyCard', `${sale.receiptNo}-1`],
      ['warrantyCard', `${sale.receiptNo}-2`],
      ['warrantyCard', `${sale.receiptNo}-3`],
    ]);
    expect(s.ok('till', 'sales.get', { receiptNo: sale.receiptNo }).receiptJobId).toBe(jobs[0]?.id);
    expect(JSON.parse(jobs[1]?.data ?? '{}')).toMatchObject({
      product: '足金古法手镯',
      certificateNo: 'NGTC-2026-118',
      warrantyMonths: 12,
    });
    expect(JSON.parse(jobs[0]?.data ?? '{}')).toMatchObject({
      totalFen: sale.totalFen,
      changeFen: sale.changeFen,
    });
  });

  it('queues at the next start the documents of a sale the till stopped before printing', () => {
    const s = open();
    const sale = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.core.close();
    const again = createCore({ dataDir: s.dataDir, clock: s.clock.now, devices: false, printing: false });
    try {
      const jobs = again.db.prepare('SELECT document_type, reference FROM print_jobs ORDER BY id').all();
      expect(jobs).toEqual([
        { document_type: 'receipt', reference: sale.receiptNo },
        { document_type: 'warrantyCard', reference: `${sale.receiptNo}-1` },
      ]);
    } finally {
      again.close();
    }
  });

  it('refuses a weighed line priced at a rate that is no longer the day’s, or before any rate is set', () => {
    const s = open();
    s.clock.advance(60_000);
    s.ok('office', 'goldRates.set', {
      rates: [{ purity: 'Au999', sellFenPerGram: 61_500, buyBackFenPerGram: 56_200 }],
    });
    expect(s.commit({ lines: [s.line.bangle()] }, [cash(2_000_000)])).toMatchObject({
      ok: false,
      error: {
        code: 'GOLD_RATE_CHANGED',
        details: { line: 1, purity: 'Au999', shownFenPerGram: RATES.Au999.sell, currentFenPerGram: 61_500 },
      },
    });
    s.clock.advance(24 * 3600_000);
    s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
    expect(s.commit({ lines: [s.line.bangle()] }, [cash(2_000_000)])).toMatchObject({
      error: { code: 'GOLD_RATE_NOT_SET', details: { purity: 'Au999' } },
    });
    expect(s.onHand('bangle')).toBe(1);
  });

  it('weighs pieces without a tag weight at the counter, and refuses one without a weight', () => {
    const s = open();
    const sale = s.sell({ lines: [s.line.pendant(1_856)] }, [cash(200_000)]);
    // 1.856 g × ￥470.00/g = 87,232 fen of metal, + 38,000 fen of labor per piece = 125,232 fen
    expect(sale.lines[0]).toMatchObject({
      weightMg: 1_856,
      metalFen: 87_232,
      laborFen: 38_000,
      netFen: 125_232,
    });
    const unweighed = {
      kind: 'product' as const,
      productId: s.products.pendant,
      goldRateFenPerGram: RATES.Au750.sell,
    };
    expect(s.commit({ lines: [unweighed] }, [cash(200_000)])).toMatchObject({
      error: { code: 'WEIGHT_REQUIRED' },
    });
  });

  it('refuses a tagged piece sold before, and the same tag twice in one cart', () => {
    const s = open();
    expect(s.commit({ lines: [s.line.vase(), s.line.vase()] }, [cash(300_000)])).toMatchObject({
      error: { code: 'PRODUCT_ALREADY_SOLD', details: { sku: 'CP-0007' } },
    });
    s.sell({ lines: [s.line.vase()] }, [cash(128_000)]);
    expect(s.commit({ lines: [s.line.vase()] }, [cash(128_000)])).toMatchObject({
      error: { code: 'PRODUCT_ALREADY_SOLD', details: { name: '青花瓷瓶' } },
    });
    expect(s.commit({ lines: [{ ...s.line.vase(), quantity: 2 }] }, [cash(300_000)])).toMatchObject({
      error: { code: 'SINGLE_PIECE_QUANTITY' },
    });
    expect(s.onHand('vase')).toBe(0);
    expect(s.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
  });

  it('derives stock of counted goods from movements and stops at zero unless the store allows it', () => {
    const s = open();
    s.sell({ lines: [s.line.towel(4)] }, [cash(15_600)]);
    s.sell({ lines: [s.line.towel(3), s.line.towel(2)] }, [cash(19_500)]);
    expect(s.onHand('towel')).toBe(1);
    expect(s.commit({ lines: [s.line.towel(2)] }, [cash(7_800)])).toMatchObject({
      error: { code: 'OUT_OF_STOCK', details: { onHand: 1 } },
    });
    const settings = s.ok('admin', 'sales.settings', {});
    s.ok('admin', 'sales.saveSettings', { ...settings, allowNegativeStock: true });
    s.sell({ lines: [s.line.towel(2)] }, [cash(7_800)]);
    expect(s.onHand('towel')).toBe(-1);
    // 10 received into the stockroom, 4 + 3 + 2 + 2 = 11 sold out of it into SOLD: −1 left there, the only
    // place a counted good goes below zero
    const levels = s.core.db
      .prepare(
        `SELECT place_id, sum(quantity) FROM stock_movements WHERE product_id = ? GROUP BY place_id ORDER BY place_id`,
      )
      .raw()
      .all(s.products.towel);
    expect(levels).toEqual([
      [1, -1],
      [4, 11],
    ]);
  });

  it('is idempotent: a retry with the same sale id returns the same sale; another cart under it is refused', () => {
    const s = open();
    const saleId = randomUUID();
    const cart = { lines: [s.line.towel(2)] };
    const first = s.commit(cart, [cash(10_000)], { saleId });
    expect(first).toMatchObject({
      ok: true,
      value: { saleId, totalFen: 7_800, changeFen: 2_200, pointsEarned: 0 },
    });
    s.clock.advance(5_000);
    expect(s.commit(cart, [cash(10_000)], { saleId })).toEqual(first);
    const receiptNo = first.ok ? first.value.receiptNo : '';
    expect(s.commit({ lines: [s.line.towel(3)] }, [cash(20_000)], { saleId })).toMatchObject({
      error: { code: 'SALE_ID_REUSED', details: { receiptNo } },
    });
    expect(s.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
    expect(s.onHand('towel')).toBe(8);
    expect(s.journal('sale.committed')).toHaveLength(1);
    expect(s.ok('till', 'sales.get', { receiptNo })).toMatchObject({ saleId, receiptNo, totalFen: 7_800 });
  });

  it('stores the invoice request with the sale', () => {
    const s = open();
    const invoice = {
      title: '上海金福贸易有限公司',
      taxNumber: '91310000mA1k2b3c4d',
      email: 'caiwu@jinfu.cn',
    };
    const sale = s.sell({ lines: [s.line.jade()], invoice }, [cash(38_000)]);
    expect(sale.invoice).toEqual({ ...invoice, taxNumber: '91310000MA1K2B3C4D' });
    expect(s.ok('till', 'sales.get', { receiptNo: sale.receiptNo }).invoice).toEqual(sale.invoice);
    expect(
      s.call('till', 'sales.quote', {
        cart: { lines: [s.line.jade()], invoice: { title: 'x', taxNumber: '12' } },
      }),
    ).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });

  it('records a satisfaction rating against the sale; a second one replaces it', () => {
    const s = open();
    const sale = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('till', 'sales.rate', { receiptNo: sale.receiptNo, rating: 4 });
    s.ok('till', 'sales.rate', { receiptNo: sale.receiptNo, rating: 5, comment: '服务很周到' });
    expect(s.core.db.prepare('SELECT rating, comment FROM sale_ratings').all()).toEqual([
      { rating: 5, comment: '服务很周到' },
    ]);
    expect(s.call('till', 'sales.rate', { receiptNo: sale.receiptNo, rating: 6 })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(s.call('till', 'sales.rate', { receiptNo: 'T01-x', rating: 3 })).toMatchObject({
      error: { code: 'SALE_NOT_FOUND' },
    });
  });
});

describe('receipt numbers', () => {
  it('are gapless and monotonic over 1,000 sales, and a failed commit gives its number back', () => {
    const s = open();
    s.ok('admin', 'sales.saveSettings', { ...s.ok('admin', 'sales.settings', {}), allowNegativeStock: true });
    const sellTowel = () => expect(s.commit({ lines: [s.line.towel()] }, [cash(3_900)]).ok).toBe(true);
    for (let i = 0; i < 500; i++) sellTowel();
    // a commit that fails after its number was taken (here: a fault injected into the payments table)
    s.core.db.exec(
      `CREATE TRIGGER fail_once BEFORE INSERT ON sale_payments BEGIN SELECT RAISE(ABORT, 'disk gone'); END`,
    );
    expect(s.commit({ lines: [s.line.towel()] }, [cash(3_900)])).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL_ERROR' },
    });
    s.core.db.exec('DROP TRIGGER fail_once');
    for (let i = 0; i < 500; i++) sellTowel();
    const numbers = s.core.db.prepare('SELECT receipt_no FROM sales ORDER BY id').pluck().all() as string[];
    expect(numbers).toHaveLength(1_000);
    expect(numbers).toEqual(
      Array.from({ length: 1_000 }, (_, i) => `T01-${today(s)}-${String(i + 1).padStart(4, '0')}`),
    );
  }, 30_000);

  it('start again at 0001 on the next business day', () => {
    const s = open();
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.clock.advance(24 * 3600_000);
    s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
    expect(s.sell({ lines: [s.line.towel()] }, [cash(3_900)]).receiptNo).toBe(`T01-${today(s)}-0001`);
  });
});
