import { afterEach, describe, expect, it } from 'vitest';
import { giveBack, intact, returned } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

// The store's default: one point per ￥1.00 paid in money, a point worth 1 fen as a tender.
function member(s: Shop) {
  const customer = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
  const points = () => s.ok('till', 'customers.get', { id: customer.id }).points;
  const movements = () =>
    s.core.db
      .prepare('SELECT reason, points FROM points_movements WHERE customer_id = ? ORDER BY id')
      .all(customer.id);
  return { id: customer.id, points, movements };
}

describe('points on a return', () => {
  it('takes back what the returned line earned and restores what was redeemed, in proportion', () => {
    const s = (shop = openShop());
    const m = member(s);
    // the vase, 128 000 in cash: 1 280 points
    s.sell({ customerId: m.id, lines: [s.line.vase()] }, [cash(128_000)]);
    // the jade and a towel, 41 900: 1 000 points (1 000 fen) and 40 900 cash, earning 409
    const { receiptNo } = s.sell({ customerId: m.id, lines: [s.line.jade(), s.line.towel()] }, [
      { method: 'points', points: 1_000 },
      cash(40_900),
    ]);
    expect(m.points()).toBe(1_280 - 1_000 + 409); // 689

    // the towel back, 3 900 over cash 40 900 and points 1 000 of 41 900:
    //   cash 3 806.92, points 93.08 → 3 806 + 93, the fen left to cash (.92): 3 807 cash, 93 fen of points = 93 points
    //   earned points taken: 409 × 3 900 ÷ 41 900 = 38.07 → 38
    const done = returned(s, receiptNo, [intact(2)]);
    expect(done).toMatchObject({
      refunds: [
        { method: 'cash', pool: 'cash', amountFen: 3_807, points: null },
        { method: 'points', pool: 'points', amountFen: 93, points: 93 },
      ],
      refundFen: 3_900,
      pointsTaken: 38,
      pointsRestored: 93,
      pointsDebt: 0,
    });
    expect(m.points()).toBe(689 + 93 - 38); // 744
  });

  it('leaves a member who spent them owing points only through an explicit, journaled debt row', () => {
    const s = (shop = openShop());
    const m = member(s);
    // the vase, 128 000 in cash: 1 280 points …
    const vase = s.sell({ customerId: m.id, lines: [s.line.vase()] }, [cash(128_000)]).receiptNo;
    // … all spent on a towel (3 900 = 1 280 points + 2 620 cash, earning 26)
    s.sell({ customerId: m.id, lines: [s.line.towel()] }, [{ method: 'points', points: 1_280 }, cash(2_620)]);
    expect(m.points()).toBe(26);

    // the vase back takes its 1 280 points: 26 are there, 1 254 would be owed
    expect(s.ok('till', 'returns.quote', { receiptNo: vase, lines: [intact(1)] })).toMatchObject({
      pointsTaken: 1_280,
      pointsRestored: 0,
      pointsDebt: 1_254,
    });
    expect(giveBack(s, vase, [intact(1)])).toMatchObject({
      ok: false,
      error: { code: 'RETURN_POINTS_DEBT', details: { debt: 1_254 } },
    });
    expect(m.points()).toBe(26);

    returned(s, vase, [intact(1)], { acceptPointsDebt: true });
    expect(m.points()).toBe(-1_254);
    expect(m.movements().slice(-2)).toEqual([
      { reason: 'returned', points: -26 },
      { reason: 'debt', points: -1_254 },
    ]);
    expect(s.journal('return.committed')[0]?.payload).toMatchObject({
      points: { taken: 1_280, restored: 0, debt: 1_254, balanceBefore: 26 },
    });
  });
});
