import type { HandlerContext } from '../../router/context';
import { addStoreCredit } from '../customers';
import { takeBackStock } from '../stock';
import {
  insertRefund,
  insertReturn,
  insertReturnLine,
  type NewRefund,
  type NewReturn,
  type NewReturnLine,
} from './repo';

/**
 * Writes a return's rows, with or without a receipt: the return, its lines and the stock they go back to, its
 * refunds and the store credit they give. Only a piece back in stock is sellable again; one sent for repair or
 * written off goes to that place, off the shelf. Returns the return's row id.
 */
export function writeReturn(
  ctx: HandlerContext,
  header: NewReturn,
  lines: readonly NewReturnLine[],
  refunds: readonly NewRefund[],
): number {
  const { db, now } = ctx;
  const returnId = insertReturn(db, header);
  const movement = { reference: header.returnNo, now, actorId: header.cashierId };
  for (const line of lines) {
    insertReturnLine(db, returnId, line);
    takeBackStock(db, line, movement);
  }
  refunds.forEach((refund, i) => {
    insertRefund(db, returnId, i + 1, refund, { shiftId: header.shiftId, at: header.committedAt });
    // a store-credit share applied to an exchange's new sale pays for it there, it is not credited back
    if (refund.method === 'storeCredit' && !refund.applied && header.customerId !== null) {
      const credit = { customerId: header.customerId, amountFen: refund.amountFen, saleId: header.saleId };
      addStoreCredit(
        db,
        { ...credit, reason: 'return', note: header.returnNo, returnId },
        { now, actorId: header.cashierId },
      );
    }
  });
  return returnId;
}
