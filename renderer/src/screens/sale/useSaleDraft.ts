import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Envelope, ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import type { Cart, CartLineInput, InvoiceRequest, PricedCart } from '../../../../shared/contract/sales';
import type { Discount } from '../../../../shared/domain/cart';
import { useApi } from '../../api/context';
import { uuidV7 } from '../../../../shared/ids/uuid-v7';
import { storeDraft, storedDraft } from './draft-storage';

/** Time-ordered, so each sale's key is written beside the previous one's in the sales index. */
const newSaleId = (): string => uuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(16)));

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
  saleId: newSaleId(),
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

export type Change = Partial<Draft> | ((draft: Draft) => Partial<Draft>);

export interface CartDraft<Priced> {
  draft: Draft;
  /** The core's price of the draft; null while the cart is empty. */
  priced: Priced | null;
  /** Why the last change was refused (the tag is sold, no rate for the purity …); the cart kept as it was. */
  error: ErrorBody | null;
  busy: boolean;
  /**
   * Prices the changed draft and takes it only if the core accepts it; answers the draft taken, or null.
   * Changes run one after another, each on the draft the one before left (two quick scans add two lines).
   * `busy` (on unless told) shows the wait in the dialog that asked; a scan has no dialog to show it in,
   * and showing it would render the whole sale screen once more while the price is on its way.
   */
  change(next: Change, options?: { busy: boolean }): Promise<Draft | null>;
  /** Takes a cart as it is (a held cart recalled) under a new sale id. */
  load(cart: Cart): Promise<Draft | null>;
  /** A new, empty sale. */
  reset(): void;
  showError(error: ErrorBody | null): void;
}

export type SaleDraft = CartDraft<PricedCart>;

interface CartDraftOptions<Priced> {
  /** How the core prices the cart: a sale's quote, or an exchange's with the goods coming back. */
  price(cart: Cart): Promise<Envelope<Priced>>;
  /** Whether the cart outlives the screen (the sale's does; an exchange's belongs to its receipt). */
  kept: boolean;
}

/**
 * A cart and its price. Every change is priced by the core first, so a line the core would refuse at commit
 * (a tag already sold, a purity without today's rate) is refused as it is added, in its words.
 */
export function useCartDraft<Priced>({ price, kept }: CartDraftOptions<Priced>): CartDraft<Priced> {
  const api = useApi();
  const [state, setState] = useState<{ draft: Draft; priced: Priced | null }>(() => ({
    draft: (kept ? storedDraft() : null) ?? emptyDraft(),
    priced: null,
  }));
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(state.draft);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // the latest way to price: an exchange's depends on what comes back and how, which change beside the cart
  const pricing = useRef(price);
  useLayoutEffect(() => {
    pricing.current = price;
  }, [price]);

  const take = useCallback(
    (draft: Draft, priced: Priced | null): Draft => {
      latest.current = draft;
      if (kept) storeDraft(draft);
      setState({ draft, priced });
      setError(null);
      return draft;
    },
    [kept],
  );

  const apply = useCallback(
    async (draft: Draft, showBusy = true): Promise<Draft | null> => {
      if (draft.lines.length === 0) return take(draft, null);
      if (showBusy) setBusy(true);
      const result = await pricing.current(cartOf(draft));
      setBusy(false);
      if (result.ok) return take(draft, result.value);
      setError(result.error);
      return null;
    },
    [take],
  );

  /** Runs `work` after every change already asked for. */
  const enqueue = useCallback((work: () => Promise<Draft | null>): Promise<Draft | null> => {
    const run = queue.current.then(work);
    queue.current = run.catch(() => null);
    return run;
  }, []);

  const change = useCallback(
    (next: Change, options = { busy: true }) =>
      enqueue(() =>
        apply(
          { ...latest.current, ...(typeof next === 'function' ? next(latest.current) : next) },
          options.busy,
        ),
      ),
    [apply, enqueue],
  );

  // A sale kept from before the screen was left is priced again as it comes back.
  useEffect(() => {
    if (latest.current.lines.length > 0) void enqueue(() => apply(latest.current));
  }, [apply, enqueue]);

  const load = useCallback(
    (cart: Cart) =>
      enqueue(async () => {
        const customer =
          cart.customerId === null ? null : await api.call('customers.get', { id: cart.customerId });
        if (customer && !customer.ok) {
          setError(customer.error);
          return null;
        }
        return apply({
          saleId: newSaleId(),
          lines: cart.lines,
          customer: customer?.value ?? null,
          orderDiscount: cart.orderDiscount,
          orderDiscountReason: cart.orderDiscountReason,
          invoice: cart.invoice,
        });
      }),
    [api, apply, enqueue],
  );

  const reset = useCallback(() => {
    void enqueue(async () => take(emptyDraft(), null));
  }, [enqueue, take]);

  return { ...state, error, busy, change, load, reset, showError: setError };
}

/** The counter sale's cart, priced by sales.quote and kept in the tab while the screen is away. */
export function useSaleDraft(): SaleDraft {
  const api = useApi();
  const price = useCallback((cart: Cart) => api.call('sales.quote', { cart }), [api]);
  return useCartDraft({ price, kept: true });
}
