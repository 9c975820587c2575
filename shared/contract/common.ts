import { z } from 'zod';
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
/** UTC ISO-8601 instant. */
export const Instant = z.iso.datetime();
