import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  deepestDiscountBp,
  discountOff,
  priceCart,
  settle,
  type CartToPrice,
  type Discount,
} from '../../../shared/domain/cart';
import { normalizeMobile, MOBILE_PATTERN } from '../../../shared/domain/phone';
import { pointsEarned, pointsValueFen } from '../../../shared/domain/points';
import { warrantyEndsOn } from '../../../shared/domain/warranty';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const fen = fc.integer({ min: 0, max: 10_000_000 });
const discount: fc.Arbitrary<Discount | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('percent' as const), bp: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), fen: fc.integer({ min: 1, max: 2_000_000 }) }),
);
const line = fc
  .record({ listFen: fen, override: fc.option(fen), discount, memberEligible: fc.boolean() })
  .map(({ listFen, override, ...rest }) => ({ listFen, grossFen: override ?? listFen, ...rest }));
const cart: fc.Arbitrary<CartToPrice> = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 8 }),
  tradeInsFen: fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 2 }),
  memberBp: fc.integer({ min: 0, max: 2_000 }),
  orderDiscount: discount,
});

describe('allocate', () => {
  it('splits an amount over weights exactly, never giving a line more than its weight', () => {
    fc.assert(
      fc.property(
        fc.array(fen, { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, f) => {
          const amount = Math.floor(sum(weights) * f);
          const shares = allocate(amount, weights);
          expect(sum(shares)).toBe(amount);
          shares.forEach((share, i) => {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(weights[i] as number);
          });
        },
      ),
    );
  });

  it('gives the leftover fen to the largest remainders, earlier lines first on a tie', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [1, 2, 0])).toEqual([3, 7, 0]);
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
  });
});

describe('pricing a cart', () => {
  it('adds up: Σ gross − discounts − trade-ins = total = Σ net − trade-ins, all integers', () => {
    fc.assert(
      fc.property(cart, (input) => {
        const result = priceCart(input);
        if (!result.ok) return;
        const { totals } = result;
        const discounts = totals.lineDiscountFen + totals.memberDiscountFen + totals.orderDiscountFen;
        expect(totals.subtotalFen).toBe(sum(input.lines.map((l) => l.grossFen)));
        expect(totals.totalFen).toBe(totals.subtotalFen - discounts - totals.tradeInFen);
        expect(totals.totalFen).toBe(sum(totals.lines.map((l) => l.netFen)) - sum(input.tradeInsFen));
        expect(sum(totals.lines.map((l) => l.orderDiscountFen))).toBe(totals.orderDiscountFen);
        for (const amounts of totals.lines) {
          expect(amounts.netFen).toBeGreaterThanOrEqual(0);
          for (const value of Object.values(amounts)) expect(Number.isSafeInteger(value)).toBe(true);
        }
      }),
    );
  });

  it('applies the line discount, then the member tier on eligible lines, then the order discount', () => {
    const result = priceCart({
      lines: [
        {
          listFen: 100_000,
          grossFen: 100_000,
          discount: { kind: 'percent', bp: 1_000 },
          memberEligible: true,
        },
        { listFen: 50_000, grossFen: 50_000, discount: null, memberEligible: false },
      ],
      tradeInsFen: [20_000],
      memberBp: 500,
      orderDiscount: { kind: 'amount', fen: 1_000 },
    });
    expect(result).toMatchObject({
      ok: true,
      totals: {
        lines: [
          // 90,000 after 10 %, member 5 % = 4,500, then 85,500 / 135,500 of ￥10
          { lineDiscountFen: 10_000, memberDiscountFen: 4_500, orderDiscountFen: 631, netFen: 84_869 },
          { lineDiscountFen: 0, memberDiscountFen: 0, orderDiscountFen: 369, netFen: 49_631 },
        ],
        totalFen: 84_869 + 49_631 - 20_000,
      },
    });
  });

  it('refuses an amount off larger than what it applies to, naming the line', () => {
    const line = { listFen: 500, grossFen: 500, discount: null, memberEligible: true };
    expect(
      priceCart({
        lines: [line, { ...line, discount: { kind: 'amount', fen: 501 } }],
        tradeInsFen: [],
        memberBp: 0,
        orderDiscount: null,
      }),
    ).toEqual({ ok: false, problem: 'discountExceedsPrice', line: 1 });
    expect(
      priceCart({
        lines: [{ ...line, discount: null }],
        tradeInsFen: [],
        memberBp: 0,
        orderDiscount: { kind: 'amount', fen: 600 },
      }),
    ).toEqual({ ok: false, problem: 'discountExceedsPrice', line: null });
    expect(discountOff(500, { kind: 'percent', bp: 10_000 })).toBe(500);
  });

  it('measures the deepest discount given per line, overrides included and the member tier not', () => {
    const lines = [
      { listFen: 10_000, grossFen: 9_000, discount: null, memberEligible: true },
      {
        listFen: 3_000,
        grossFen: 3_000,
        discount: { kind: 'amount' as const, fen: 1 },
        memberEligible: true,
      },
    ];
    const result = priceCart({ lines, tradeInsFen: [], memberBp: 5_000, orderDiscount: null });
    if (!result.ok) throw new Error('priced');
    // line 1: ￥10 off ￥100 = 1000 bp; line 2: 1 fen off ￥30 rounds up to 4 bp
    expect(deepestDiscountBp(lines, result.totals.lines)).toBe(1_000);
    expect(deepestDiscountBp(lines.slice(1), result.totals.lines.slice(1))).toBe(4);
  });

  it('counts the order discount in every line’s depth, so it cannot be split to pass a limit', () => {
    fc.assert(
      fc.property(cart, (input) => {
        const result = priceCart({ ...input, tradeInsFen: [] });
        if (!result.ok) return;
        const deepest = deepestDiscountBp(input.lines, result.totals.lines);
        result.totals.lines.forEach((paid, i) => {
          const l = input.lines[i] as CartToPrice['lines'][number];
          const given = l.listFen - paid.netFen - paid.memberDiscountFen;
          if (l.listFen > 0) expect(given * 10_000).toBeLessThanOrEqual(deepest * l.listFen);
        });
      }),
    );
  });
});

