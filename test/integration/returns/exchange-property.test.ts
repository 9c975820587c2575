import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import type { ReturnLineInput } from '../../../shared/contract/returns';
import { exchanged, returned } from '../../helpers/returns';
import { cash, openShop, RATES, type Shop } from '../../helpers/sales';

// A slow model of what a run of partial returns and exchanges must leave, written apart from the modules:
// each tender's share never more than it paid, stock, scrap gold, points, store credit and the drawer's
// expected cash, checked against the till after every step.

type Tenders = ChannelInput<'sales.commit'>['tenders'];
type Method = 'cash' | 'bankCard' | 'wechat' | 'points';

const TOWEL = 3_900;
const JADE = 38_000;
// 0.100 g of Au999 old gold at the buy-back rate, no deduction nor loss: 5 600
const OLD_GOLD_MG = 100;
const OLD_GOLD = (OLD_GOLD_MG * RATES.Au999.buyBack) / 1_000;

const step = fc.record({
  lineNo: fc.constantFrom(1, 2),
  quantity: fc.integer({ min: 1, max: 3 }),
  decision: fc.constantFrom('restock' as const, 'repair' as const, 'writeOff' as const),
  // null: a plain return; else an exchange for this many towels, with or without old gold traded in
  exchange: fc.option(
    fc.record({
      towels: fc.integer({ min: 2, max: 12 }),
      tradeIn: fc.boolean(),
      refundAs: fc.constantFrom('tenders' as const, 'cash' as const, 'storeCredit' as const),
    }),
  ),
});

const scenario = fc.record({
  towels: fc.integer({ min: 1, max: 4 }),
  jades: fc.integer({ min: 1, max: 2 }),
  wechatPermille: fc.integer({ min: 0, max: 1_000 }),
  cardPermille: fc.integer({ min: 0, max: 1_000 }),
  redeem: fc.boolean(),
  steps: fc.array(step, { minLength: 1, maxLength: 5 }),
});

let s: Shop;
let phone = 13_900_000_000;
// over every run: the drawer (the float, cash taken, less cash paid back) and the scrap gold taken in
let expectedCash = 50_000;
let scrapMg = 0;

beforeAll(() => {
  s = openShop();
});
afterAll(() => s.close());

function restock(): void {
  for (const key of ['towel', 'jade'] as const) {
    s.ok('admin', 'catalog.receiveStock', { productId: s.products[key], quantity: 40, note: '' });
  }
}

const sum = (values: number[]): number => values.reduce((t, v) => t + v, 0);

