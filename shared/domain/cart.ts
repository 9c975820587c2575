// The arithmetic of a counter sale, in integer fen. The core prices every cart with these functions, so
// what the renderer shows and what the receipt prints add up the same way.
import { NO_CASH_ROUNDING, roundCash, type CashRounding } from './cash-rounding';
import { BP_PER_WHOLE, percentOf } from './money';

/** A discount as the cashier enters it: a percentage in basis points, or an amount off in fen. */
export type Discount = { kind: 'percent'; bp: number } | { kind: 'amount'; fen: number };

/** What a discount takes off a base; null when an amount off is more than the base. */
export function discountOff(baseFen: number, discount: Discount | null): number | null {
  if (discount === null) return 0;
  if (discount.kind === 'percent') return percentOf(baseFen, discount.bp);
  return discount.fen <= baseFen ? discount.fen : null;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * Splits an amount over lines in proportion to their weights so the shares add up to the amount exactly
 * (largest remainder; ties go to the earlier line). This is not a second rounding rule: the amount itself
 * was computed once with the money rule, and splitting it only decides which line carries which fen, so a
 * return of one line later refunds what that line really cost.
 */
export function allocate(amountFen: number, weights: readonly number[]): number[] {
  if (amountFen === 0) return weights.map(() => 0);
  const total = BigInt(sum(weights));
  if (total === 0n) throw new RangeError('cannot allocate over nothing');
  const amount = BigInt(amountFen);
  const exact = weights.map((weight) => amount * BigInt(weight));
  const shares = exact.map((product) => Number(product / total));
  let left = amountFen - sum(shares);
  const byRemainder = exact
    .map((product, index) => ({ index, remainder: product % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index] = (shares[index] as number) + 1;
    left -= 1;
  }
  return shares;
}

export interface LineToPrice {
  /** The line at catalog price: quantity × unit price, or the weighed price at the day's rate. */
  listFen: number;
  /** What the line charges before discounts: the catalog price, or the price the cashier overrode it to. */
  grossFen: number;
  discount: Discount | null;
  /** Whether the member tier's discount applies (gold sold by weight at the day's rate does not take it). */
  memberEligible: boolean;
}

export interface CartToPrice {
  lines: readonly LineToPrice[];
  /** Old gold taken in part exchange, each worth this much off the total. */
  tradeInsFen: readonly number[];
  /** The customer's member tier discount; 0 without a member. */
  memberBp: number;
  orderDiscount: Discount | null;
}

export interface LineAmounts {
  lineDiscountFen: number;
  memberDiscountFen: number;
  /** The line's share of the order discount. */
  orderDiscountFen: number;
  /** What the customer pays for the line: gross − the three discounts. */
  netFen: number;
}

export interface CartTotals {
  lines: LineAmounts[];
  /** Σ gross of the lines. */
  subtotalFen: number;
  lineDiscountFen: number;
  memberDiscountFen: number;
  orderDiscountFen: number;
  tradeInFen: number;
  /** subtotal − discounts − trade-ins = Σ net − trade-ins. */
  totalFen: number;
}

export type CartPricing =
  | { ok: true; totals: CartTotals }
  /** `line` is the index of the line whose amount off exceeds it, null for the order discount. */
  | { ok: false; problem: 'discountExceedsPrice'; line: number | null };

/**
 * Applies, in order: each line's own discount, the member tier's discount (over the eligible lines), the
 * order discount (over what is left), then takes the trade-ins off. Every discount is computed once on its
 * base and allocated to the lines, so the lines always add up to the total.
 */
export function priceCart(cart: CartToPrice): CartPricing {
  const lineDiscounts: number[] = [];
  for (const [index, line] of cart.lines.entries()) {
    const off = discountOff(line.grossFen, line.discount);
    if (off === null) return { ok: false, problem: 'discountExceedsPrice', line: index };
    lineDiscounts.push(off);
  }
  const afterLine = cart.lines.map((line, i) => line.grossFen - (lineDiscounts[i] as number));
  const eligible = cart.lines.map((line, i) => (line.memberEligible ? (afterLine[i] as number) : 0));
  const member = allocate(percentOf(sum(eligible), cart.memberBp), eligible);
  const afterMember = afterLine.map((amount, i) => amount - (member[i] as number));
  const orderOff = discountOff(sum(afterMember), cart.orderDiscount);
  if (orderOff === null) return { ok: false, problem: 'discountExceedsPrice', line: null };
  const order = allocate(orderOff, afterMember);
  const lines = cart.lines.map((_, i) => ({
    lineDiscountFen: lineDiscounts[i] as number,
    memberDiscountFen: member[i] as number,
    orderDiscountFen: order[i] as number,
    netFen: (afterMember[i] as number) - (order[i] as number),
  }));
  const tradeInFen = sum(cart.tradeInsFen);
  return {
    ok: true,
    totals: {
      lines,
      subtotalFen: sum(cart.lines.map((line) => line.grossFen)),
      lineDiscountFen: sum(lineDiscounts),
      memberDiscountFen: sum(member),
      orderDiscountFen: orderOff,
      tradeInFen,
      totalFen: sum(lines.map((line) => line.netFen)) - tradeInFen,
    },
  };
}

/**
 * The deepest discount the cashier gave on any line, in basis points of its catalog price, rounded up: a
 * price override, the line's discount and its share of the order discount together. The member tier's
 * discount is store policy and does not count. A role's discount limit is compared with this.
 */
export function deepestDiscountBp(lines: readonly LineToPrice[], amounts: readonly LineAmounts[]): number {
  let deepest = 0;
  lines.forEach((line, i) => {
    const paid = amounts[i] as LineAmounts;
    const given = line.listFen - paid.netFen - paid.memberDiscountFen;
    if (line.listFen <= 0 || given <= 0) return;
    const bp = Number(
      (BigInt(given) * BigInt(BP_PER_WHOLE) + BigInt(line.listFen) - 1n) / BigInt(line.listFen),
    );
    deepest = Math.max(deepest, bp);
  });
  return deepest;
}

export interface TenderAmount {
  /** Only cash may be more than what is due: the difference is given back as change. */
  cash: boolean;
  amountFen: number;
}

export type Settlement =
  /**
   * `cashDueFen` is the cash part after the store's rounding and `roundingFen` what the rounding changed it
   * by (negative when rounded down); both are 0 for rounding when no cash was handed over.
   */
  | { ok: true; cashDueFen: number; roundingFen: number; changeFen: number }
  /** `shortFen` is still to pay to the fen; `cashShortFen` what cash alone still has to cover, rounded. */
  | { ok: false; problem: 'short'; shortFen: number; cashShortFen: number }
  /** Card, wallet, credit or points beyond the total, or cash handed over when nothing was left to pay. */
  | { ok: false; problem: 'overpaid' };

/**
 * Whether tenders cover a total exactly, cash excepted: change = cash − rounded(total − non-cash tenders)
 * ≥ 0. The rounding applies only when cash is handed over: without cash the sale is paid to the fen.
 */
export function settle(
  totalFen: number,
  tenders: readonly TenderAmount[],
  rounding: CashRounding = NO_CASH_ROUNDING,
): Settlement {
  const nonCash = sum(tenders.filter((t) => !t.cash).map((t) => t.amountFen));
  const cash = sum(tenders.filter((t) => t.cash).map((t) => t.amountFen));
  if (nonCash > totalFen) return { ok: false, problem: 'overpaid' };
  const exactDueFen = totalFen - nonCash;
  if (exactDueFen === 0 && cash > 0) return { ok: false, problem: 'overpaid' };
  const roundedDueFen = roundCash(exactDueFen, rounding);
  const cashDueFen = cash > 0 ? roundedDueFen : exactDueFen;
  if (cash < cashDueFen) {
    return { ok: false, problem: 'short', shortFen: exactDueFen - cash, cashShortFen: roundedDueFen - cash };
  }
  return { ok: true, cashDueFen, roundingFen: cashDueFen - exactDueFen, changeFen: cash - cashDueFen };
}
