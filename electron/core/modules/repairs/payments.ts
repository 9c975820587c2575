import type { Tender } from '../../../../shared/contract/sales';
import type { RepairPayment } from '../../../../shared/contract/repairs';
import { actorOf, type HandlerContext } from '../../router/context';
import { getCustomer } from '../customers/repo';
import { readSalesSettings } from '../sales/settings';
import { settleTenders } from '../sales/tenders';
import { insertRepairPayment } from './repo';

export interface TakenPayment {
  payments: RepairPayment[];
  changeFen: number;
}

/**
 * Takes `dueFen` for a ticket through the sale's tender settlement (same checks, same split, change from
 * cash only) and records the payment rows.
 */
export function takeRepairPayment(
  ctx: HandlerContext,
  ticket: { id: number; customerId: number },
  charge: { dueFen: number; tenders: readonly Tender[]; purpose: RepairPayment['purpose'] },
): TakenPayment {
  const settled = settleTenders(
    charge.tenders,
    charge.dueFen,
    getCustomer(ctx.db, ticket.customerId),
    readSalesSettings(ctx.db),
  );
  const at = ctx.now.toISOString();
  const payments = settled.payments.map((payment) => ({
    ...payment,
    purpose: charge.purpose,
    at,
    shiftId: null,
  }));
  for (const payment of payments) {
    insertRepairPayment(ctx.db, ticket.id, payment, {
      now: ctx.now,
      actorId: actorOf(ctx).id,
      shiftId: null,
    });
  }
  return { payments, changeFen: settled.changeFen };
}

/** A ticket closed without the work: what was paid on it goes back, each payment by its own method. */
export function refundRepairPayments(
  ctx: HandlerContext,
  ticketId: number,
  paid: readonly RepairPayment[],
): RepairPayment[] {
  const at = ctx.now.toISOString();
  const refunds = paid
    .filter((payment) => payment.purpose !== 'refund')
    .map((payment) => ({
      ...payment,
      amountFen: -payment.amountFen,
      tenderedFen: null,
      purpose: 'refund' as const,
      at,
    }));
  for (const refund of refunds) {
    insertRepairPayment(ctx.db, ticketId, refund, { now: ctx.now, actorId: actorOf(ctx).id, shiftId: null });
  }
  return refunds;
}
