import type { Sale } from '../../../../shared/contract/sales';
import { businessDay } from '../../../../shared/domain/business-day';
import type { Purity } from '../../../../shared/domain/purity';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { addPoints, addStoreCredit, getCustomer } from '../customers';
import { assertShiftUnlocked, requireOpenShift } from '../shifts';
import { unsellStock } from '../stock';
import { getSale, getSaleKey, insertPayment, markVoided, saleLines, salePayments, takenBack } from './repo';
import { addScrapGold } from './scrap-gold';

/**
 * Same-day void (当日作废) of a committed sale, before its business day ends; later it is a return. Nothing
 * is deleted: stock, scrap gold, points, store credit and every payment are reversed by new rows naming the
 * sale, and the sale's state becomes voided. The router has checked the permission (or a manager's approval).
 * The money goes back from this terminal's open shift; a sale whose shift is closed is locked.
 */
export function voidSale(ctx: HandlerContext, input: { receiptNo: string; reason: string }): Sale {
  const { db, now } = ctx;
  const actor = actorOf(ctx);
  const sale = getSaleKey(db, input.receiptNo);
  if (sale.state === 'voided') throw new DomainError('SALE_ALREADY_VOIDED', { receiptNo: sale.receiptNo });
  if (takenBack(db, sale.id)) throw new DomainError('SALE_VOID_RETURNED', { receiptNo: sale.receiptNo });
  assertShiftUnlocked(ctx, sale.shiftId, sale.receiptNo);
  const shift = requireOpenShift(ctx);
  const today = businessDay(now, ctx.timeZone);
  if (sale.businessDay !== today) {
    throw new DomainError('SALE_VOID_DAY_CLOSED', {
      receiptNo: sale.receiptNo,
      businessDay: sale.businessDay,
      today,
    });
  }
  if (sale.customerId !== null && getCustomer(db, sale.customerId).points < sale.pointsEarned) {
    throw new DomainError('VOID_POINTS_SPENT', { receiptNo: sale.receiptNo });
  }

  const movement = { reference: sale.receiptNo, now, actorId: actor.id };
  const lines = saleLines(db, sale.id);
  const productIds = lines.flatMap((line) => (line.productId === null ? [] : [line.productId]));
  unsellStock(db, { reference: sale.receiptNo, productIds }, movement);
  for (const line of lines) {
    if (line.productId === null) {
      const scrap = {
        purity: line.purity as Purity,
        weightMg: -(line.weightMg as number),
        valueFen: line.netFen,
      };
      addScrapGold(db, { ...scrap, reason: 'void', saleId: sale.id, lineNo: line.lineNo }, movement);
    }
  }
  const payments = salePayments(db, sale.id);
  payments.forEach(({ paymentNo, ...payment }, i) => {
    const reversal = { ...payment, amountFen: -payment.amountFen, tenderedFen: null };
    insertPayment(db, sale.id, payments.length + i + 1, reversal, {
      now,
      shiftId: shift.id,
      reversesNo: paymentNo,
    });
  });
  if (sale.customerId !== null) {
    const customerId = sale.customerId;
    if (sale.pointsEarned > 0)
      addPoints(db, { customerId, points: -sale.pointsEarned, reason: 'void', saleId: sale.id }, now);
    if (sale.pointsRedeemed > 0)
      addPoints(db, { customerId, points: sale.pointsRedeemed, reason: 'void', saleId: sale.id }, now);
    for (const credit of payments.filter((p) => p.method === 'storeCredit')) {
      addStoreCredit(
        db,
        { customerId, amountFen: credit.amountFen, reason: 'void', saleId: sale.id, note: sale.receiptNo },
        { now, actorId: actor.id },
      );
    }
  }
  markVoided(db, sale.id, {
    at: now,
    by: actor.id,
    approverId: ctx.approver?.id ?? null,
    reason: input.reason,
  });
  ctx.journal('sale.voided', {
    saleId: sale.clientId,
    receiptNo: sale.receiptNo,
    shiftId: shift.id,
    // what the void takes off the perpetual totals the closures sign
    totalFen: sale.totalFen,
    reason: input.reason,
    refunds: payments.map((p) => ({ method: p.method, amountFen: p.amountFen })),
  });
  return getSale(db, sale.id);
}
