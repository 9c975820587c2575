import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('held carts (挂单) and abandoned carts', () => {
  it('park a cart at the terminal and give it back once: recall removes it', () => {
    const s = open();
    const cart = { lines: [s.line.jade(2), s.line.towel()] };
    const held = s.ok('till', 'sales.hold', { cart, label: '穿红衣的顾客' });
    expect(held).toMatchObject({ label: '穿红衣的顾客', lineCount: 2, heldBy: '张三', customerId: null });
    s.ok('till', 'sales.hold', { cart: { lines: [s.line.vase()] } });
    expect(s.ok('till', 'sales.held', {}).map((h) => h.lineCount)).toEqual([2, 1]);

    const recalled = s.ok('till', 'sales.recall', { id: held.id });
    expect(recalled.cart.lines).toEqual([{ ...s.line.jade(2) }, { ...s.line.towel(), quantity: 1 }]);
    expect(s.ok('till', 'sales.held', {})).toHaveLength(1);
    expect(s.call('till', 'sales.recall', { id: held.id })).toMatchObject({
      error: { code: 'HELD_CART_NOT_FOUND' },
    });
    s.sell(recalled.cart, [cash(80_000)]);
    expect(s.journal('sale.cartHeld')).toHaveLength(2);
    expect(s.journal('sale.cartRecalled')).toHaveLength(1);
  });

  it('refuse to hold a cart for a member who does not exist, with CUSTOMER_NOT_FOUND', () => {
    const s = open();
    const held = s.call('till', 'sales.hold', { cart: { customerId: 999, lines: [s.line.jade()] } });
    expect(held).toMatchObject({ ok: false, error: { code: 'CUSTOMER_NOT_FOUND' } });
    expect(s.ok('till', 'sales.held', {})).toEqual([]);
  });

  it('journal a cart voided before payment with its line count and amount', () => {
    const s = open();
    s.ok('till', 'sales.voidCart', { lineCount: 3, amountFen: 79_900, reason: '顾客离开' });
    const [row] = s.journal('sale.cartVoided');
    expect(row).toMatchObject({ actor_id: s.ids.zhang });
    expect(row?.payload).toEqual({ lineCount: 3, amountFen: 79_900, reason: '顾客离开' });
  });
});
