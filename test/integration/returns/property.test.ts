import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import type { ReturnLineInput } from '../../../shared/contract/returns';
import { returned } from '../../helpers/returns';
import { openShop, type Shop } from '../../helpers/sales';

// A slow model of what a run of partial returns must leave, written apart from the module: money back per
// tender, stock, points and the drawer's expected cash, checked against the till after every return.

type Tenders = ChannelInput<'sales.commit'>['tenders'];
type Method = 'cash' | 'bankCard' | 'wechat' | 'points';

const TOWEL = 3_900;
const JADE = 38_000;

const scenario = fc.record({
  towels: fc.integer({ min: 1, max: 4 }),
  jades: fc.integer({ min: 1, max: 2 }),
  // shares of the total paid by WeChat, card and points (in thousandths), the rest in cash
  wechatPermille: fc.integer({ min: 0, max: 1_000 }),
  cardPermille: fc.integer({ min: 0, max: 1_000 }),
  redeem: fc.boolean(),
  steps: fc.array(
    fc.record({
      lineNo: fc.constantFrom(1, 2),
      quantity: fc.integer({ min: 1, max: 3 }),
      decision: fc.constantFrom('restock' as const, 'repair' as const, 'writeOff' as const),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

let s: Shop;
let phone = 13_800_000_000;
// the drawer over every run: the float, plus cash taken, less cash paid back
let expectedCash = 50_000;

beforeAll(() => {
  s = openShop();
});
afterAll(() => s.close());

function restock(): void {
  for (const key of ['towel', 'jade'] as const) {
    s.ok('admin', 'catalog.receiveStock', { productId: s.products[key], quantity: 10, note: '' });
  }
}

describe('random runs of partial returns', () => {
  it('never pay a tender back more than it paid, and leave stock, points and expected cash as recomputed', () => {
    fc.assert(
      fc.property(scenario, (run) => {
        restock();
        const customer = s.ok('till', 'customers.register', { phone: String(phone++), name: '顾客' });
        const points = () => s.ok('till', 'customers.get', { id: customer.id }).points;
        // a first towel in cash earns the member 39 points to redeem (one per ￥1.00)
        s.sell({ customerId: customer.id, lines: [s.line.towel()] }, [{ method: 'cash', amountFen: TOWEL }]);
        expectedCash += TOWEL;

        const total = run.towels * TOWEL + run.jades * JADE;
        const paid: Record<Method, number> = { cash: 0, bankCard: 0, wechat: 0, points: 0 };
        paid.points = run.redeem ? 39 : 0;
        paid.wechat = Math.floor(((total - paid.points) * run.wechatPermille) / 1_000);
        paid.bankCard = Math.floor(((total - paid.points - paid.wechat) * run.cardPermille) / 1_000);
        paid.cash = total - paid.points - paid.wechat - paid.bankCard;
        const tenders: Tenders = [
          ...(paid.points > 0 ? [{ method: 'points' as const, points: paid.points }] : []),
          ...(paid.wechat > 0
            ? [{ method: 'wechat' as const, amountFen: paid.wechat, reference: 'W1' }]
            : []),
          ...(paid.bankCard > 0
            ? [{ method: 'bankCard' as const, amountFen: paid.bankCard, reference: 'C1', last4: '1234' }]
            : []),
          ...(paid.cash > 0 ? [{ method: 'cash' as const, amountFen: paid.cash }] : []),
        ];
        const before = { towel: s.onHand('towel'), jade: s.onHand('jade'), points: points() };
        const { receiptNo } = s.sell(
          { customerId: customer.id, lines: [s.line.towel(run.towels), s.line.jade(run.jades)] },
          tenders,
        );
        expectedCash += paid.cash;
        // points earn on money, not on points: one per full ￥1.00
        const earned = Math.floor((total - paid.points) / 100);

        const sold = { 1: run.towels, 2: run.jades } as Record<number, number>;
        const back = { 1: 0, 2: 0 } as Record<number, number>;
        const restocked = { 1: 0, 2: 0 } as Record<number, number>;
        const refunded: Record<Method, number> = { cash: 0, bankCard: 0, wechat: 0, points: 0 };
        let pointsTaken = 0;
        let pointsRestored = 0;
        for (const step of run.steps) {
          const quantity = Math.min(
            step.quantity,
            (sold[step.lineNo] as number) - (back[step.lineNo] as number),
          );
          if (quantity === 0) continue;
          const line: ReturnLineInput = {
            lineNo: step.lineNo,
            quantity,
            tagIntact: true,
            reason: 'changedMind',
            decision: step.decision,
          };
          const done = returned(s, receiptNo, [line], {
            references: [
              { method: 'wechat', reference: 'RW' },
              { method: 'bankCard', reference: 'RC' },
            ],
            acceptPointsDebt: true,
          });
          back[step.lineNo] = (back[step.lineNo] as number) + quantity;
          if (step.decision === 'restock')
            restocked[step.lineNo] = (restocked[step.lineNo] as number) + quantity;
          for (const refund of done.refunds) refunded[refund.method as Method] += refund.amountFen;
          pointsTaken += done.pointsTaken;
          pointsRestored += done.pointsRestored;
          expectedCash -= done.refunds
            .filter((r) => r.method === 'cash')
            .reduce((t, r) => t + r.amountFen, 0);

          // what came back so far, at what each piece was paid (no discounts: the catalog price)
          const value = (back[1] as number) * TOWEL + (back[2] as number) * JADE;
          for (const method of Object.keys(paid) as Method[]) {
            expect(refunded[method]).toBeLessThanOrEqual(paid[method]);
          }
          // all the money back is the value returned, as each refund is that value's share of the total
          expect(Object.values(refunded).reduce((t, v) => t + v, 0)).toBe(value);
          // earned points go back as the value returned does: floor(earned × value ÷ total) so far
          expect(pointsTaken).toBe(Math.floor((earned * value) / total));
          expect(pointsRestored).toBe(refunded.points);
          expect(points()).toBe(before.points - paid.points + earned - pointsTaken + pointsRestored);
          expect(s.onHand('towel')).toBe(before.towel - run.towels + (restocked[1] as number));
          expect(s.onHand('jade')).toBe(before.jade - run.jades + (restocked[2] as number));
        }
        if (back[1] === run.towels && back[2] === run.jades) expect(refunded).toEqual(paid);
        expect(s.ok('office', 'shifts.xReport', {}).report.cash.expectedFen).toBe(expectedCash);
      }),
      { numRuns: 25 },
    );
  });
});
