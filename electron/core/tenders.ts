import type { Customer } from '../../shared/contract/customers';
import type { Payment, SalesSettings, Tender } from '../../shared/contract/sales';
import { settle } from '../../shared/domain/cart';
import { formatYuan } from '../../shared/domain/money';
import { pointsValueFen } from '../../shared/domain/points';
import { DomainError } from './errors';

export interface SettledTenders {
  /** One row per non-cash tender in the order given, then one for all the cash. */
  payments: Payment[];
  /** 抹零: what the store's rounding changed the cash part by; 0 without cash. */
  cashRoundingFen: number;
  changeFen: number;
  pointsRedeemed: number;
  storeCreditFen: number;
}

const sumOf = (values: number[]): number => values.reduce((total, value) => total + value, 0);

function amountOf(tender: Tender, settings: SalesSettings): number {
  return tender.method === 'points'
    ? pointsValueFen(tender.points, settings.pointsRedeemFenPerPoint)
    : tender.amountFen;
}

/**
 * Checks the tenders against the total and the member's balances, and turns them into payment rows.
 * Nothing is committed unless they cover the total exactly; only cash may be more, giving change.
 */
export function settleTenders(
  tenders: readonly Tender[],
  totalFen: number,
  customer: Customer | null,
  settings: SalesSettings,
): SettledTenders {
  const pointsRedeemed = sumOf(tenders.map((t) => (t.method === 'points' ? t.points : 0)));
  const storeCreditFen = sumOf(tenders.map((t) => (t.method === 'storeCredit' ? t.amountFen : 0)));
  if ((pointsRedeemed > 0 || storeCreditFen > 0) && customer === null) {
    throw new DomainError('CUSTOMER_REQUIRED');
  }
  if (customer && pointsRedeemed > customer.points) {
    throw new DomainError('POINTS_INSUFFICIENT', { available: customer.points, wanted: pointsRedeemed });
  }
  if (customer && storeCreditFen > customer.storeCreditFen) {
    throw new DomainError('STORE_CREDIT_INSUFFICIENT', {
      available: formatYuan(customer.storeCreditFen),
      availableFen: customer.storeCreditFen,
    });
  }

  const settlement = settle(
    totalFen,
    tenders.map((t) => ({ cash: t.method === 'cash', amountFen: amountOf(t, settings) })),
    settings.cashRounding,
  );
  if (!settlement.ok && settlement.problem === 'short') {
    // with cash handed over, what is short is in cash, rounded as the drawer takes it
    const shortFen = tenders.some((t) => t.method === 'cash') ? settlement.cashShortFen : settlement.shortFen;
    throw new DomainError('TENDERS_SHORT', { shortFen, short: formatYuan(shortFen) });
  }
  if (!settlement.ok) throw new DomainError('TENDERS_EXCEED_TOTAL');

  const payments: Payment[] = tenders
    .filter((t) => t.method !== 'cash')
    .map((t) => ({
      method: t.method,
      amountFen: amountOf(t, settings),
      tenderedFen: null,
      reference: 'reference' in t ? t.reference : null,
      cardLast4: t.method === 'bankCard' ? t.last4 : null,
      points: t.method === 'points' ? t.points : null,
    }));
  if (settlement.cashDueFen > 0) {
    payments.push({
      method: 'cash',
      amountFen: settlement.cashDueFen,
      tenderedFen: settlement.cashDueFen + settlement.changeFen,
      reference: null,
      cardLast4: null,
      points: null,
    });
  }
  return {
    payments,
    cashRoundingFen: settlement.roundingFen,
    changeFen: settlement.changeFen,
    pointsRedeemed,
    storeCreditFen,
  };
}

/**
 * A sale whose trade-in is worth more than its goods pays the customer the difference: one cash payment out of
 * the drawer (a negative amount, exact: the customer is paid what the gold is worth), and no tenders taken.
 */
export function payOut(tenders: readonly Tender[], totalFen: number): SettledTenders {
  if (tenders.length > 0) throw new DomainError('TENDERS_EXCEED_TOTAL');
  return {
    payments: [
      {
        method: 'cash',
        amountFen: totalFen,
        tenderedFen: null,
        reference: null,
        cardLast4: null,
        points: null,
      },
    ],
    cashRoundingFen: 0,
    changeFen: 0,
    pointsRedeemed: 0,
    storeCreditFen: 0,
  };
}
