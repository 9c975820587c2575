// Returns (退货): which rule applies to a piece brought back, and how the money goes back to the tenders
// that paid. Pure, so the screen can explain a rule and tests can check the arithmetic alone.

import { TENDER_METHODS } from './shift';

export const RETURN_REASONS = ['quality', 'size', 'changedMind', 'gift', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Where a returned piece goes: back to sellable stock, to the repair desk, or written off. */
export const RETURN_DECISIONS = ['restock', 'repair', 'writeOff'] as const;
export type ReturnDecision = (typeof RETURN_DECISIONS)[number];

/** The sale's tenders a refund comes out of; a trade-in's share is paid back in cash. */
export const REFUND_POOLS = [...TENDER_METHODS, 'tradeIn'] as const;
export type RefundPool = (typeof REFUND_POOLS)[number];

/** A category's policy, set by a manager. */
export interface CategoryPolicy {
  /** Days after the sale's business day a piece may be returned for what was paid (7: day 7 yes, day 8 no). */
  returnDays: number;
  /** Days an exchange is accepted. */
  exchangeDays: number;
  /** Customised pieces, pierced earrings …: never taken back. */
  returnable: boolean;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from one business day to another (both YYYY-MM-DD, the store's dates). */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

/**
 * Why a rule applies, as the cashier tells the customer:
 * - withinWindow: inside the return window, refunded at what was paid
 * - goldOutsideWindow: weighed gold past the window, bought back at today's rate less the deduction
 * - outsideWindow: past the window, refunded only with a manager's approval
 * - notReturnable: the category is never taken back
 */
export type RuleWhy = 'withinWindow' | 'goldOutsideWindow' | 'outsideWindow' | 'notReturnable';

export interface LineRule {
  rule: 'refund' | 'buyBack' | 'refused';
  why: RuleWhy;
  /** A manager's approval is needed for this rule to stand. */
  needsApproval: boolean;
}

/** The rule for a piece returned `days` after its sale under its category's policy. */
export function lineRule(policy: CategoryPolicy, days: number, weighedGold: boolean): LineRule {
  if (!policy.returnable) return { rule: 'refused', why: 'notReturnable', needsApproval: false };
  if (days <= policy.returnDays) return { rule: 'refund', why: 'withinWindow', needsApproval: false };
  if (weighedGold) return { rule: 'buyBack', why: 'goldOutsideWindow', needsApproval: false };
  return { rule: 'refund', why: 'outsideWindow', needsApproval: true };
}

/** The rule in the cashier's words, {days} and {window} filled in by the screen or the receipt. */
export const RULE_TEXT: Record<RuleWhy, { 'zh-CN': string; en: string }> = {
  withinWindow: {
    'zh-CN': '购买第 {days} 天，在 {window} 天退货期内：按原价退款',
    en: 'Day {days} after purchase, within the {window}-day return window: refunded at what was paid',
  },
  goldOutsideWindow: {
    'zh-CN': '购买第 {days} 天，已过 {window} 天退货期：黄金按今日回收价扣除折旧后回收',
    en: 'Day {days}, past the {window}-day window: gold is bought back at today’s rate less the deduction',
  },
  outsideWindow: {
    'zh-CN': '购买第 {days} 天，已过 {window} 天退货期：须主管批准后退款',
    en: 'Day {days}, past the {window}-day window: a refund needs a manager’s approval',
  },
  notReturnable: {
    'zh-CN': '该类商品（定制、耳饰等）不退不换',
    en: 'This category (customised pieces, pierced earrings …) is not returnable',
  },
};

/** The same rules for a piece brought back to be exchanged: measured against the exchange window. */
export const EXCHANGE_RULE_TEXT: Record<RuleWhy, { 'zh-CN': string; en: string }> = {
  withinWindow: {
    'zh-CN': '购买第 {days} 天，在 {window} 天换货期内：按原价抵换',
    en: 'Day {days} after purchase, within the {window}-day exchange window: taken at what was paid',
  },
  goldOutsideWindow: {
    'zh-CN': '购买第 {days} 天，已过 {window} 天换货期：黄金按今日回收价扣除折旧后抵换',
    en: 'Day {days}, past the {window}-day exchange window: gold is taken at today’s buy-back rate less the deduction',
  },
  outsideWindow: {
    'zh-CN': '购买第 {days} 天，已过 {window} 天换货期：须主管批准后换货',
    en: 'Day {days}, past the {window}-day exchange window: an exchange needs a manager’s approval',
  },
  notReturnable: RULE_TEXT.notReturnable,
};

/** A category's policy as an exchange applies it: the exchange window stands where the return window does. */
export const exchangePolicy = (policy: CategoryPolicy): CategoryPolicy => ({
  ...policy,
  returnDays: policy.exchangeDays,
});

/** floor(amount × part ÷ whole) without floating point: the share of `amount` that `part` of `whole` is. */
export function shareOf(amount: number, part: number, whole: number): number {
  if (whole === 0) return 0;
  return Number((BigInt(amount) * BigInt(part)) / BigInt(whole));
}

/**
 * Splits `amount` over what is left of each pool, in proportion to it, largest remainders first (ties to the
 * earlier pool). No pool gets more than is left in it, so a run of partial refunds never pays a tender back
 * more than it paid; the last one, asking for everything left, empties every pool exactly.
 */
export function allocate(amount: number, remaining: readonly number[]): number[] {
  const total = remaining.reduce((sum, left) => sum + left, 0);
  if (amount > total) throw new RangeError(`cannot allocate ${amount} over ${total}`);
  if (total === 0) return remaining.map(() => 0);
  const shares = remaining.map((left) => shareOf(amount, left, total));
  const remainders = remaining.map((left, i) => ({
    i,
    rest: (BigInt(amount) * BigInt(left)) % BigInt(total),
  }));
  let short = amount - shares.reduce((sum, share) => sum + share, 0);
  remainders.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of remainders) {
    if (short === 0) break;
    if ((shares[i] as number) < (remaining[i] as number)) {
      shares[i] = (shares[i] as number) + 1;
      short -= 1;
    }
  }
  return shares;
}

/**
 * The part of a cumulative amount this step adds: `amount` spread over `whole` the way `before` and `after`
 * (the measure already counted and counted with this step) grow. Steps summing to `whole` give `amount` exactly.
 */
export const stepShare = (amount: number, before: number, after: number, whole: number): number =>
  shareOf(amount, after, whole) - shareOf(amount, before, whole);

/**
 * A seller's ID number as anything but the buy-back record shows it: the first three and last four characters,
 * the rest starred (110***********123X).
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 7) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 3)}${'*'.repeat(idNumber.length - 7)}${idNumber.slice(-4)}`;
}
