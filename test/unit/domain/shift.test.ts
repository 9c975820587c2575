import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countedCashFen,
  expectedAmounts,
  TENDER_METHODS,
  type TenderEvent,
  type TenderMethod,
} from '../../../shared/domain/shift';

const amount = fc.integer({ min: 1, max: 5_000_000 });
const method = fc.constantFrom(...TENDER_METHODS);
const source = fc.constantFrom('sale', 'repair');
const event: fc.Arbitrary<TenderEvent> = fc.oneof(
  fc.record({ kind: fc.constant('float' as const), amountFen: amount }),
  fc.record({ kind: fc.constant('received' as const), method, amountFen: amount, source }),
  fc.record({ kind: fc.constant('changeGiven' as const), amountFen: amount, source }),
  fc.record({ kind: fc.constant('refunded' as const), method, amountFen: amount, source }),
  fc.record({ kind: fc.constant('paidIn' as const), amountFen: amount }),
  fc.record({ kind: fc.constant('paidOut' as const), amountFen: amount }),
  fc.record({ kind: fc.constant('safeDrop' as const), amountFen: amount }),
);
const events = fc.array(event, { maxLength: 60 });

/**
 * The slow way, written apart from the function under test: each event becomes a signed entry in the
 * ledger of the tender it moves (a table of signs, not a switch), and a tender's balance after each event is
 * found by adding up its whole ledger again from the start.
 */
function slowBalances(list: readonly TenderEvent[]): Record<TenderMethod, number> {
  const sign: Record<TenderEvent['kind'], 1 | -1> = {
    float: 1,
    received: 1,
    changeGiven: -1,
    refunded: -1,
    paidIn: 1,
    paidOut: -1,
    safeDrop: -1,
  };
  const ledger: { tender: TenderMethod; fen: number }[] = [];
  const balances = Object.fromEntries(TENDER_METHODS.map((m) => [m, 0])) as Record<TenderMethod, number>;
  for (const e of list) {
    ledger.push({ tender: 'method' in e ? e.method : 'cash', fen: sign[e.kind] * e.amountFen });
    for (const tender of TENDER_METHODS) {
      let total = 0;
      for (const entry of ledger) if (entry.tender === tender) total += entry.fen;
      balances[tender] = total;
    }
  }
  return balances;
}

describe('expected amounts of a shift', () => {
  it('agree with the slow ledger for any sequence of events', () => {
    fc.assert(
      fc.property(events, (list) => {
        const expected = expectedAmounts(list);
        const slow = slowBalances(list);
        expect(expected.cash.expectedFen).toBe(slow.cash);
        for (const tender of expected.tenders) expect(tender.expectedFen).toBe(slow[tender.method]);
      }),
      { numRuns: 300 },
    );
  });

  it('do not depend on the order of events, and the cash breakdown adds up', () => {
    fc.assert(
      fc.property(events, fc.infiniteStream(fc.nat()), (list, picks) => {
        const shuffled = [...list];
        const next = picks[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (next.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as TenderEvent, shuffled[i] as TenderEvent];
        }
        const a = expectedAmounts(list);
        expect(expectedAmounts(shuffled)).toEqual(a);
        const c = a.cash;
        expect(c.expectedFen).toBe(
          c.floatFen +
            c.receivedFen -
            c.changeFen -
            c.refundedFen +
            c.paidInFen -
            c.paidOutFen -
            c.safeDropFen,
        );
      }),
    );
  });

  it('subtract change given from cash received (a ￥100 note for a ￥38 sale leaves ￥38)', () => {
    const result = expectedAmounts([
      { kind: 'float', amountFen: 50_000 },
      { kind: 'received', method: 'cash', amountFen: 10_000, source: 'sale' },
      { kind: 'changeGiven', amountFen: 6_200, source: 'sale' },
      { kind: 'received', method: 'wechat', amountFen: 12_800, source: 'sale' },
      { kind: 'refunded', method: 'wechat', amountFen: 12_800, source: 'sale' },
      { kind: 'paidOut', amountFen: 2_000 },
      { kind: 'safeDrop', amountFen: 30_000 },
    ]);
    expect(result.cash).toEqual({
      floatFen: 50_000,
      receivedFen: 10_000,
      changeFen: 6_200,
      refundedFen: 0,
      paidInFen: 0,
      paidOutFen: 2_000,
      safeDropFen: 30_000,
      expectedFen: 21_800,
    });
    expect(result.tenders.find((t) => t.method === 'wechat')).toEqual({
      method: 'wechat',
      receivedFen: 12_800,
      refundedFen: 12_800,
      expectedFen: 0,
    });
    expect(result.tenders.map((t) => t.method)).toEqual([
      'bankCard',
      'wechat',
      'alipay',
      'storeCredit',
      'points',
    ]);
  });

  it('count a drawer by denomination', () => {
    expect(
      countedCashFen([
        { denominationFen: 10_000, quantity: 3 },
        { denominationFen: 50, quantity: 3 },
        { denominationFen: 10, quantity: 7 },
      ]),
    ).toBe(30_220);
  });
});
