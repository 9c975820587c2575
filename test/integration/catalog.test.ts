import { afterEach, describe, expect, it } from 'vitest';
import type { ProductInput } from '../../shared/contract/catalog';
import { businessDay } from '../../shared/domain/business-day';
import { openStaffedTill } from '../helpers/core';

let till: ReturnType<typeof openStaffedTill> | undefined;
const open = (): ReturnType<typeof openStaffedTill> => (till = openStaffedTill());
afterEach(() => {
  till?.close();
  till = undefined;
});

const common = { category: '黄金', barcodes: [], serialized: false, certificateNo: null, warrantyMonths: 0 };
const bangle: ProductInput = {
  ...common,
  kind: 'weighed',
  sku: 'JZ-0001',
  name: '足金手镯',
  barcodes: ['6901234567890'],
  purity: 'Au999',
  weightMg: 20_150,
  laborFee: { kind: 'perGram', fen: 1_500 },
  serialized: true,
  certificateNo: 'NGTC-2026-118',
  warrantyMonths: 12,
};
const vase: ProductInput = {
  ...common,
  kind: 'fixed',
  sku: 'CP-0007',
  name: '青花瓷瓶',
  category: '家居',
  priceFen: 128_000,
};
const towel: ProductInput = {
  ...common,
  kind: 'quantity',
  sku: 'MJ-0100',
  name: '纯棉毛巾',
  category: '家居',
  priceFen: 3_900,
};

function stocked(): ReturnType<typeof openStaffedTill> {
  const t = open();
  for (const product of [bangle, vase, towel]) t.ok('admin', 'catalog.save', { product });
  return t;
}

