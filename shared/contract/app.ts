import { z } from 'zod';
import { channel } from './channel';
import { Empty, LanguageSchema } from './common';
import { TimeZone } from './settings';

export const AppStatus = z.object({
  setupRequired: z.boolean(),
  storeName: z.string().nullable(),
  terminalId: z.string().nullable(),
  language: LanguageSchema,
  /** The store's zone, which displayed times and today's date follow (the default before setup). */
  timeZone: TimeZone,
  version: z.string(),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const appChannels = {
  'app.status': channel({ input: Empty, output: AppStatus, access: 'public', write: false }),
};
