import type { z } from 'zod';
import type { ReturnLineInput as LineSchema, ReturnQuote } from '../../../../shared/contract/returns';
import { formatYuan } from '../../../../shared/domain/money';
import { tradeInValue } from '../../../../shared/domain/pricing';
import { PURITIES, type Purity } from '../../../../shared/domain/purity';
import { beyondTolerance, toleranceFor } from '../../../../shared/domain/repair-qc';
import {
  allocate,
  daysBetween,
  EXCHANGE_RULE_TEXT,
  exchangePolicy,
  lineRule,
  RULE_TEXT,
  stepShare,
  type CategoryPolicy,
  type RefundPool,
} from '../../../../shared/domain/returns';
import type { TenderMethod } from '../../../../shared/domain/shift';
import { DomainError } from '../../errors';
import { currentRate } from '../catalog';
import { getCustomer } from '../customers';
import { readQcTolerances } from '../repairs';
import { getSaleKey, readSalesSettings, type SaleKey } from '../sales';
import { policyFor, readReturnPolicy } from './policy';
import {
  poolStates,
  returnedValue,
  soldLines,
  type NewRefund,
  type NewReturnLine,
  type SoldLine,
} from './repo';
import type { ReadableDB } from '../../db/statements';

// What a return would do, worked out the same way for the quote and inside the commit's transaction: the
// commit plans again from what is stored then, so two returns of the same last piece cannot both pass.

type LineInput = z.output<typeof LineSchema>;
type Failure = ReturnQuote['lines'][number]['failures'][number];

export interface ReturnPlan {
  sale: SaleKey;
  quote: ReturnQuote;
  lines: NewReturnLine[];
  /** Refunds before their external references are filled in. */
  refunds: NewRefund[];
  /** The member’s points balance before the return (null without a member), for the journal. */
  customerPoints: number | null;
}

const isWeighedGold = (line: SoldLine): boolean =>
  line.kind === 'weighed' && line.purity !== null && PURITIES[line.purity].metal === 'gold';

function inspect(db: ReadableDB, line: SoldLine, input: LineInput) {
  const failures: Failure[] = [];
  if (!input.tagIntact) failures.push('tagBroken');
  if (line.certificateNo !== null && !input.certificatePresent) failures.push('certificateMissing');
  if (input.damage !== null) failures.push('damaged');
  if (line.kind === 'weighed' && input.weightMg === null) {
    throw new DomainError('RETURN_WEIGHT_REQUIRED', { lineNo: line.lineNo, name: line.name });
  }
  // a part of a weighed line is weighed against its share of the weight sold
  const soldWeightMg =
    line.weightMg === null ? null : stepShare(line.weightMg, 0, input.quantity, line.quantity);
  let weightDiffMg: number | null = null;
  if (soldWeightMg !== null && input.weightMg !== null) {
    weightDiffMg = input.weightMg - soldWeightMg;
    const tolerance = toleranceFor(line.purity, readQcTolerances(db));
    if (beyondTolerance(weightDiffMg, tolerance)) failures.push('weightBeyondTolerance');
  }
  return { failures, soldWeightMg, weightDiffMg };
}

/** A return measures a piece against the return window, an exchange against the exchange window. */
export type Window = 'return' | 'exchange';

function explain(policy: CategoryPolicy, days: number, why: keyof typeof RULE_TEXT, window: Window): string {
  return (window === 'exchange' ? EXCHANGE_RULE_TEXT : RULE_TEXT)[why]['zh-CN']
    .replace('{days}', String(days))
    .replace('{window}', String(policy.returnDays));
}

/** Today's buy-back price of a weighed gold piece: its weight on the scale, the trade-in terms. */
export function buyBack(db: ReadableDB, purity: Purity, weightMg: number, day: string) {
  const rate = currentRate(db, purity, day)?.buyBackFenPerGram ?? null;
  if (rate === null) throw new DomainError('RETURN_NO_BUY_BACK_RATE', { purity: PURITIES[purity].zh });
  const settings = readSalesSettings(db);
  const amountFen = tradeInValue(weightMg, {
    buyBackFenPerGram: rate,
    deductionFenPerGram: settings.tradeInDeductionFenPerGram,
    lossBp: settings.tradeInLossBp,
  });
  return { rate, amountFen };
}

