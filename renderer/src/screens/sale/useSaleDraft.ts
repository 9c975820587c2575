import { useCallback, useState } from 'react';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import type { Cart, CartLineInput, InvoiceRequest, PricedCart } from '../../../../shared/contract/sales';
import type { Discount } from '../../../../shared/domain/cart';
import { useApi } from '../../api/context';

/** The cart being rung up, as the screen sends it, under the sale id the commit will use. */
export interface Draft {
  saleId: string;
  lines: CartLineInput[];
  /** Kept beside the lines: a member may be attached before the first item. */
  customer: Customer | null;
  orderDiscount: Discount | null;
  orderDiscountReason: string | null;
  invoice: InvoiceRequest | null;
}

export const emptyDraft = (): Draft => ({
  saleId: crypto.randomUUID(),
  lines: [],
  customer: null,
  orderDiscount: null,
  orderDiscountReason: null,
  invoice: null,
});

export function cartOf(draft: Draft): Cart {
  return {
    customerId: draft.customer?.id ?? null,
    lines: draft.lines,
    orderDiscount: draft.orderDiscount,
    orderDiscountReason: draft.orderDiscountReason,
    invoice: draft.invoice,
  };
}

export interface SaleDraft {
  draft: Draft;
  /** The core's price of the draft; null while the cart is empty. */
  priced: PricedCart | null;
  /** Why the last change was refused (the tag is sold, no rate for the purity …); the cart kept as it was. */
  error: ErrorBody | null;
  busy: boolean;
  /** Prices the changed draft and takes it only if the core accepts it; answers whether it did. */
  change(next: Partial<Draft>): Promise<boolean>;
  /** Takes a cart as it is (a held cart recalled) under a new sale id. */
  load(cart: Cart): Promise<boolean>;
  /** A new, empty sale. */
  reset(): void;
  showError(error: ErrorBody | null): void;
}

/**
 * The cart and its price. Every change goes to sales.quote first, so a line the core would refuse at
 * commit (a tag already sold, a purity without today's rate) is refused as it is added, in its words.
 */
export function useSaleDraft(): SaleDraft {
  const api = useApi();
  const [state, setState] = useState<{ draft: Draft; priced: PricedCart | null }>(() => ({
    draft: emptyDraft(),
    priced: null,
  }));
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = useCallback(
    async (draft: Draft): Promise<boolean> => {
      if (draft.lines.length === 0) {
        setState({ draft, priced: null });
        setError(null);
        return true;
      }
      setBusy(true);
      const result = await api.call('sales.quote', { cart: cartOf(draft) });
      setBusy(false);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setState({ draft, priced: result.value });
      setError(null);
      return true;
    },
    [api],
  );

  const change = useCallback(
    (next: Partial<Draft>) => apply({ ...state.draft, ...next }),
    [apply, state.draft],
  );

  const load = useCallback(
    async (cart: Cart) => {
      const customer =
        cart.customerId === null ? null : await api.call('customers.get', { id: cart.customerId });
      if (customer && !customer.ok) {
        setError(customer.error);
        return false;
      }
      return apply({
        saleId: crypto.randomUUID(),
        lines: cart.lines,
        customer: customer?.value ?? null,
        orderDiscount: cart.orderDiscount,
        orderDiscountReason: cart.orderDiscountReason,
        invoice: cart.invoice,
      });
    },
    [api, apply],
  );

  const reset = useCallback(() => {
    setState({ draft: emptyDraft(), priced: null });
    setError(null);
  }, []);

  return { ...state, error, busy, change, load, reset, showError: setError };
}
