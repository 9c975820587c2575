import type { Product } from '../../../../shared/contract/catalog';
import { DomainError } from '../../errors';
import { query, type ReadableDB } from '../../db/statements';

/**
 * Refuses a cart that would sell what is not there: a tagged piece sold before (or twice in this cart),
 * or counted goods below zero on hand unless the store allows selling ahead of stock.
 */
export function assertInStock(
  db: ReadableDB,
  lines: readonly { product: Product; quantity: number }[],
  allowNegativeStock: boolean,
): void {
  const wanted = new Map<number, { product: Product; quantity: number }>();
  for (const { product, quantity } of lines) {
    const seen = wanted.get(product.id);
    if (seen && product.serialized) throw alreadySold(product);
    wanted.set(product.id, { product, quantity: (seen?.quantity ?? 0) + quantity });
  }
  for (const { product, quantity } of wanted.values()) {
    if (product.onHand - quantity >= 0) continue;
    if (product.serialized && everSold(db, product.id)) throw alreadySold(product);
    if (product.serialized || !allowNegativeStock) {
      throw new DomainError('OUT_OF_STOCK', {
        productId: product.id,
        name: product.name,
        onHand: product.onHand,
      });
    }
  }
}

const alreadySold = (product: Product): DomainError =>
  new DomainError('PRODUCT_ALREADY_SOLD', { productId: product.id, name: product.name, sku: product.sku });

function everSold(db: ReadableDB, productId: number): boolean {
  return (
    query(db, `SELECT 1 FROM stock_movements WHERE product_id = ? AND reason = 'sale' LIMIT 1`).get(
      productId,
    ) !== undefined
  );
}
