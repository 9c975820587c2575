import { z } from 'zod';
import { Customer } from '../../../../shared/contract/customers';
import { CartLineInput, DiscountSchema, InvoiceRequest } from '../../../../shared/contract/sales';
import type { Draft } from './useSaleDraft';

// The sale in progress outlives the screen: a lock (F2, or the idle lock) or a look at another screen
// unmounts it, and the customer is still at the counter. It is kept in this tab's session storage, under
// its sale id, so a commit retried after a lost answer still makes one sale.

const KEY = 'counter-pos.sale-draft';

const StoredDraft = z.object({
  saleId: z.uuid(),
  lines: z.array(CartLineInput),
  customer: Customer.nullable(),
  orderDiscount: DiscountSchema.nullable(),
  orderDiscountReason: z.string().nullable(),
  invoice: InvoiceRequest.nullable(),
});

export function storedDraft(): Draft | null {
  try {
    const parsed = StoredDraft.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps a draft with something on it; an empty one (a new sale) clears what was kept. */
export function storeDraft(draft: Draft): void {
  if (draft.lines.length === 0 && draft.customer === null) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, JSON.stringify(draft));
}
