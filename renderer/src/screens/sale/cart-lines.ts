import type { GoldRate, Product } from '../../../../shared/contract/catalog';
import type { CartLineInput, SaleLine } from '../../../../shared/contract/sales';

// How the sale screen changes the cart it sends to sales.quote and sales.commit. Prices are never
// computed here: the core prices every change, and the screen shows its answer.

export type ProductLine = Extract<CartLineInput, { kind: 'product' }>;

export type NewLine =
  | { ok: true; line: ProductLine; needsWeight: boolean }
  | { ok: false; code: 'GOLD_RATE_NOT_SET'; details: { purity: string } };

/**
 * The cart line a product starts as. A weighed item carries the day's rate the screen shows (the core
 * refuses it once that is no longer the rate), and its tag weight unless it is weighed at the counter.
 */
export function newProductLine(product: Product, rates: readonly GoldRate[]): NewLine {
  if (product.kind !== 'weighed') {
    return { ok: true, line: { kind: 'product', productId: product.id, quantity: 1 }, needsWeight: false };
  }
  const rate = rates.find((r) => r.purity === product.purity);
  if (!rate) return { ok: false, code: 'GOLD_RATE_NOT_SET', details: { purity: product.purity ?? '' } };
  return {
    ok: true,
    line: { kind: 'product', productId: product.id, quantity: 1, goldRateFenPerGram: rate.sellFenPerGram },
    needsWeight: product.weightMg === null,
  };
}

/**
 * Adds a line: counted goods already in the cart at their catalog price get one more instead of a second
 * line; anything else is a line of its own (a tagged piece scanned twice is refused by the core).
 */
export function addLine(
  lines: readonly CartLineInput[],
  line: ProductLine,
  product: Pick<Product, 'kind' | 'serialized'>,
): CartLineInput[] {
  const countable = product.kind === 'quantity' && !product.serialized;
  const index = countable
    ? lines.findIndex(
        (l) =>
          l.kind === 'product' &&
          l.productId === line.productId &&
          l.discount === undefined &&
          l.priceOverrideFen === undefined,
      )
    : -1;
  if (index < 0) return [...lines, line];
  return lines.map((l, i) =>
    i === index && l.kind === 'product' ? { ...l, quantity: (l.quantity ?? 1) + line.quantity } : l,
  );
}

export function replaceLine(
  lines: readonly CartLineInput[],
  index: number,
  line: CartLineInput,
): CartLineInput[] {
  return lines.map((l, i) => (i === index ? line : l));
}

export function removeLine(lines: readonly CartLineInput[], index: number): CartLineInput[] {
  return lines.filter((_, i) => i !== index);
}

/** Whether a priced line's quantity may change: counted goods and untagged fixed-price pieces. */
export function quantityEditable(line: SaleLine): boolean {
  return line.kind === 'quantity' || line.kind === 'fixed';
}

/**
 * The lines again at the rates now in force, after a manager changed a rate mid-sale (the core refuses
 * a line at a rate no longer the day's). `purities` gives each line's purity as last priced.
 */
export function atRates(
  lines: readonly CartLineInput[],
  purities: readonly (string | null)[],
  rates: readonly GoldRate[],
): CartLineInput[] {
  const rateOf = (purity: string | null | undefined) => rates.find((r) => r.purity === purity);
  return lines.map((line, i) => {
    if (line.kind === 'tradeIn') {
      const buyBack = rateOf(line.purity)?.buyBackFenPerGram;
      return buyBack ? { ...line, buyBackFenPerGram: buyBack } : line;
    }
    const sell = rateOf(purities[i])?.sellFenPerGram;
    return line.goldRateFenPerGram !== undefined && sell ? { ...line, goldRateFenPerGram: sell } : line;
  });
}
