import { useState } from 'react';
import type { GoldRate, Product } from '../../../../shared/contract/catalog';
import type { CartLineInput, SaleLine } from '../../../../shared/contract/sales';
import { useApi } from '../../api/context';
import { addLine, newProductLine, removeLine, replaceLine, type ProductLine } from './cart-lines';
import type { CartKey } from './ProductSearch';
import type { CartDraft } from './useSaleDraft';

/** The dialog a line opens: a product's line editor (weight, quantity, price), or a trade-in's. */
export type LineDialog =
  | { kind: 'line'; index: number; input: ProductLine; name: string; weighed: boolean }
  | { kind: 'tradeIn'; index: number | null };

interface CartLinesOptions {
  /** Today's gold rates: a weighed item is added at its purity's rate. */
  rates: readonly GoldRate[] | null;
  /** The lines as the core last priced them, in the cart's order. */
  priced: readonly SaleLine[];
  open(dialog: LineDialog): void;
  /** The dialog that asked for a change, once the core has taken it. */
  close(): void;
}

/**
 * How a cart's lines are added and changed, wherever goods are rung up (the sale, an exchange's new goods):
 * a scan or a pick adds the product (gold at today's rate, weighed first where it has no tag weight), ↑ ↓ choose
 * a line, Enter edits it, Delete removes it; every change priced by the cart's own quote first.
 */
export function useCartLines<Priced>(cart: CartDraft<Priced>, options: CartLinesOptions) {
  const api = useApi();
  const [selected, setSelected] = useState(0);
  const lineCount = cart.draft.lines.length;
  const position = Math.max(0, Math.min(selected, lineCount - 1));

  const addProduct = async (product: Product): Promise<void> => {
    const line = newProductLine(product, options.rates ?? []);
    if (!line.ok) return cart.showError({ code: line.code, message: '', details: line.details });
    if (line.needsWeight) {
      options.open({ kind: 'line', index: lineCount, input: line.line, name: product.name, weighed: true });
      return;
    }
    const taken = await cart.change((current) => ({ lines: addLine(current.lines, line.line, product) }), {
      busy: false,
    });
    if (taken) setSelected(taken.lines.length - 1);
  };

  const lookUp = async (code: string): Promise<void> => {
    const result = await api.call('catalog.lookup', { code });
    if (result.ok) await addProduct(result.value);
    else cart.showError(result.error);
  };

  const saveLine = async (index: number, line: CartLineInput): Promise<void> => {
    const taken = await cart.change((current) => ({
      lines:
        index < current.lines.length ? replaceLine(current.lines, index, line) : [...current.lines, line],
    }));
    if (taken) {
      options.close();
      setSelected(index);
    }
  };

  const editLine = (index: number): void => {
    const input = cart.draft.lines[index];
    const line = options.priced[index];
    if (!input || !line) return;
    if (input.kind === 'tradeIn') options.open({ kind: 'tradeIn', index });
    else options.open({ kind: 'line', index, input, name: line.name, weighed: line.kind === 'weighed' });
  };

  const onCartKey = (key: CartKey): void => {
    if (lineCount === 0) return;
    if (key === 'up') setSelected(Math.max(0, position - 1));
    else if (key === 'down') setSelected(Math.min(lineCount - 1, position + 1));
    else if (key === 'edit') editLine(position);
    else void cart.change((current) => ({ lines: removeLine(current.lines, position) }));
  };

  return { position, select: setSelected, addProduct, lookUp, saveLine, editLine, onCartKey };
}
