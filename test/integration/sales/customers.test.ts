import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('customers', () => {
  it('are registered at the till with a mobile number and a name, and found by the number as typed', () => {
    const s = open();
    expect(s.ok('till', 'customers.find', { phone: '13812345678' })).toBeNull();
    const customer = s.ok('till', 'customers.register', { phone: '138 1234 5678', name: '李女士' });
    expect(customer).toMatchObject({
      phone: '13812345678',
      name: '李女士',
      tier: { id: 1, name: '普通会员', discountBp: 0 },
      points: 0,
      storeCreditFen: 0,
    });
    expect(s.ok('till', 'customers.find', { phone: '+86 138-1234-5678' })?.id).toBe(customer.id);
    expect(s.call('till', 'customers.register', { phone: '13812345678', name: '别人' })).toMatchObject({
      error: { code: 'CUSTOMER_PHONE_TAKEN' },
    });
    for (const phone of ['12812345678', '1381234567', '010-12345678']) {
      expect(s.call('till', 'customers.register', { phone, name: '某' })).toMatchObject({
        error: { code: 'INVALID_INPUT' },
      });
    }
    const [row] = s.journal('customer.registered');
    expect(row?.payload).toEqual({ customerId: customer.id });
  });

  it('keep nothing the seven questions never ask (七不问): no age, marriage, income, address, beliefs or health', () => {
    const s = open();
    const columns = (table: string) =>
      (s.core.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).join(' ');
    expect(columns('customers')).toBe('id phone name tier_id registered_at registered_by updated_at');
    for (const table of ['customers', 'sales', 'sale_invoices', 'held_carts']) {
      expect(columns(table)).not.toMatch(/age|birth|marri|spouse|income|salary|address|relig|belief|health/i);
    }
    expect(
      s.call('till', 'customers.register', { phone: '13812345678', name: '李女士', age: 30 } as never),
    ).toMatchObject({ ok: true });
    expect(s.core.db.prepare('SELECT * FROM customers').get()).not.toHaveProperty('age');
  });

  it('have a purchase history, newest first, paged by receipt number', () => {
    const s = open();
    const customer = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const first = s.sell({ customerId: customer.id, lines: [s.line.jade()] }, [cash(38_000)]);
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    const second = s.sell({ customerId: customer.id, lines: [s.line.towel(2)] }, [cash(7_800)]);
    const history = s.ok('till', 'customers.history', { customerId: customer.id });
    expect(history.map((h) => h.receiptNo)).toEqual([second.receiptNo, first.receiptNo]);
    expect(history[1]).toMatchObject({
      state: 'committed',
      totalFen: 38_000,
      pointsEarned: 380,
      items: [{ name: '和田玉平安扣', quantity: 1, netFen: 38_000 }],
    });
    expect(
      s.ok('till', 'customers.history', { customerId: customer.id, beforeReceiptNo: second.receiptNo }),
    ).toHaveLength(1);
  });

  it('change tier and store credit only by a manager, journaled; tiers are configurable', () => {
    const s = open();
    const customer = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    expect(s.call('till', 'customers.setTier', { id: customer.id, tierId: 3 })).toMatchObject({
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'customers.manage' } },
    });
    expect(s.ok('office', 'customers.setTier', { id: customer.id, tierId: 2 }).tier).toEqual({
      id: 2,
      name: '银卡会员',
      discountBp: 200,
    });
    expect(s.call('office', 'customers.setTier', { id: customer.id, tierId: 99 })).toMatchObject({
      error: { code: 'MEMBER_TIER_NOT_FOUND' },
    });
    expect(
      s.call('office', 'customers.adjustCredit', { id: customer.id, amountFen: -1, reason: '更正' }),
    ).toMatchObject({ error: { code: 'STORE_CREDIT_INSUFFICIENT' } });
    expect(
      s.ok('office', 'customers.adjustCredit', { id: customer.id, amountFen: 20_000, reason: '储值' })
        .storeCreditFen,
    ).toBe(20_000);

    const tiers = s.ok('admin', 'customers.saveTier', { id: 2, name: '银卡会员', discountBp: 300 });
    expect(tiers.map((t) => [t.name, t.discountBp])).toEqual([
      ['普通会员', 0],
      ['银卡会员', 300],
      ['金卡会员', 500],
    ]);
    expect(s.ok('till', 'customers.get', { id: customer.id }).tier.discountBp).toBe(300);
    expect(s.call('admin', 'customers.saveTier', { name: '金卡会员', discountBp: 800 })).toMatchObject({
      error: { code: 'MEMBER_TIER_NAME_TAKEN' },
    });
    expect(s.journal('customer.tierChanged')).toHaveLength(1);
    expect(s.journal('customer.creditAdjusted')).toHaveLength(1);
  });

  it('update their name and number without taking another customer’s', () => {
    const s = open();
    const a = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    s.ok('till', 'customers.register', { phone: '13912345678', name: '王先生' });
    expect(s.ok('till', 'customers.update', { id: a.id, phone: '13712345678', name: '李丽' })).toMatchObject({
      phone: '13712345678',
      name: '李丽',
    });
    expect(
      s.call('till', 'customers.update', { id: a.id, phone: '13912345678', name: '李丽' }),
    ).toMatchObject({
      error: { code: 'CUSTOMER_PHONE_TAKEN' },
    });
  });
});
