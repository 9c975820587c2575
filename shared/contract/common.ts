import { z } from 'zod';
import { holdsCardNumber, referenceIsCardNumber } from '../domain/card-number';
import { PIN_PATTERN } from '../domain/pin';
import { ROLES } from '../domain/roles';
import { LANGUAGES } from './errors';

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });

export const Id = z.number().int().positive();
export const Pin = z.string().regex(PIN_PATTERN, 'PIN: 4–8 digits');
export const PersonName = z.string().trim().min(1).max(40);
export const RoleSchema = z.enum(ROLES);
export const LanguageSchema = z.enum(LANGUAGES);
const NO_CARD = 'never a card number: its last four digits go in last4';

/** Free text a person types (a note, a reason): never holding a card number, however it is written. */
export const withoutCardNumber = <T extends z.ZodString>(text: T): T =>
  text.refine((value) => !holdsCardNumber(value), NO_CARD);

/** A payment's reference (slip number, wallet transaction id): never a card number. */
export const PaymentReference = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((value) => !referenceIsCardNumber(value), NO_CARD);

/** UTC ISO-8601 instant. */
export const Instant = z.iso.datetime();
