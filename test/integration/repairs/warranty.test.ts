import { afterEach, describe, expect, it } from 'vitest';
import { cash } from '../../helpers/sales';
import { openRepairShop, type RepairShop } from '../../helpers/repairs';

let shop: RepairShop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

/** 李女士 buys the bangle (12 months' warranty) and the vase (none) at the till. */
function bought() {
  const s = (shop = openRepairShop());
  const sale = s.sell({ customerId: s.customer.id, lines: [s.line.bangle(), s.line.vase()] }, [
    cash(3_000_000),
  ]);
  return { s, receiptNo: sale.receiptNo };
}

describe('a repair under warranty', () => {
  it('is found by the receipt or a warranty card, and the customer’s purchases', () => {
    const { s, receiptNo } = bought();
    const found = s.ok('desk', 'repairs.warranty', { code: receiptNo });
    expect(found).toMatchObject({ receiptNo, purchasedOn: '2026-11-23', customer: { name: '李女士' } });
    expect(found.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        name: '足金古法手镯',
        warrantyMonths: 12,
        endsOn: '2027-11-22',
        covered: true,
      }),
      expect.objectContaining({
        lineNo: 2,
        name: '青花瓷瓶',
        warrantyMonths: 0,
        endsOn: null,
        covered: false,
      }),
    ]);
    expect(s.ok('desk', 'repairs.warranty', { code: `${receiptNo}-1` }).receiptNo).toBe(receiptNo);
    expect(s.ok('desk', 'repairs.purchases', { customerId: s.customer.id }).map((p) => p.receiptNo)).toEqual([
      receiptNo,
    ]);
    expect(s.call('desk', 'repairs.warranty', { code: 'T01-20990101-0001' })).toMatchObject({
      ok: false,
      error: { code: 'SALE_NOT_FOUND' },
    });
  });

  it('makes covered work free within the period and links the ticket to the sale', () => {
    const { s, receiptNo } = bought();
    // resizing is not covered, polishing is
    const ticket = s.intake({ warranty: { receiptNo, lineNo: 1 } });
    if (!ticket.ok) throw new Error(ticket.error.message);
    expect(ticket.value.warranty).toEqual({
      receiptNo,
      lineNo: 1,
      purchasedOn: '2026-11-23',
      endsOn: '2027-11-22',
    });
    expect(ticket.value.services.map((line) => [line.code, line.priceFen, line.free])).toEqual([
      ['resize', 5_000, false],
      ['polish', 0, true],
    ]);
    expect(ticket.value.quoteFen).toBe(5_000);
  });

  it('charges covered work once the warranty has run out', () => {
    const { s, receiptNo } = bought();
    s.clock.advance(366 * 86_400_000);
    s.ok('desk', 'auth.login', { staffId: s.ids.zhao, pin: '3333' });
    const ticket = s.intake({ warranty: { receiptNo, lineNo: 1 }, promisedOn: '2027-12-01' });
    if (!ticket.ok) throw new Error(ticket.error.message);
    expect(ticket.value.services.every((line) => !line.free)).toBe(true);
    expect(ticket.value.quoteFen).toBe(7_000);
  });

  it('refuses another customer’s receipt and a line the receipt does not have', () => {
    const { s, receiptNo } = bought();
    const wu = s.ok('desk', 'repairs.registerCustomer', { phone: '13900001111', name: '吴先生' });
    expect(s.intake({ customerId: wu.id, warranty: { receiptNo, lineNo: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_WARRANTY_OTHER_CUSTOMER' },
    });
    expect(s.intake({ warranty: { receiptNo, lineNo: 9 } })).toMatchObject({
      ok: false,
      error: { code: 'REPAIR_WARRANTY_LINE_NOT_FOUND', details: { lineNo: 9 } },
    });
  });
});
