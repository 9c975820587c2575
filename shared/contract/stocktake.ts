import { z } from 'zod';
import { MAX_QUANTITY } from '../domain/limits';
import { PURITY_CODES } from '../domain/purity';
import { channel } from './channel';
import { weighedBy, WeighingSource } from './devices';
import { Empty, Id, Instant, withoutCardNumber } from './common';
import { PrintJob } from './printing';

// 盘点: a count of the whole store or one category. What the books held is frozen when it starts; each scan,
// count and weighing records what the books said at that moment too, so sales, returns and moves made while
// the count runs are never read as missing or over. A manager approves posting the differences as stock
// movements; a posted or cancelled count is closed.

export const StocktakeScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('category'), category: z.string().trim().min(1).max(40) }),
]);
export type StocktakeScope = z.infer<typeof StocktakeScope>;

export const STOCKTAKE_STATES = ['open', 'posted', 'cancelled'] as const;
export const StocktakeState = z.enum(STOCKTAKE_STATES);

export const Stocktake = z.object({
  id: Id,
  scope: StocktakeScope,
  state: StocktakeState,
  startedAt: Instant,
  startedBy: z.string(),
  /** Tagged pieces the books held in scope at the start, and the units of counted goods. */
  expectedPieces: z.number().int().nonnegative(),
  expectedUnits: z.number().int(),
  /** Pieces scanned so far (each once). */
  scannedPieces: z.number().int().nonnegative(),
  closedAt: Instant.nullable(),
  closedBy: z.string().nullable(),
  /** The manager who approved posting; null unless posted. */
  approvedBy: z.string().nullable(),
  reason: z.string().nullable(),
});
export type Stocktake = z.infer<typeof Stocktake>;

export const PlaceRef = z.object({ id: Id, code: z.string(), name: z.string() });
export type PlaceRef = z.infer<typeof PlaceRef>;

/** What a scan found, in the words the screen shows at once. */
export const SCAN_OUTCOMES = [
  /** A tagged piece where the books have it. */
  'counted',
  /** A tagged piece the books have in another place of the store. */
  'wrongPlace',
  /** A piece the books say was sold, still on the shelf. */
  'soldPresent',
  /** A piece of the catalog the books do not hold in the store (never received, written off, returned). */
  'notOnBooks',
  /** A product of another category than the count's. */
  'outOfScope',
  /** A code the catalog does not know (another store's tag, a misread). */
  'unknown',
  /** A piece already scanned in this count: counted once. */
  'duplicate',
  /** Counted goods: one more unit counted at this place. */
  'unit',
] as const;
export const ScanOutcome = z.enum(SCAN_OUTCOMES);
export type ScanOutcome = z.infer<typeof ScanOutcome>;

const ScanProduct = z.object({
  id: Id,
  sku: z.string(),
  name: z.string(),
  purity: z.enum(PURITY_CODES).nullable(),
  weightMg: z.number().int().positive().nullable(),
});

export const ScanResult = z.object({
  scanId: Id,
  outcome: ScanOutcome,
  product: ScanProduct.nullable(),
  /** Where the books had the piece when it was scanned. */
  bookPlace: PlaceRef.nullable(),
  /** For a duplicate: the scan that counted it. */
  earlier: z.object({ place: PlaceRef, staff: z.string(), at: Instant }).nullable(),
  /** Counted goods: the units counted at this place so far. */
  unitsHere: z.number().int().nonnegative().nullable(),
  scannedPieces: z.number().int().nonnegative(),
});
export type ScanResult = z.infer<typeof ScanResult>;

/** The last stock movement of a piece, as the report shows a missing one's. */
export const LastMovement = z.object({
  reason: z.string(),
  quantity: z.number().int(),
  at: Instant,
  place: PlaceRef.nullable(),
  reference: z.string().nullable(),
});
export type LastMovement = z.infer<typeof LastMovement>;

/**
 * Amounts of a variance line are signed: a shortage is negative. `costFen` is the catalog's unit cost ×
 * the difference, null when the product has no cost; `valueFen` is at today's prices (weighed pieces: the
 * metal at today's sell rate of their purity, weight × rate rounded half away from zero to the fen per
 * piece; other goods at their price), null when there is no rate or price.
 */
const Valued = {
  costFen: z.number().int().nullable(),
  valueFen: z.number().int().nullable(),
};

const PieceFields = {
  productId: Id,
  sku: z.string(),
  name: z.string(),
  purity: z.enum(PURITY_CODES).nullable(),
  weightMg: z.number().int().positive().nullable(),
};

const Found = { foundAt: PlaceRef, scannedBy: z.string(), scannedAt: Instant };