function planLines(
  db: ReadableDB,
  sale: SaleKey,
  inputs: readonly LineInput[],
  today: string,
  window: Window,
) {
  const days = daysBetween(sale.businessDay, today);
  const policy = readReturnPolicy(db);
  const sold = soldLines(db, sale.id);
  const seen = new Set<number>();
  const lines = inputs.map((input, i) => {
    const line = sold.find((l) => l.lineNo === input.lineNo);
    if (!line)
      throw new DomainError('RETURN_LINE_NOT_FOUND', { receiptNo: sale.receiptNo, lineNo: input.lineNo });
    if (seen.has(line.lineNo)) throw new DomainError('RETURN_LINE_REPEATED', { lineNo: line.lineNo });
    seen.add(line.lineNo);
    const returnable = line.quantity - line.returnedQuantity;
    if (input.quantity > returnable) {
      throw new DomainError('RETURN_QUANTITY_EXCEEDS', { lineNo: line.lineNo, name: line.name, returnable });
    }
    const named = policyFor(policy, line.category);
    const categoryPolicy = window === 'exchange' ? exchangePolicy(named) : named;
    const rule = lineRule(categoryPolicy, days, isWeighedGold(line));
    if (rule.rule === 'refused') throw new DomainError('RETURN_NOT_RETURNABLE', { name: line.name });
    const { failures, soldWeightMg, weightDiffMg } = inspect(db, line, input);
    // the units' share of what the line was paid: shares of successive partial returns add up to the line's net
    const valueFen = stepShare(
      line.netFen,
      line.returnedQuantity,
      line.returnedQuantity + input.quantity,
      line.quantity,
    );
    const bought =
      rule.rule === 'buyBack' ? buyBack(db, line.purity as Purity, input.weightMg as number, today) : null;
    const stored: NewReturnLine = {
      lineNo: i + 1,
      saleId: sale.id,
      saleLineNo: line.lineNo,
      productId: line.productId,
      name: line.name,
      quantity: input.quantity,
      rule: rule.rule,
      valueFen,
      amountFen: bought?.amountFen ?? valueFen,
      soldWeightMg,
      weightMg: input.weightMg,
      weightWithinTolerance: weightDiffMg === null ? null : !failures.includes('weightBeyondTolerance'),
      buyBackFenPerGram: bought?.rate ?? null,
      tagIntact: input.tagIntact,
      certificatePresent: line.certificateNo === null ? null : input.certificatePresent,
      damage: input.damage,
      reason: input.reason,
      reasonText: input.reasonText,
      decision: input.decision,
    };
    const quoted = {
      lineNo: line.lineNo,
      name: line.name,
      quantity: input.quantity,
      rule: rule.rule,
      why: rule.why as ReturnQuote['lines'][number]['why'],
      explanation: explain(categoryPolicy, days, rule.why, window),
      valueFen,
      amountFen: stored.amountFen,
      buyBackFenPerGram: stored.buyBackFenPerGram,
      weightDiffMg,
      failures,
    };
    return { stored, quoted, needsApproval: rule.needsApproval };
  });
  return { days, sold, lines };
}

type RefundAs = 'tenders' | 'storeCredit';

/** How a pool's share leaves the store: its own tender, cash for a trade-in, or the member's store credit. */
function methodOf(pool: RefundPool, refundAs: RefundAs): TenderMethod {
  if (pool === 'points') return 'points';
  if (refundAs === 'storeCredit') return 'storeCredit';
  return pool === 'tradeIn' ? 'cash' : pool;
}

/**
 * The money back, per tender: the refunded lines' value, scaled to what the tenders really took (cash rounding),
 * split over what is left of each tender in proportion; a trade-in's share in cash. Buy-backs are paid in cash.
 * A customer who chooses store credit gets every share but the points' as credit, still counted per tender.
 */
