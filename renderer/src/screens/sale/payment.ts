import type { Tender } from '../../../../shared/contract/sales';
import { settle } from '../../../../shared/domain/cart';
import { NO_CASH_ROUNDING, type CashRounding } from '../../../../shared/domain/cash-rounding';
import { pointsValueFen } from '../../../../shared/domain/points';

// The payment panel's arithmetic. The core settles the tenders again at commit (the same `settle`), so
// what the panel says is covered is what the commit accepts.

/** What a tender pays towards the sale, in fen: points at the store's value per point. */
export function tenderValueFen(tender: Tender, redeemFenPerPoint: number): number {
  return tender.method === 'points' ? pointsValueFen(tender.points, redeemFenPerPoint) : tender.amountFen;
}

export interface PaymentStatus {
  /** Everything tendered, cash handed over included. */
  tenderedFen: number;
  /** Still to pay to the fen (by card, wallet …); 0 once covered. */
  dueFen: number;
  /** Still to pay in cash, after the store's rounding (抹零); 0 once covered. */
  cashDueFen: number;
  /** What the rounding took off (negative) or added once cash covers the rest; 0 before. */
  roundingFen: number;
  changeFen: number;
  /** Covered exactly (cash may exceed what it had to pay, giving change): the sale may be committed. */
  covered: boolean;
  /** Card, wallet, credit or points beyond the total, or cash when nothing was left to pay. */
  overpaid: boolean;
}

export function paymentStatus(
  totalFen: number,
  tenders: readonly Tender[],
  redeemFenPerPoint: number,
  cashRounding: CashRounding = NO_CASH_ROUNDING,
): PaymentStatus {
  const amounts = tenders.map((t) => ({
    cash: t.method === 'cash',
    amountFen: tenderValueFen(t, redeemFenPerPoint),
  }));
  const tenderedFen = amounts.reduce((sum, t) => sum + t.amountFen, 0);
  const settlement = settle(totalFen, amounts, cashRounding);
  const status = { tenderedFen, dueFen: 0, cashDueFen: 0, roundingFen: 0, changeFen: 0 };
  if (settlement.ok) {
    const { roundingFen, changeFen } = settlement;
    return { ...status, roundingFen, changeFen, covered: true, overpaid: false };
  }
  if (settlement.problem === 'short') {
    const { shortFen: dueFen, cashShortFen: cashDueFen } = settlement;
    return { ...status, dueFen, cashDueFen, covered: false, overpaid: false };
  }
  return { ...status, covered: false, overpaid: true };
}

/** The banknotes a till takes most (￥10, ￥50, ￥100), in fen. */
const NOTE_STEPS = [1_000, 5_000, 10_000] as const;
const MAX_SUGGESTIONS = 4;

const roundUp = (fen: number, step: number): number => Math.ceil(fen / step) * step;

/**
 * Cash amounts a customer is likely to hand over for what is due, above the exact amount (which has its
 * own key): the due rounded up to ￥10, ￥50 and ￥100, and one ￥100 note more. Ascending, no repeats.
 */
export function quickNotes(dueFen: number): number[] {
  if (dueFen <= 0) return [];
  const hundreds = roundUp(dueFen, 10_000);
  const candidates = [...NOTE_STEPS.map((step) => roundUp(dueFen, step)), hundreds + 10_000];
  return [...new Set(candidates.filter((fen) => fen > dueFen))]
    .sort((a, b) => a - b)
    .slice(0, MAX_SUGGESTIONS);
}
