import type { Tender } from '../../../../shared/contract/sales';
import type { RepairPayment } from '../../../../shared/contract/repairs';
import { actorOf, type HandlerContext } from '../../router/context';
import { getCustomer } from '../customers';
import { readSalesSettings } from '../sales';
import { settleTenders } from '../../tenders';
import { requireOpenShift } from '../shifts';
import { insertRepairPayment } from './repo';

export interface TakenPayment {
  payments: RepairPayment[];
  changeFen: number;
}

function record(ctx: HandlerContext, ticketId: number, payments: readonly RepairPayment[]): void {
  const context = { now: ctx.now, actorId: actorOf(ctx).id };
  for (const payment of payments) {
    insertRepairPayment(ctx.db, ticketId, payment, { ...context, shiftId: payment.shiftId });
  }
}

/**
 * Takes `dueFen` for a ticket through the sale's tender settlement (same checks, same split, change from
 * cash only) into the terminal's open shift, and records the payment rows.
 */
export function takeRepairPayment(
  ctx: HandlerContext,
  ticket: { id: number; customerId: number },
  charge: { dueFen: number; tenders: readonly Tender[]; purpose: RepairPayment['purpose'] },
): TakenPayment {
  const shiftId = requireOpenShift(ctx).id;
  const settled = settleTenders(
    charge.tenders,
    charge.dueFen,
    getCustomer(ctx.db, ticket.customerId),
    readSalesSettings(ctx.db),
  );
  const at = ctx.now.toISOString();
  const payments = settled.payments.map((payment) => ({ ...payment, purpose: charge.purpose, at, shiftId }));
  record(ctx, ticket.id, payments);
  return { payments, changeFen: settled.changeFen };
}

/**
 * A ticket closed without the work: what was paid on it goes back, each payment by its own method, out of
 * the shift open now (the deposit's own shift may long be closed).
 */
export function refundRepairPayments(
  ctx: HandlerContext,
  ticketId: number,
  paid: readonly RepairPayment[],
): RepairPayment[] {
  const live = paid.filter((payment) => payment.purpose !== 'refund');
  if (live.length === 0) return [];
  const shiftId = requireOpenShift(ctx).id;
  const at = ctx.now.toISOString();
  const refunds = live.map((payment) => ({
    ...payment,
    amountFen: -payment.amountFen,
    tenderedFen: null,
    purpose: 'refund' as const,
    at,
    shiftId,
  }));
  record(ctx, ticketId, refunds);
  return refunds;
}
