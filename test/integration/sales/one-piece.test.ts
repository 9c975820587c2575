import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('one piece, one place (一物一码)', () => {
  it('cannot receive a serialized piece twice, and shows none on hand once sold', () => {
    const s = (shop = openShop());
    // the bangle is a serialized piece, received once by the shop
    expect(
      s.call('admin', 'catalog.receiveStock', { productId: s.products.bangle, quantity: 1, note: '' }),
    ).toMatchObject({ ok: false, error: { code: 'SERIALIZED_ALREADY_IN_STOCK', details: { onHand: 1 } } });
    expect(s.onHand('bangle')).toBe(1);
    s.sell({ lines: [s.line.bangle()] }, [cash(2_000_000)]);
    expect(s.onHand('bangle')).toBe(0);
  });

  it('warns when a piece in a held cart is put in a new cart', () => {
    const s = (shop = openShop());
    const held = s.ok('till', 'sales.hold', { cart: { lines: [s.line.vase()] }, label: '李女士' });
    const quote = s.ok('till', 'sales.quote', { cart: { lines: [s.line.jade(), s.line.vase()] } });
    expect(quote.heldElsewhere).toEqual([{ lineNo: 2, heldCartId: held.id, label: '李女士' }]);
    // counted goods (the jade) may sit in several carts: only the serialized vase is named
    s.ok('till', 'sales.hold', { cart: { lines: [s.line.jade()] }, label: '' });
    expect(s.ok('till', 'sales.quote', { cart: { lines: [s.line.jade()] } }).heldElsewhere).toEqual([]);
  });
});
