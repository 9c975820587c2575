import type { Product } from '../../../../shared/contract/catalog';
import { actorOf, type HandlerContext } from '../../router/context';
import { query } from '../../db/statements';
import { DomainError } from '../../errors';
import { getProduct } from '../catalog';
import { addStockMovement, levelAt, levelsOf } from './movements';
import { openPlace, PLACE } from './places';

/**
 * Receiving goods (入库) puts them into a sellable place, the stockroom unless named. 一物一码: a tagged piece
 * is received only when it is nowhere yet, or back from the supplier (taken out of SUPPLIER).
 */
export function receiveStock(
  ctx: HandlerContext,
  input: { productId: number; quantity: number; note: string; placeId?: number },
): Product & { receiptId: number } {
  const { db, now } = ctx;
  const product = getProduct(db, input.productId);
  const place = openPlace(db, input.placeId ?? PLACE.stockroom);
  if (!place.sellable) {
    throw new DomainError('STOCK_MOVE_NOT_ALLOWED', {
      from: '入库 / receipt',
      to: place.name,
      placeId: place.id,
    });
  }
  const context = { reference: input.note || null, now, actorId: actorOf(ctx).id };
  let fromSupplier = false;
  if (product.serialized) {
    if (levelAt(db, product.id, PLACE.sold) > 0) {
      throw new DomainError('PRODUCT_ALREADY_SOLD', {
        productId: product.id,
        name: product.name,
        sku: product.sku,
      });
    }
    const at = levelsOf(db, product.id).find(
      (level) => level.quantity > 0 && level.placeId !== PLACE.supplier,
    );
    if (at) {
      throw new DomainError('SERIALIZED_ALREADY_IN_STOCK', {
        sku: product.sku,
        onHand: product.onHand,
        place: at.name,
        placeId: at.placeId,
      });
    }
    if (input.quantity > 1) throw new DomainError('SINGLE_PIECE_QUANTITY', { name: product.name });
    fromSupplier = levelAt(db, product.id, PLACE.supplier) > 0;
    if (fromSupplier) {
      addStockMovement(
        db,
        { productId: product.id, quantity: -1, reason: 'receipt', placeId: PLACE.supplier },
        context,
      );
    }
  }
  const receiptId = addStockMovement(
    db,
    { productId: product.id, quantity: input.quantity, reason: 'receipt', placeId: place.id },
    context,
  );
  ctx.journal('stock.received', {
    receiptId,
    productId: product.id,
    quantity: input.quantity,
    placeId: place.id,
    fromSupplier,
    note: input.note,
  });
  return { ...getProduct(db, product.id), receiptId };
}

interface ReceiptRow {
  productId: number;
  quantity: number;
  reference: string | null;
  placeId: number;
  reversed: number;
}

/**
 * A receipt entered wrong is taken back at the place it went to by a reversing movement with its reason,
 * never edited or deleted; a piece it took out of SUPPLIER goes back there.
 */
export function reverseReceipt(ctx: HandlerContext, input: { receiptId: number; reason: string }): Product {
  const { db, now } = ctx;
  const receipt = query(
    db,
    `SELECT product_id AS productId, quantity, reference, place_id AS placeId,
            EXISTS (SELECT 1 FROM stock_movements r WHERE r.reverses_id = m.id) AS reversed
     FROM stock_movements m WHERE id = ? AND reason = 'receipt' AND quantity > 0`,
  ).get(input.receiptId) as ReceiptRow | undefined;
  if (!receipt) throw new DomainError('STOCK_RECEIPT_NOT_FOUND', { receiptId: input.receiptId });
  if (receipt.reversed) throw new DomainError('STOCK_RECEIPT_REVERSED', { receiptId: input.receiptId });
  const onHand = levelAt(db, receipt.productId, receipt.placeId);
  if (onHand < receipt.quantity) {
    throw new DomainError('STOCK_REVERSAL_EXCEEDS_ON_HAND', {
      onHand,
      quantity: receipt.quantity,
      placeId: receipt.placeId,
    });
  }
  const context = { reference: receipt.reference, now, actorId: actorOf(ctx).id, note: input.reason };
  const reversalId = addStockMovement(
    db,
    {
      productId: receipt.productId,
      quantity: -receipt.quantity,
      reason: 'adjustment',
      placeId: receipt.placeId,
      reversesId: input.receiptId,
    },
    context,
  );
  // the receipt of a piece back from the supplier wrote its exit from SUPPLIER just before it
  const supplierExit = query(
    db,
    `SELECT id FROM stock_movements
     WHERE id = ? AND product_id = ? AND place_id = ? AND reason = 'receipt' AND quantity = ?`,
  )
    .pluck()
    .get(input.receiptId - 1, receipt.productId, PLACE.supplier, -receipt.quantity) as number | undefined;
  if (supplierExit !== undefined) {
    addStockMovement(
      db,
      {
        productId: receipt.productId,
        quantity: receipt.quantity,
        reason: 'adjustment',
        placeId: PLACE.supplier,
        reversesId: supplierExit,
      },
      context,
    );
  }
  ctx.journal('stock.receiptReversed', {
    receiptId: input.receiptId,
    reversalId,
    productId: receipt.productId,
    quantity: -receipt.quantity,
    placeId: receipt.placeId,
    backToSupplier: supplierExit !== undefined,
    reason: input.reason,
  });
  return getProduct(db, receipt.productId);
}