describe('settling tenders', () => {
  const tender = fc.record({ cash: fc.boolean(), amountFen: fc.integer({ min: 1, max: 5_000_000 }) });

  it('covers the total exactly: tenders − total = change ≥ 0, given from cash only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(tender, { maxLength: 6 }),
        (total, tenders) => {
          const result = settle(total, tenders);
          const cash = sum(tenders.filter((t) => t.cash).map((t) => t.amountFen));
          const nonCash = sum(tenders.filter((t) => !t.cash).map((t) => t.amountFen));
          if (result.ok) {
            expect(sum(tenders.map((t) => t.amountFen)) - result.changeFen).toBe(total);
            expect(result.changeFen).toBeGreaterThanOrEqual(0);
            expect(result.changeFen).toBeLessThanOrEqual(cash);
            expect(result.cashDueFen + nonCash).toBe(total);
          } else if (result.problem === 'short') {
            expect(result.shortFen).toBe(total - cash - nonCash);
          } else {
            expect(nonCash > total || (nonCash === total && cash > 0)).toBe(true);
          }
        },
      ),
    );
  });

  it('refuses card or wallet beyond the total, and names what is still due', () => {
    expect(settle(10_000, [{ cash: false, amountFen: 10_001 }])).toEqual({ ok: false, problem: 'overpaid' });
    expect(
      settle(10_000, [
        { cash: false, amountFen: 10_000 },
        { cash: true, amountFen: 100 },
      ]),
    ).toEqual({
      ok: false,
      problem: 'overpaid',
    });
    expect(
      settle(10_000, [
        { cash: false, amountFen: 6_000 },
        { cash: true, amountFen: 3_000 },
      ]),
    ).toEqual({
      ok: false,
      problem: 'short',
      shortFen: 1_000,
      cashShortFen: 1_000,
    });
    expect(
      settle(10_000, [
        { cash: false, amountFen: 6_000 },
        { cash: true, amountFen: 5_000 },
      ]),
    ).toEqual({
      ok: true,
      cashDueFen: 4_000,
      roundingFen: 0,
      changeFen: 1_000,
    });
  });
});

describe('points, phones and warranties', () => {
  it('earn a point per whole unit paid and redeem at a fixed value', () => {
    expect([pointsEarned(12_345, 100), pointsEarned(99, 100), pointsEarned(-5, 100)]).toEqual([123, 0, 0]);
    expect(pointsValueFen(250, 1)).toBe(250);
  });

  it('take mainland mobile numbers as people type them', () => {
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile('0086 13812345678')).toBe('13812345678');
    expect(['13812345678', '19912345678'].every((p) => MOBILE_PATTERN.test(p))).toBe(true);
    expect(
      ['12812345678', '1381234567', '138123456789', '23812345678'].some((p) => MOBILE_PATTERN.test(p)),
    ).toBe(false);
  });

  it('end a warranty the day before the same date months later', () => {
    expect(warrantyEndsOn('2026-11-23', 12)).toBe('2027-11-22');
    expect(warrantyEndsOn('2026-01-31', 1)).toBe('2026-02-28');
    expect(warrantyEndsOn('2026-03-01', 1)).toBe('2026-03-31');
    expect(warrantyEndsOn('2024-02-29', 12)).toBe('2025-02-28');
    expect(warrantyEndsOn('2026-03-31', 1)).toBe('2026-04-30');
  });
});
