import { z } from 'zod';
import { channel } from './channel';
import { isTimeZone } from '../print/format';
import { Empty, LanguageSchema } from './common';

export const IDLE_LOCK_MIN_SECONDS = 30;
export const IDLE_LOCK_MAX_SECONDS = 3600;
export const IDLE_LOCK_DEFAULT_SECONDS = 300;
/** Where the stores this till is made for are: a new till's business day and printed times follow it. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** An IANA zone this runtime knows. */
export const TimeZone = z.string().refine(isTimeZone, 'unknown time zone');

export const Settings = z.object({
  storeName: z.string().trim().min(1).max(60),
  language: LanguageSchema,
  idleLockSeconds: z.number().int().min(IDLE_LOCK_MIN_SECONDS).max(IDLE_LOCK_MAX_SECONDS),
  /** The store's zone: business days, receipt-number dates, printed and displayed times follow it. */
  timeZone: TimeZone,
  /** Managers and administrators need PINs of at least six digits (see shared/domain/pin.ts). */
  longPinsForApprovers: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const settingsChannels = {
  'settings.get': channel({ input: Empty, output: Settings, access: 'signedIn', write: false }),
  /** A zone or PIN rule left out stays as it is. */
  'settings.update': channel({
    input: Settings.partial({ timeZone: true, longPinsForApprovers: true }),
    output: Settings,
    access: 'settings.manage',
    write: true,
  }),
};
