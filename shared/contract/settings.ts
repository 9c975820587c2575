import { z } from 'zod';
import { channel } from './channel';
import { Empty, LanguageSchema } from './common';

export const IDLE_LOCK_MIN_SECONDS = 30;
export const IDLE_LOCK_MAX_SECONDS = 3600;
export const IDLE_LOCK_DEFAULT_SECONDS = 300;

export const Settings = z.object({
  storeName: z.string().trim().min(1).max(60),
  language: LanguageSchema,
  idleLockSeconds: z.number().int().min(IDLE_LOCK_MIN_SECONDS).max(IDLE_LOCK_MAX_SECONDS),
});
export type Settings = z.infer<typeof Settings>;

export const settingsChannels = {
  'settings.get': channel({ input: Empty, output: Settings, access: 'signedIn', write: false }),
  'settings.update': channel({ input: Settings, output: Settings, access: 'settings.manage', write: true }),
};