function planRefunds(
  db: ReadableDB,
  sale: SaleKey,
  lineTotalFen: number,
  refundValue: { before: number; after: number },
  buyBackFen: number,
  refundAs: RefundAs,
) {
  const pools = poolStates(db, sale.id);
  const paidFen = pools.reduce((sum, p) => sum + p.paidFen, 0);
  const refundFen = stepShare(paidFen, refundValue.before, refundValue.after, lineTotalFen);
  const shares = allocate(
    refundFen,
    pools.map((p) => p.paidFen - p.refundedFen),
  );
  const refunds: NewRefund[] = pools.flatMap((p, i) => {
    const amountFen = shares[i] as number;
    if (amountFen === 0) return [];
    const points =
      p.pool === 'points'
        ? stepShare(p.paidPoints, p.refundedFen, p.refundedFen + amountFen, p.paidFen)
        : null;
    return [{ method: methodOf(p.pool, refundAs), pool: p.pool, amountFen, reference: null, points }];
  });
  if (buyBackFen > 0) {
    const method = refundAs === 'storeCredit' ? 'storeCredit' : 'cash';
    refunds.push({ method, pool: null, amountFen: buyBackFen, reference: null, points: null });
  }
  return refunds;
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/** Plans the return of `inputs` from the sale with this receipt number, as of `today` (the store's day). */
export function planReturn(
  db: ReadableDB,
  request: { receiptNo: string; lines: readonly LineInput[]; refundAs: RefundAs },
  today: string,
  window: Window = 'return',
): ReturnPlan {
  const sale = getSaleKey(db, request.receiptNo);
  if (sale.state === 'voided') throw new DomainError('SALE_ALREADY_VOIDED', { receiptNo: sale.receiptNo });
  if (request.refundAs === 'storeCredit' && sale.customerId === null)
    throw new DomainError('CUSTOMER_REQUIRED');
  const { days, sold, lines } = planLines(db, sale, request.lines, today, window);
  const lineTotalFen = sum(sold.map((l) => l.netFen));
  const before = returnedValue(db, sale.id);
  const refundedNow = sum(lines.filter((l) => l.stored.rule === 'refund').map((l) => l.stored.valueFen));
  const allNow = sum(lines.map((l) => l.stored.valueFen));
  const buyBackFen = sum(lines.filter((l) => l.stored.rule === 'buyBack').map((l) => l.stored.amountFen));
  const refunds = planRefunds(
    db,
    sale,
    lineTotalFen,
    { before: before.refundedFen, after: before.refundedFen + refundedNow },
    buyBackFen,
    request.refundAs,
  );

  // points earned on the returned lines go back in proportion to their value; redeemed ones come back with the
  // points tender's refund; beyond the member's balance the rest is owed
  const customerPoints = sale.customerId === null ? null : getCustomer(db, sale.customerId).points;
  const pointsTaken = stepShare(sale.pointsEarned, before.allFen, before.allFen + allNow, lineTotalFen);
  const pointsRestored = sum(refunds.map((r) => r.points ?? 0));
  const available = Math.max(0, customerPoints ?? 0) + pointsRestored;
  const pointsDebt = Math.max(0, pointsTaken - available);

  const failures = new Set(lines.flatMap((l) => l.quoted.failures));
  const approvalReasons: ReturnQuote['approvalReasons'] = [
    ...(lines.some((l) => l.needsApproval) ? (['outsideWindow'] as const) : []),
    ...[...failures].sort(),
  ];
  return {
    sale,
    lines: lines.map((l) => l.stored),
    refunds,
    customerPoints,
    quote: {
      receiptNo: sale.receiptNo,
      daysSinceSale: days,
      lines: lines.map((l) => l.quoted),
      refunds: refunds.map(({ method, pool, amountFen, points }) => ({ method, pool, amountFen, points })),
      refundFen: sum(refunds.map((r) => r.amountFen)),
      pointsTaken,
      pointsRestored,
      pointsDebt,
      approvalReasons,
    },
  };
}

/** What the approving manager is shown. */
export const approvalDetails = (plan: ReturnPlan) => ({
  receiptNo: plan.sale.receiptNo,
  item: plan.quote.lines.map((l) => l.name).join('、'),
  amount: formatYuan(plan.quote.refundFen),
  amountFen: plan.quote.refundFen,
  reasons: plan.quote.approvalReasons.join(', '),
});
