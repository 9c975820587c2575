import { z } from 'zod';
import { channel } from './channel';
import { Empty, Id, Instant } from './common';

export const JournalEntry = z.object({
  seq: Id,
  at: Instant,
  type: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  approverId: Id.nullable(),
  approverName: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  headSeq: z.number().int().nonnegative(),
  headHash: z.string().nullable(),
  firstBad: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type JournalVerification = z.infer<typeof JournalVerification>;

export const journalChannels = {
  'journal.list': channel({
    input: z.object({ beforeSeq: Id.optional(), limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(JournalEntry),
    access: 'journal.read',
    write: false,
  }),
  'journal.verify': channel({
    input: Empty,
    output: JournalVerification,
    access: 'journal.read',
    write: false,
  }),
};