describe('random runs of partial returns and exchanges', () => {
  it('never take more from a tender than it paid, and leave stock, scrap gold, points, credit and cash as recomputed', () => {
    fc.assert(
      fc.property(scenario, (run) => {
        restock();
        const customer = s.ok('till', 'customers.register', { phone: String(phone++), name: '顾客' });
        const member = () => s.ok('till', 'customers.get', { id: customer.id });
        // a first towel in cash earns the member 39 points to redeem (one per ￥1.00)
        s.sell({ customerId: customer.id, lines: [s.line.towel()] }, [cash(TOWEL)]);
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
          ...(paid.cash > 0 ? [cash(paid.cash)] : []),
        ];
        const before = {
          towel: s.onHand('towel'),
          jade: s.onHand('jade'),
          points: member().points,
          credit: member().storeCreditFen,
        };
        const { receiptNo } = s.sell(
          { customerId: customer.id, lines: [s.line.towel(run.towels), s.line.jade(run.jades)] },
          tenders,
        );
        expectedCash += paid.cash;
        const earned = Math.floor((total - paid.points) / 100);

        const sold = { 1: run.towels, 2: run.jades } as Record<number, number>;
        const back = { 1: 0, 2: 0 } as Record<number, number>;
        const restocked = { 1: 0, 2: 0 } as Record<number, number>;
        // each tender's shares of the lines taken back, whether paid back or put towards new goods
        const taken: Record<Method, number> = { cash: 0, bankCard: 0, wechat: 0, points: 0 };
        let towelsSoldAgain = 0;
        let earnedAgain = 0;
        let credit = 0;
        let pointsTaken = 0;
        let pointsRestored = 0;
        for (const { lineNo, quantity: wanted, decision, exchange } of run.steps) {
          const quantity = Math.min(wanted, (sold[lineNo] as number) - (back[lineNo] as number));
          if (quantity === 0) continue;
          const lines: ReturnLineInput[] = [
            { lineNo, quantity, tagIntact: true, reason: 'changedMind', decision },
          ];
          const references = [
            { method: 'wechat' as const, reference: 'RW' },
            { method: 'bankCard' as const, reference: 'RC' },
          ];
          // what these units were paid, at the catalog price (no discounts)
          const value = quantity * (lineNo === 1 ? TOWEL : JADE);
          let shares: { method: string; pool: string | null; amountFen: number }[];
          let paidBack: { method: string; amountFen: number }[];
          let quote: { pointsTaken: number; pointsRestored: number };
          if (exchange === null) {
            const done = returned(s, receiptNo, lines, { references, acceptPointsDebt: true });
            shares = done.refunds;
            paidBack = done.refunds;
            quote = done;
          } else {
            const tradeIn = exchange.tradeIn ? OLD_GOLD : 0;
            const newTotal = exchange.towels * TOWEL - tradeIn;
            const cart = {
              customerId: customer.id,
              lines: [
                s.line.towel(exchange.towels),
                ...(exchange.tradeIn
                  ? [
                      {
                        kind: 'tradeIn' as const,
                        purity: 'Au999' as const,
                        weightMg: OLD_GOLD_MG,
                        buyBackFenPerGram: RATES.Au999.buyBack,
                        description: '旧金',
                      },
                    ]
                  : []),
              ],
            };
            const quoted = s.ok('till', 'returns.quoteExchange', {
              receiptNo,
              lines,
              cart,
              refundAs: exchange.refundAs,
            });
            const pointsShare = sum(
              quoted.returned.refunds.filter((r) => r.pool === 'points').map((r) => r.amountFen),
            );
            const difference = newTotal - (value - pointsShare);
            expect(quoted.differenceFen).toBe(difference);
            const done = exchanged(s, {
              receiptNo,
              lines,
              cart,
              refundAs: exchange.refundAs,
              tenders: difference > 0 ? [cash(difference)] : [],
              references,
              acceptPointsDebt: true,
            });
            if (difference > 0) expectedCash += difference;
            // what was paid back is the returned value less the new goods, points apart
            expect(sum(done.refunds.filter((r) => r.method !== 'points').map((r) => r.amountFen))).toBe(
              Math.max(0, -difference),
            );
            shares = done.returned.refunds;
            paidBack = done.refunds;
            quote = done.returned;
            towelsSoldAgain += exchange.towels;
            earnedAgain += Math.floor(newTotal / 100);
            scrapMg += exchange.tradeIn ? OLD_GOLD_MG : 0;
          }
          back[lineNo] = (back[lineNo] as number) + quantity;
          if (decision === 'restock') restocked[lineNo] = (restocked[lineNo] as number) + quantity;
          for (const share of shares) taken[share.pool as Method] += share.amountFen;
          expectedCash -= sum(paidBack.filter((r) => r.method === 'cash').map((r) => r.amountFen));
          credit += sum(paidBack.filter((r) => r.method === 'storeCredit').map((r) => r.amountFen));
          pointsTaken += quote.pointsTaken;
          pointsRestored += quote.pointsRestored;

          const valueBack = (back[1] as number) * TOWEL + (back[2] as number) * JADE;
          for (const method of Object.keys(paid) as Method[]) {
            expect(taken[method]).toBeLessThanOrEqual(paid[method]);
          }
          expect(sum(Object.values(taken))).toBe(valueBack);
          expect(pointsTaken).toBe(Math.floor((earned * valueBack) / total));
          expect(pointsRestored).toBe(taken.points);
          expect(member()).toMatchObject({
            points: before.points - paid.points + earned - pointsTaken + pointsRestored + earnedAgain,
            storeCreditFen: before.credit + credit,
          });
          expect(s.onHand('towel')).toBe(
            before.towel - run.towels + (restocked[1] as number) - towelsSoldAgain,
          );
          expect(s.onHand('jade')).toBe(before.jade - run.jades + (restocked[2] as number));
        }
        if (back[1] === run.towels && back[2] === run.jades) expect(taken).toEqual(paid);
        expect(s.ok('office', 'shifts.xReport', {}).report.cash.expectedFen).toBe(expectedCash);
        expect(s.core.db.prepare('SELECT sum(weight_mg) FROM scrap_gold_movements').pluck().get() ?? 0).toBe(
          scrapMg,
        );
      }),
      { numRuns: 20 },
    );
    // the runs did exchange, with and without old gold
    expect(
      s.core.db.prepare('SELECT count(*) FROM returns WHERE exchange_sale_id IS NOT NULL').pluck().get(),
    ).toBeGreaterThan(5);
    expect(scrapMg).toBeGreaterThan(0);
  });
});