describe('catalog', () => {
  it('saves the three kinds of goods and finds them by barcode or SKU', () => {
    const t = stocked();
    expect(t.ok('admin', 'catalog.lookup', { code: '6901234567890' })).toMatchObject({
      sku: 'JZ-0001',
      kind: 'weighed',
      purity: 'Au999',
      weightMg: 20_150,
      laborFee: { kind: 'perGram', fen: 1_500 },
      priceFen: null,
      serialized: true,
      certificateNo: 'NGTC-2026-118',
      onHand: 0,
    });
    expect(t.ok('admin', 'catalog.lookup', { code: 'CP-0007' })).toMatchObject({
      name: '青花瓷瓶',
      priceFen: 128_000,
    });
    expect(t.call('admin', 'catalog.lookup', { code: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'PRODUCT_NOT_FOUND', details: { code: '0000' } },
    });
  });

  it.each([
    ['1 character', '镯', ['足金手镯']],
    ['2 characters', '瓷瓶', ['青花瓷瓶']],
    ['3 characters, in order', '金手镯', ['足金手镯']],
    ['characters out of order', '镯手金', []],
    ['pinyin initials', 'sz', ['足金手镯']],
    ['pinyin initials from the start', 'zjsz', ['足金手镯']],
    ['full pinyin prefix', 'maoj', ['纯棉毛巾']],
    ['full pinyin from a later syllable', 'shouzhuo', ['足金手镯']],
    ['a SKU', 'MJ-0100', ['纯棉毛巾']],
    ['no hit', '钻石', []],
    ['nothing searchable', '  ,, ', []],
  ])('searches by %s', (_what, text, names) => {
    const t = stocked();
    expect(t.ok('admin', 'catalog.search', { text }).map((p) => p.name)).toEqual(names);
  });

  it('filters search by category', () => {
    const t = stocked();
    expect(t.ok('admin', 'catalog.search', { text: 'j', category: '家居' }).map((p) => p.name)).toEqual([
      '纯棉毛巾',
    ]);
  });

  it('keeps barcodes and SKUs unique, and re-indexes a renamed product', () => {
    const t = stocked();
    expect(
      t.call('admin', 'catalog.save', { product: { ...vase, sku: 'NEW-1', barcodes: ['6901234567890'] } }),
    ).toMatchObject({ ok: false, error: { code: 'BARCODE_TAKEN' } });
    expect(t.call('admin', 'catalog.save', { product: { ...towel, sku: 'CP-0007' } })).toMatchObject({
      ok: false,
      error: { code: 'SKU_TAKEN' },
    });
    const id = t.ok('admin', 'catalog.lookup', { code: 'CP-0007' }).id;
    t.ok('admin', 'catalog.save', { id, product: { ...vase, name: '粉彩花瓶' } });
    expect(t.ok('admin', 'catalog.search', { text: '青花' })).toEqual([]);
    expect(t.ok('admin', 'catalog.search', { text: 'fc' }).map((p) => p.id)).toEqual([id]);
  });

  it('refuses a weighed item without a purity and a fixed piece without a price', () => {
    const t = open();
    expect(
      t.call('admin', 'catalog.save', { product: { ...bangle, purity: undefined } as never }),
    ).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(t.call('admin', 'catalog.save', { product: { ...vase, priceFen: -1 } })).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    expect(t.core.db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(0);
  });

  it('lists goods on hand before sold-out ones, each newest first', () => {
    const t = stocked();
    const vaseId = t.ok('admin', 'catalog.lookup', { code: 'CP-0007' }).id;
    const save = (sku: string, name: string) =>
      t.ok('admin', 'catalog.save', { product: { ...vase, sku, name, serialized: true } }).id;
    // saved after the vase (none on hand) in this order; only the middle one is on the shelf
    const sold = save('CP-1', '青花瓷碗');
    const onHand = save('CP-2', '青花瓷盘');
    const newest = save('CP-3', '青花瓷杯');
    t.ok('admin', 'catalog.receiveStock', { productId: onHand, quantity: 1, note: '' });
    const found = t.ok('admin', 'catalog.search', { text: '青花' }).map((p) => p.id);
    expect(found).toEqual([onHand, newest, sold, vaseId]);
  });

  it('derives on hand from stock movements and journals the receipt of goods', () => {
    const t = stocked();
    const id = t.ok('admin', 'catalog.lookup', { code: 'MJ-0100' }).id;
    t.ok('admin', 'catalog.receiveStock', { productId: id, quantity: 24, note: '供应商到货' });
    expect(t.ok('admin', 'catalog.receiveStock', { productId: id, quantity: 6, note: '' }).onHand).toBe(30);
    expect(
      t.core.db.prepare(`SELECT count(*) FROM journal WHERE type = 'stock.received'`).pluck().get(),
    ).toBe(2);
  });

  it('keeps a product’s cost: set, kept when left out, cleared by null, journaled, and shown only to managers', () => {
    const t = stocked();
    const id = t.ok('admin', 'catalog.lookup', { code: 'CP-0007' }).id;
    expect(t.ok('admin', 'catalog.save', { id, product: { ...vase, costFen: 60_050 } })).toMatchObject({
      priceFen: 128_000,
      costFen: 60_050,
    });
    // a save that does not deal in costs leaves the cost alone
    expect(t.ok('admin', 'catalog.save', { id, product: { ...vase, name: '青花瓷瓶（大）' } }).costFen).toBe(
      60_050,
    );
    const saved = t.ok('admin', 'catalog.save', { product: { ...towel, sku: 'MJ-0200', costFen: 0 } });
    expect(t.ok('admin', 'catalog.lookup', { code: 'MJ-0200' })).toMatchObject({ id: saved.id, costFen: 0 });
    expect(t.ok('admin', 'catalog.lookup', { code: 'JZ-0001' }).costFen).toBeNull();
    for (const costFen of [-1, 1.5, 1_000_000_001]) {
      expect(t.call('admin', 'catalog.save', { id, product: { ...vase, costFen } })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    const payloads = (
      t.core.db
        .prepare(
          `SELECT payload FROM journal WHERE type IN ('catalog.created', 'catalog.updated') ORDER BY seq`,
        )
        .pluck()
        .all() as string[]
    ).map((payload) => JSON.parse(payload) as { sku: string; costFen: number | null });
    expect(payloads.map(({ sku, costFen }) => [sku, costFen])).toEqual([
      ['JZ-0001', null],
      ['CP-0007', null],
      ['MJ-0100', null],
      ['CP-0007', 60_050],
      ['CP-0007', 60_050],
      ['MJ-0200', 0],
    ]);
    expect(t.ok('admin', 'catalog.save', { id, product: { ...vase, costFen: null } }).costFen).toBeNull();
    t.ok('admin', 'catalog.save', { id, product: { ...vase, costFen: 60_050 } });

    // a cashier scans and searches the goods without seeing what they cost the store
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    const scanned = t.ok('till', 'catalog.lookup', { code: 'CP-0007' });
    expect(scanned).toMatchObject({ sku: 'CP-0007', priceFen: 128_000 });
    expect(scanned).not.toHaveProperty('costFen');
    const found = t.ok('till', 'catalog.search', { text: '瓷瓶' });
    expect(found.map((p) => p.sku)).toEqual(['CP-0007']);
    expect(found[0]).not.toHaveProperty('costFen');
  });

  it('leaves catalog changes to managers', () => {
    const t = stocked();
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    expect(t.call('till', 'catalog.save', { product: { ...vase, sku: 'X' } })).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED' },
    });
    expect(t.ok('till', 'catalog.search', { text: 'sz' })).toHaveLength(1);
  });
});

describe('gold rate of the day', () => {
  it('keeps the last rate set per purity for the business day, journaled with who set it', () => {
    const t = open();
    t.ok('wang', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    t.ok('wang', 'goldRates.set', {
      rates: [
        { purity: 'Au999', sellFenPerGram: 61_200, buyBackFenPerGram: 56_000 },
        { purity: 'Pt950', sellFenPerGram: 29_800, buyBackFenPerGram: null },
      ],
    });
    t.clock.advance(60_000);
    const rates = t.ok('wang', 'goldRates.set', {
      rates: [{ purity: 'Au999', sellFenPerGram: 61_500, buyBackFenPerGram: 56_200 }],
    });
    expect(rates.map((r) => [r.purity, r.sellFenPerGram, r.setBy])).toEqual([
      ['Au999', 61_500, '王经理'],
      ['Pt950', 29_800, '王经理'],
    ]);
    // the store's zone by default
    expect(rates[0]?.businessDay).toBe(businessDay(t.clock.now(), 'Asia/Shanghai'));
    const journaled = t.core.db
      .prepare(`SELECT count(*) FROM journal WHERE type = 'goldRate.set'`)
      .pluck()
      .get();
    expect(journaled).toBe(3);
    t.clock.advance(24 * 3600_000);
    t.ok('wang', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    expect(t.ok('wang', 'goldRates.today', {})).toEqual([]);
  });

  it('needs a manager to set a rate', () => {
    const t = open();
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    expect(
      t.call('till', 'goldRates.set', {
        rates: [{ purity: 'Au999', sellFenPerGram: 1, buyBackFenPerGram: null }],
      }),
    ).toMatchObject({ error: { code: 'MANAGER_APPROVAL_REQUIRED' } });
  });
});

describe('business day', () => {
  it('is the local date in the store’s time zone', () => {
    expect(businessDay(new Date('2026-11-23T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(businessDay(new Date('2026-11-23T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-23');
  });
});
