import { z } from 'zod';
import { channel } from './channel';
import { Empty, Id, LanguageSchema, PersonName, Pin, RoleSchema } from './common';

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

/** Who can sign in to the demo store, so the first-run screen can say which PIN to type. */
export const DemoSignIn = z.object({ name: PersonName, role: RoleSchema, pin: Pin });
export type DemoSignIn = z.infer<typeof DemoSignIn>;

export const setupChannels = {
  'setup.initialize': channel({
    input: SetupInput,
    output: z.object({ adminId: Id }),
    access: 'public',
    write: true,
  }),
  /**
   * First run, instead of setup.initialize: builds the demo store and answers its PINs (documented, no
   * secret). It writes nothing itself: the calls it makes through the router each commit on their own.
   */
  'setup.demo': channel({
    input: Empty,
    output: z.object({ staff: z.array(DemoSignIn) }),
    access: 'public',
    write: false,
  }),
};
