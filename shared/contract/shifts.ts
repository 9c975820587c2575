import { z } from 'zod';
import { DENOMINATIONS_FEN } from '../domain/shift';
import { Fen } from './catalog';
import { channel } from './channel';
import { Empty, Instant } from './common';
import { StaffRef } from './staff';

// Shifts (班次) and close of day: the float, cash in and out of the drawer, counts, the blind close, X/Z reports.

const Note = z.string().trim().max(200).nullable().default(null);

export const DenominationCount = z.object({
  denominationFen: z.literal([...DENOMINATIONS_FEN]),
  quantity: z.number().int().min(0).max(100_000),
});
export type DenominationCount = z.infer<typeof DenominationCount>;

/** A drawer counted by denomination; a denomination left out counts as none. */
export const CashCount = z
  .array(DenominationCount)
  .max(DENOMINATIONS_FEN.length)
  .refine((counts) => new Set(counts.map((c) => c.denominationFen)).size === counts.length, {
    message: 'each denomination once',
  });

export const Shift = z.object({
  id: z.number().int().positive(),
  terminalId: z.string(),
  businessDay: z.string(),
  state: z.enum(['open', 'closed']),
  openedAt: Instant,
  openedBy: StaffRef,
  /** Who answers for the drawer now (a handover passes it on). */
  holder: StaffRef,
  floatFen: Fen,
  /** What the terminal's previous close left in the drawer; null for its first shift. */
  previousLeftInFen: Fen.nullable(),
  /** Counted float − previous left-in; null for the first shift. */
  floatDifferenceFen: z.number().int().nullable(),
  closedAt: Instant.nullable(),
  closedBy: StaffRef.nullable(),
});
export type Shift = z.infer<typeof Shift>;

export const shiftsChannels = {
  /** Opens this terminal's shift with the float counted by denomination, compared with the previous left-in. */
  'shifts.open': channel({
    input: z.object({ counts: CashCount, note: Note }),
    output: Shift,
    access: 'sales.sell',
    write: true,
  }),
  /** This terminal's open shift, or null. */
  'shifts.current': channel({ input: Empty, output: Shift.nullable(), access: 'signedIn', write: false }),
};
