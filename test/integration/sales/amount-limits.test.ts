import { afterEach, describe, expect, it } from 'vitest';
import { openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const counted = (priceFen: number) => ({
  kind: 'quantity' as const,
  sku: 'BIG-1',
  name: '大宗摆件',
  category: '家居',
  barcodes: [],
  serialized: false,
  certificateNo: null,
  warrantyMonths: 0,
  priceFen,
});

const rows = (s: Shop, table: string): number =>
  (s.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('extreme amounts', () => {
  it('refuses a price beyond ¥10,000,000.00 with INVALID_INPUT naming the field', () => {
    const s = open();
    const result = s.call('admin', 'catalog.save', { product: counted(10_000_000_000_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (result.ok) return;
    expect(JSON.stringify(result.error.details)).toContain('priceFen');
  });

  it('refuses to sell a price saved before the bound × 901 with AMOUNT_OUT_OF_RANGE, writing nothing', () => {
    const s = open();
    const product = s.ok('admin', 'catalog.save', { product: counted(100_000) });
    // a row from before the bound: ¥100,000,000,000.00, as the probe entered it
    s.core.db.prepare('UPDATE products SET price_fen = ? WHERE id = ?').run(10_000_000_000_000, product.id);
    const before = { sales: rows(s, 'sales'), journal: rows(s, 'journal') };
    const line = { kind: 'product' as const, productId: product.id, quantity: 901 };
    const quote = s.call('till', 'sales.quote', { cart: { lines: [line] } });
    expect(quote).toMatchObject({
      ok: false,
      error: { code: 'AMOUNT_OUT_OF_RANGE', details: { name: '大宗摆件' } },
    });
    const sale = s.commit({ lines: [line] }, [{ method: 'cash', amountFen: 100_000_000_000_000 }]);
    expect(sale).toMatchObject({ ok: false, error: { code: 'AMOUNT_OUT_OF_RANGE' } });
    if (!sale.ok) expect(sale.error.message).toContain('单价最高 ¥10000000');
    expect({ sales: rows(s, 'sales'), journal: rows(s, 'journal') }).toEqual(before);
  });

  it('prices the largest cart the contract allows exactly', () => {
    const s = open();
    const product = s.ok('admin', 'catalog.save', { product: counted(1_000_000_000) });
    s.ok('admin', 'sales.saveSettings', { ...s.ok('admin', 'sales.settings', {}), allowNegativeStock: true });
    const line = { kind: 'product' as const, productId: product.id, quantity: 9_999 };
    const quote = s.ok('till', 'sales.quote', { cart: { lines: Array.from({ length: 200 }, () => line) } });
    // ¥10,000,000.00 × 9,999 = 9,999,000,000,000 fen a line; × 200 lines = 1,999,800,000,000,000 fen
    expect(quote.lines[0]?.netFen).toBe(9_999_000_000_000);
    expect(quote.totalFen).toBe(1_999_800_000_000_000);
  });
});
