import { z } from 'zod';
import { TALLY_KINDS } from '../domain/tally';
import { PuritySchema } from './catalog';
import { channel } from './channel';
import { weighedBy, WeighingSource } from './devices';
import { Empty, Id, Instant, Pin, withoutCardNumber } from './common';
import { StaffRef } from './staff';

// 点货: a counter counted piece by piece and weighed purity by purity at open, at handover and at close.

export const TallyKind = z.enum(TALLY_KINDS);
const Code = z.string().trim().min(1).max(64);
const Note = withoutCardNumber(z.string().trim().max(200)).nullable().default(null);

export const TallySettings = z.object({
  /** How far a purity's weighed total may stray from the books, either way, mg (0.05 g = 50). */
  toleranceMg: z.number().int().min(0).max(10_000),
  /** A handover count is finished with the other person's PIN too (交接: both sign). */
  handoverSecondPin: z.boolean(),
});
export type TallySettings = z.infer<typeof TallySettings>;

/** A place as a count names it; a tray's counter as its parent. */
export const TallyPlace = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentName: z.string().nullable(),
});
export type TallyPlace = z.infer<typeof TallyPlace>;

const PieceFields = {
  productId: Id,
  sku: z.string(),
  name: z.string(),
  purity: PuritySchema.nullable(),
  /** The tag's weight of one unit. */
  weightMg: z.number().int().nullable(),
  serialized: z.boolean(),
};

/** A good the books put in a tray, and how many of it were counted there. */
export const TallyPiece = z.object({
  ...PieceFields,
  placeId: Id,
  expected: z.number().int().positive(),
  counted: z.number().int().nonnegative(),
});
export type TallyPiece = z.infer<typeof TallyPiece>;

/** Counted here and not booked here: where the books put it (another counter's tray, sold, the safe …). */
export const TallyUnexpected = z.object({
  ...PieceFields,
  quantity: z.number().int().positive(),
  where: z.array(TallyPlace),
});
export type TallyUnexpected = z.infer<typeof TallyUnexpected>;

export const TallyPurity = z.object({
  purity: PuritySchema,
  expectedPieces: z.number().int().nonnegative(),
  expectedMg: z.number().int().nonnegative(),
  untaggedPieces: z.number().int().nonnegative(),
  countedMg: z.number().int().nonnegative().nullable(),
  differenceMg: z.number().int().nullable(),
  status: z.enum(['pending', 'within', 'beyond', 'unknown']),
  source: WeighingSource.nullable(),
});
export type TallyPurity = z.infer<typeof TallyPurity>;

/**
 * counting: in progress (kept scan by scan, so it survives a restart) · balanced: finished with nothing
 * missing, nothing unexpected and every purity within tolerance · flagged: finished with differences, for the
 * manager · cancelled.
 */
export const TallyStatus = z.enum(['counting', 'balanced', 'flagged', 'cancelled']);
export type TallyStatus = z.infer<typeof TallyStatus>;

/** A count as the screen shows it: the running comparison while counting, the record once finished. */
export const Tally = z.object({
  id: Id,
  counter: TallyPlace,
  kind: TallyKind,
  status: TallyStatus,
  startedAt: Instant,
  startedBy: StaffRef,
  finishedAt: Instant.nullable(),
  finishedBy: StaffRef.nullable(),
  /** At a handover, the other person, whose PIN was checked. */
  secondPerson: StaffRef.nullable(),
  note: z.string().nullable(),
  toleranceMg: z.number().int().nonnegative(),
  /** The counter itself first (pieces booked to it directly), then its trays. */
  trays: z.array(z.object({ place: TallyPlace, pieces: z.array(TallyPiece) })),
  missing: z.array(TallyPiece),
  unexpected: z.array(TallyUnexpected),
  duplicates: z.array(z.object({ productId: Id, name: z.string(), scans: z.number().int() })),
  purities: z.array(TallyPurity),
  expectedPieces: z.number().int().nonnegative(),
  countedPieces: z.number().int().nonnegative(),
  weighingPending: z.boolean(),
  differences: z.boolean(),
});
export type Tally = z.infer<typeof Tally>;

export const TallySummary = Tally.pick({
  id: true,
  counter: true,
  kind: true,
  status: true,
  startedAt: true,
  startedBy: true,
  finishedAt: true,
}).extend({
  missingPieces: z.number().int().nonnegative(),
  unexpectedPieces: z.number().int().nonnegative(),
  puritiesBeyond: z.array(PuritySchema),
});
export type TallySummary = z.infer<typeof TallySummary>;

/**
 * expected: booked here, counted now · again: counted before, this scan changes nothing · unexpected: not
 * booked here (see where) · over: more of a counted good than booked.
 */
export const ScanOutcome = z.enum(['expected', 'again', 'unexpected', 'over']);
export type ScanOutcome = z.infer<typeof ScanOutcome>;

const TallyId = z.object({ tallyId: Id });

export const tallyChannels = {
  'tally.settings': channel({ input: Empty, output: TallySettings, access: 'signedIn', write: false }),
  'tally.saveSettings': channel({
    input: TallySettings,
    output: TallySettings,
    access: 'settings.manage',
    write: true,
  }),
  /** The counters to count, with the count running at each. */
  'tally.counters': channel({
    input: Empty,
    output: z.array(
      z.object({
        counter: TallyPlace,
        trays: z.number().int().nonnegative(),
        pieces: z.number().int().nonnegative(),
        running: z.object({ tallyId: Id, kind: TallyKind, startedBy: StaffRef }).nullable(),
      }),
    ),
    access: 'signedIn',
    write: false,
  }),
  /** Starts a count of a counter, or resumes the one of that kind already running there. */
  'tally.start': channel({
    input: z.object({ counterId: Id, kind: TallyKind }),
    output: Tally,
    access: 'signedIn',
    write: true,
  }),
  /** A piece scanned (its barcode or SKU) or ticked on screen (its product id); answers with the comparison. */
  'tally.scan': channel({
    input: z.union([TallyId.extend({ code: Code }).strict(), TallyId.extend({ productId: Id }).strict()]),
    output: z.object({
      outcome: ScanOutcome,
      productId: Id,
      name: z.string(),
      where: z.array(TallyPlace),
      tally: Tally,
    }),
    access: 'signedIn',
    write: true,
  }),
  /** A purity's total on the scale: its stable reading, taken by the core, or a weight typed by hand. */
  'tally.weigh': channel({
    input: weighedBy({ ...TallyId.shape, purity: PuritySchema }),
    output: Tally,
    access: 'signedIn',
    write: true,
  }),
  /** Ends the count on record; a handover count with the other person's PIN when the store asks for it. */
  'tally.finish': channel({
    input: TallyId.extend({
      second: z.object({ staffId: Id, pin: Pin }).nullable().default(null),
      note: Note,
    }),
    output: Tally,
    access: 'signedIn',
    write: true,
  }),
  'tally.cancel': channel({
    input: TallyId.extend({ reason: withoutCardNumber(z.string().trim().min(1).max(200)) }),
    output: Tally,
    access: 'signedIn',
    write: true,
  }),
  'tally.get': channel({ input: TallyId, output: Tally, access: 'signedIn', write: false }),
  /** Newest first; the counts still running (to resume after a restart), or those of a counter. */
  'tally.list': channel({
    input: z.object({
      status: TallyStatus.optional(),
      counterId: Id.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.array(TallySummary),
    access: 'signedIn',
    write: false,
  }),
};
