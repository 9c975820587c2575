import { actorOf, type HandlerContext } from '../../router/context';
import { query, statement } from '../../db/statements';
import { DomainError } from '../../errors';
import { getProduct } from './repo';

// A receipt of stock (入库) entered wrong is taken back by a reversing movement with its reason, never
// edited or deleted: on hand, the journal and head office all see both movements.

interface ReceiptRow {
  productId: number;
  quantity: number;
  reference: string | null;
  reversed: number;
}

export function reverseReceipt(ctx: HandlerContext, input: { receiptId: number; reason: string }) {
  const { db, now } = ctx;
  const receipt = query(
    db,
    `SELECT product_id AS productId, quantity, reference,
            EXISTS (SELECT 1 FROM stock_movements r WHERE r.reverses_id = m.id) AS reversed
     FROM stock_movements m WHERE id = ? AND reason = 'receipt'`,
  ).get(input.receiptId) as ReceiptRow | undefined;
  if (!receipt) throw new DomainError('STOCK_RECEIPT_NOT_FOUND', { receiptId: input.receiptId });
  if (receipt.reversed) throw new DomainError('STOCK_RECEIPT_REVERSED', { receiptId: input.receiptId });
  const { onHand } = getProduct(db, receipt.productId);
  if (onHand < receipt.quantity) {
    throw new DomainError('STOCK_REVERSAL_EXCEEDS_ON_HAND', {
      onHand,
      quantity: receipt.quantity,
    });
  }
  const reversalId = Number(
    statement(
      db,
      `INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, reverses_id, note)
       VALUES (?, ?, 'adjustment', ?, ?, ?, ?, ?)`,
    ).run(
      receipt.productId,
      -receipt.quantity,
      receipt.reference,
      now.toISOString(),
      actorOf(ctx).id,
      input.receiptId,
      input.reason,
    ).lastInsertRowid,
  );
  ctx.journal('stock.receiptReversed', {
    receiptId: input.receiptId,
    reversalId,
    productId: receipt.productId,
    quantity: -receipt.quantity,
    reason: input.reason,
  });
  return getProduct(db, receipt.productId);
}