export const StocktakeReport = z.object({
  stocktake: Stocktake,
  /** The sell rates the report valued gold at (today's, in the store's time zone). */
  rates: z.array(z.object({ purity: z.enum(PURITY_CODES), sellFenPerGram: z.number().int().positive() })),
  /** Pieces expected at the start that left the store while the count ran, unscanned (sold, sent out). */
  leftDuringCount: z.number().int().nonnegative(),
  missing: z.array(
    z.object({ ...PieceFields, place: PlaceRef, lastMovement: LastMovement.nullable(), ...Valued }),
  ),
  wrongPlace: z.array(z.object({ ...PieceFields, ...Found, bookPlace: PlaceRef })),
  soldPresent: z.array(z.object({ ...PieceFields, ...Found, sale: LastMovement.nullable(), ...Valued })),
  notOnBooks: z.array(z.object({ ...PieceFields, ...Found, ...Valued })),
  outOfScope: z.array(z.object({ ...PieceFields, ...Found })),
  unknownCodes: z.array(z.object({ code: z.string(), ...Found })),
  /** Counted goods whose count differs from the books at the moment of counting. */
  quantities: z.array(
    z.object({
      productId: Id,
      sku: z.string(),
      name: z.string(),
      place: PlaceRef,
      book: z.number().int(),
      counted: z.number().int().nonnegative(),
      difference: z.number().int(),
      ...Valued,
    }),
  ),
  /** Counted goods the books hold at a place where nobody counted them: not adjusted. */
  notCounted: z.array(
    z.object({ productId: Id, sku: z.string(), name: z.string(), place: PlaceRef, book: z.number().int() }),
  ),
  /** Gold weighed per purity (over the places weighed) against the tagged pieces' weights on the books. */
  grams: z.array(
    z.object({
      purity: z.enum(PURITY_CODES),
      bookMg: z.number().int().nonnegative(),
      weighedMg: z.number().int().nonnegative(),
      differenceMg: z.number().int(),
      valueFen: z.number().int().nullable(),
    }),
  ),
  totals: z.object({
    shortCostFen: z.number().int().nonnegative(),
    overCostFen: z.number().int().nonnegative(),
    shortValueFen: z.number().int().nonnegative(),
    overValueFen: z.number().int().nonnegative(),
    /** Variance lines whose product has no cost (or value) and are left out of the sums above. */
    withoutCost: z.number().int().nonnegative(),
    withoutValue: z.number().int().nonnegative(),
  }),
  /**
   * The movements posting writes, units per product and place: a wrong place is a −1 and a +1; what is short
   * goes to the written-off goods and a written-off piece found comes back from them.
   */
  adjustments: z.array(z.object({ productId: Id, placeId: Id, quantity: z.number().int() })),
});
export type StocktakeReport = z.infer<typeof StocktakeReport>;

const Ref = z.object({ stocktakeId: Id });
const Reason = withoutCardNumber(z.string().trim().min(2).max(200));

export const stocktakeChannels = {
  'stocktake.start': channel({
    input: z.object({ scope: StocktakeScope }),
    output: Stocktake,
    access: 'stocktake.manage',
    write: true,
  }),
  /** The open count and the latest closed ones, newest first. */
  'stocktake.list': channel({
    input: Empty,
    output: z.array(Stocktake),
    access: 'stocktake.count',
    write: false,
  }),
  'stocktake.scan': channel({
    input: Ref.extend({ placeId: Id, code: withoutCardNumber(z.string().trim().min(1).max(64)) }),
    output: ScanResult,
    access: 'stocktake.count',
    write: true,
    // a scan lost to a power cut is scanned again; its answer must not wait on the disk
    durable: false,
  }),
  /** Counted goods at one place: the quantity found, replacing an earlier count there. */
  'stocktake.count': channel({
    input: Ref.extend({
      placeId: Id,
      productId: Id,
      quantity: z
        .number()
        .int()
        .min(0)
        .max(MAX_QUANTITY * 10),
    }),
    output: z.object({ productId: Id, placeId: Id, quantity: z.number().int().nonnegative() }),
    access: 'stocktake.count',
    write: true,
  }),
  /**
   * The gold of one purity at one place on the scale, replacing an earlier weighing there: the scale's stable
   * reading, taken by the core, or a weight typed by hand.
   */
  'stocktake.weigh': channel({
    input: weighedBy({ ...Ref.shape, placeId: Id, purity: z.enum(PURITY_CODES) }),
    output: z.object({
      placeId: Id,
      purity: z.enum(PURITY_CODES),
      weightMg: z.number().int().nonnegative(),
      source: WeighingSource,
    }),
    access: 'stocktake.count',
    write: true,
  }),
  'stocktake.report': channel({
    input: Ref,
    output: StocktakeReport,
    access: 'stocktake.count',
    write: false,
  }),
  /** Writes the report's adjustments as stock movements (reason 'count') and closes the count. */
  'stocktake.post': channel({
    input: Ref.extend({ reason: Reason }),
    output: z.object({ stocktake: Stocktake, movements: z.number().int().nonnegative() }),
    access: 'stocktake.count',
    write: true,
    approvals: ['stocktake.post'],
  }),
  'stocktake.cancel': channel({
    input: Ref.extend({ reason: Reason }),
    output: Stocktake,
    access: 'stocktake.manage',
    write: true,
  }),
  'stocktake.export': channel({
    input: Ref,
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
    access: 'stocktake.count',
    write: false,
  }),
  /** The variance report on an A4 page, through the print queue. */
  'stocktake.print': channel({ input: Ref, output: PrintJob, access: 'stocktake.count', write: true }),
};
