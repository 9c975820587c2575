import type { Product } from '../../../../shared/contract/catalog';
import { MAX_PRICE_FEN } from '../../../../shared/domain/limits';
import { DomainError } from '../../errors';

/**
 * A counted or fixed-price product's price for this many pieces. The contract bounds prices entered now;
 * a row saved before the bound may hold more, and is refused here rather than multiplied past exactness.
 */
export function priceForQuantity(product: Product, quantity: number): number {
  const unitPriceFen = product.priceFen as number;
  if (unitPriceFen > MAX_PRICE_FEN) {
    throw new DomainError('AMOUNT_OUT_OF_RANGE', { name: product.name, maxYuan: MAX_PRICE_FEN / 100 });
  }
  return unitPriceFen * quantity;
}
