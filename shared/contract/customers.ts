import { z } from 'zod';
import { BP_PER_WHOLE } from '../domain/money';
import { MOBILE_PATTERN, normalizeMobile } from '../domain/phone';
import { channel } from './channel';
import { Empty, Id, Instant, PersonName, withoutCardNumber } from './common';

// Customers and members. What is kept follows the store manuals' seven questions never asked (七不问):
// a name and a mobile number, nothing about age, marriage, income, address history, beliefs or health.

export const Mobile = z
  .string()
  .max(20)
  .transform(normalizeMobile)
  .pipe(z.string().regex(MOBILE_PATTERN, 'a mainland mobile number: 11 digits starting 13–19'));

export const Bp = z.number().int().min(0).max(BP_PER_WHOLE);

export const MemberTier = z.object({ id: Id, name: z.string(), discountBp: Bp });
export type MemberTier = z.infer<typeof MemberTier>;

export const Customer = z.object({
  id: Id,
  phone: z.string(),
  name: z.string(),
  tier: MemberTier,
  points: z.number().int(),
  storeCreditFen: z.number().int(),
  registeredAt: Instant,
});
export type Customer = z.infer<typeof Customer>;

/** One past purchase, newest first in a customer's history. */
export const PurchaseSummary = z.object({
  receiptNo: z.string(),
  committedAt: Instant,
  state: z.enum(['committed', 'voided']),
  totalFen: z.number().int(),
  pointsEarned: z.number().int(),
  items: z.array(z.object({ name: z.string(), quantity: z.number().int(), netFen: z.number().int() })),
});
export type PurchaseSummary = z.infer<typeof PurchaseSummary>;

export const customersChannels = {
  /** At the till: the customer gives a number; null lets the cashier register them on the spot. */
  'customers.find': channel({
    input: z.object({ phone: Mobile }),
    output: Customer.nullable(),
    access: 'sales.sell',
    write: false,
  }),
  /** The phone masked (138****5678) unless the caller manages customers; a full view is journaled. */
  'customers.get': channel({
    input: z.object({ id: Id }),
    output: Customer,
    access: 'sales.sell',
    write: true,
  }),
  /** Quick registration: a mobile number and a name, nothing else. */
  'customers.register': channel({
    input: z.object({ phone: Mobile, name: PersonName }),
    output: Customer,
    access: 'sales.sell',
    write: true,
  }),
  'customers.update': channel({
    input: z.object({ id: Id, phone: Mobile, name: PersonName }),
    output: Customer,
    access: 'sales.sell',
    write: true,
  }),
  'customers.history': channel({
    input: z.object({
      customerId: Id,
      /** Receipts before this one (paging back); the newest first without it. */
      beforeReceiptNo: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    output: z.array(PurchaseSummary),
    access: 'sales.sell',
    write: false,
  }),
  /** A tier carries a discount, so moving a member between tiers is a manager's decision. */
  'customers.setTier': channel({
    input: z.object({ id: Id, tierId: Id }),
    output: Customer,
    access: 'customers.manage',
    write: true,
  }),
  /** Store credit added (positive) or taken off (negative) outside a sale, with the reason journaled. */
  'customers.adjustCredit': channel({
    input: z.object({
      id: Id,
      amountFen: z
        .number()
        .int()
        .min(-1e10)
        .max(1e10)
        .refine((fen) => fen !== 0, 'not zero'),
      reason: withoutCardNumber(z.string().trim().min(1).max(200)),
    }),
    output: Customer,
    access: 'customers.manage',
    write: true,
  }),
  'customers.tiers': channel({ input: Empty, output: z.array(MemberTier), access: 'signedIn', write: false }),
  'customers.saveTier': channel({
    input: z.object({ id: Id.optional(), name: z.string().trim().min(1).max(20), discountBp: Bp }),
    output: z.array(MemberTier),
    access: 'settings.manage',
    write: true,
  }),
};
