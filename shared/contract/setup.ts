import { z } from 'zod';
import { channel } from './channel';
import { Id, LanguageSchema, PersonName, Pin } from './common';

export const TerminalId = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]{2,8}$/, 'terminal: 2–8 capital letters or digits');

export const SetupInput = z.object({
  storeName: z.string().trim().min(1).max(60),
  terminalId: TerminalId,
  adminName: PersonName,
  pin: Pin,
  language: LanguageSchema,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const setupChannels = {
  'setup.initialize': channel({
    input: SetupInput,
    output: z.object({ adminId: Id }),
    access: 'public',
    write: true,
  }),
};
