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
  /** The last signed closure verified (each Z report, month and year signs the chain's head). */
  closures: z
    .object({
      count: z.number().int().positive(),
      closureNo: z.number().int().positive(),
      kind: z.string(),
      period: z.string(),
      headSeq: z.number().int().positive(),
      headHash: z.string(),
      keyId: z.string(),
    })
    .nullable(),
  /**
   * What broke: the hash chain itself, a closure's signature, a chain rewritten under a signed head, totals
   * that differ from the journal's rows, or a cut tail (closures the file knows of whose rows are gone).
   */
  firstBad: z
    .object({
      seq: z.number().int(),
      kind: z.enum(['chain', 'signature', 'rewritten', 'totals', 'cutTail']),
      reason: z.string(),
    })
    .nullable(),
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
