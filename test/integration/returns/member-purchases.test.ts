import { afterEach, describe, expect, it } from 'vitest';
import { intact, returned, travel } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

// The store is in Asia/Shanghai (UTC+8): a sale at 16:30Z on 23 November is made at 00:30 on the 24th in the
// store, and is listed under the 24th.
const FIRST = Date.parse('2026-11-23T15:50:00.000Z'); // 23 Nov 23:50 store time
const SECOND = Date.parse('2026-11-23T16:30:00.000Z'); // 24 Nov 00:30 store time
const LATER = Date.parse('2026-11-24T03:00:00.000Z'); // 24 Nov 11:00 store time

describe('a member’s purchases on the returns screen', () => {
  it('lists them newest first, a page at a time, with store days and what can still come back; voided sales and other customers left out', () => {
    const s = (shop = openShop());
    const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const other = s.ok('till', 'customers.register', { phone: '13900000000', name: '王先生' });

    travel(s, FIRST);
    const jade = s.sell({ customerId: member.id, lines: [s.line.jade()] }, [cash(38_000)]).receiptNo;
    travel(s, SECOND);
    // three towels at ￥39.00 and a jade at ￥380.00: ￥497.00
    const mixed = s.sell({ customerId: member.id, lines: [s.line.towel(3), s.line.jade()] }, [
      cash(49_700),
    ]).receiptNo;
    travel(s, LATER);
    s.sell({ customerId: other.id, lines: [s.line.towel()] }, [cash(3_900)]);
    const voided = s.sell({ customerId: member.id, lines: [s.line.towel()] }, [cash(3_900)]).receiptNo;
    s.ok('office', 'sales.void', { receiptNo: voided, reason: '收银错误' });
    // two of the three towels come back: 2 × ￥39.00 = ￥78.00 of the ￥497.00 gone, ￥419.00 and 2 units left
    returned(s, mixed, [intact(1, { quantity: 2 })]);

    const first = s.ok('till', 'returns.memberPurchases', { customerId: member.id, limit: 1 });
    expect(first).toEqual({
      purchases: [
        {
          receiptNo: mixed,
          businessDay: '2026-11-24',
          totalFen: 49_700,
          items: ['纯棉毛巾', '和田玉平安扣'],
          quantity: 4,
          returnableQuantity: 2,
          returnableFen: 41_900,
        },
      ],
      nextBefore: mixed,
    });
    expect(mixed).toBe('T01-20261124-0001');

    const second = s.ok('till', 'returns.memberPurchases', {
      customerId: member.id,
      before: mixed,
      limit: 1,
    });
    expect(second).toEqual({
      purchases: [
        {
          receiptNo: jade,
          businessDay: '2026-11-23',
          totalFen: 38_000,
          items: ['和田玉平安扣'],
          quantity: 1,
          returnableQuantity: 1,
          returnableFen: 38_000,
        },
      ],
      nextBefore: null,
    });

    // the default page holds both, the newest first
    const all = s.ok('till', 'returns.memberPurchases', { customerId: member.id });
    expect(all.purchases.map((p) => p.receiptNo)).toEqual([mixed, jade]);
    expect(all.nextBefore).toBeNull();
  });

  it('refuses a customer who does not exist, and a caller not signed in', () => {
    const s = (shop = openShop());
    expect(s.call('till', 'returns.memberPurchases', { customerId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'CUSTOMER_NOT_FOUND' },
    });
    expect(s.call('nobody', 'returns.memberPurchases', { customerId: 1 })).toMatchObject({ ok: false });
  });
});
