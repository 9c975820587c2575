import { afterEach, describe, expect, it } from 'vitest';
import { openShop, type Shop } from '../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('receiving stock (入库)', () => {
  it('receives what is typed, refuses a negative or zero quantity instead of clamping it', () => {
    const s = (shop = openShop());
    // 纯棉毛巾: 10 on hand; 50 received → 60
    const received = s.ok('admin', 'catalog.receiveStock', {
      productId: s.products.towel,
      quantity: 50,
      note: '',
    });
    expect(received.onHand).toBe(60);
    for (const quantity of [-5, 0]) {
      expect(
        s.call('admin', 'catalog.receiveStock', { productId: s.products.towel, quantity, note: '' }),
      ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(s.onHand('towel')).toBe(60);
  });

  it('corrects a receipt by a reversing movement with its reason, once, journaled', () => {
    const s = (shop = openShop());
    // typed 150 for 50: 10 + 150 = 160, then the 150 taken back → 10, and 50 received → 60
    const wrong = s.ok('admin', 'catalog.receiveStock', {
      productId: s.products.towel,
      quantity: 150,
      note: '',
    });
    expect(wrong.onHand).toBe(160);
    const reversed = s.ok('admin', 'catalog.reverseReceipt', {
      receiptId: wrong.receiptId,
      reason: '数量录错',
    });
    expect(reversed.onHand).toBe(10);
    expect(
      s.call('admin', 'catalog.reverseReceipt', { receiptId: wrong.receiptId, reason: '数量录错' }),
    ).toMatchObject({ ok: false, error: { code: 'STOCK_RECEIPT_REVERSED' } });
    expect(
      s.ok('admin', 'catalog.receiveStock', { productId: s.products.towel, quantity: 50, note: '' }).onHand,
    ).toBe(60);
    const movement = s.core.db
      .prepare(
        `SELECT quantity, reason, reverses_id AS reversesId, note FROM stock_movements WHERE note IS NOT NULL`,
      )
      .get();
    expect(movement).toEqual({
      quantity: -150,
      reason: 'adjustment',
      reversesId: wrong.receiptId,
      note: '数量录错',
    });
    expect(s.journal('stock.receiptReversed')[0]?.payload).toMatchObject({
      receiptId: wrong.receiptId,
      productId: s.products.towel,
      quantity: -150,
      reason: '数量录错',
    });
  });

  it('reverses only receipts, and never below what is on hand', () => {
    const s = (shop = openShop());
    const receipt = s.ok('admin', 'catalog.receiveStock', {
      productId: s.products.jade,
      quantity: 2,
      note: '',
    });
    // 和田玉平安扣: 3 + 2 = 5 on hand; 4 sold leaves 1, fewer than the 2 to take back
    s.sell({ lines: [s.line.jade(4)] }, [{ method: 'cash', amountFen: 152_000 }]);
    expect(
      s.call('admin', 'catalog.reverseReceipt', { receiptId: receipt.receiptId, reason: '供应商退回' }),
    ).toMatchObject({ ok: false, error: { code: 'STOCK_REVERSAL_EXCEEDS_ON_HAND', details: { onHand: 1 } } });
    const sale = s.core.db
      .prepare(`SELECT id FROM stock_movements WHERE reason = 'sale'`)
      .pluck()
      .get() as number;
    expect(s.call('admin', 'catalog.reverseReceipt', { receiptId: sale, reason: '录错' })).toMatchObject({
      ok: false,
      error: { code: 'STOCK_RECEIPT_NOT_FOUND' },
    });
  });
});

describe('the purity old gold is taken in at', () => {
  it('is the store’s setting, else its most common weighed purity (the finer on a tie)', () => {
    const s = (shop = openShop());
    // the shop's weighed goods: one product in Au999, one in Au750
    expect(s.ok('till', 'sales.tradeInPurity', {})).toBe('Au999');
    const settings = s.ok('admin', 'sales.settings', {});
    s.ok('admin', 'sales.saveSettings', { ...settings, tradeInPurity: 'Au750' });
    expect(s.ok('till', 'sales.tradeInPurity', {})).toBe('Au750');
  });
});
