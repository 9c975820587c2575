import { PURITY_CODES, type Purity } from './purity';

// 点货: a counter's trays counted piece by piece and weighed purity by purity, against what the books put there.

export const TALLY_KINDS = ['open', 'handover', 'close'] as const;
export type TallyKind = (typeof TALLY_KINDS)[number];

/** 0.05 g: what a jewelry scale's last digit and a day's handling may move a purity's total. */
export const DEFAULT_TALLY_TOLERANCE_MG = 50;

/** What the books put in one place of the counter (a tray, or the counter itself). */
export interface ExpectedLine {
  productId: number;
  placeId: number;
  quantity: number;
  purity: Purity | null;
  /** The tag's weight of one unit; null when the piece is weighed only at sale. */
  weightMg: number | null;
  serialized: boolean;
}

/** A scan or a tick, in the order made. */
export interface TallyScan {
  productId: number;
  serialized: boolean;
  purity: Purity | null;
}

export interface TallyInput {
  expected: readonly ExpectedLine[];
  scans: readonly TallyScan[];
  /** The last weighing of each purity, mg. */
  weighings: Partial<Record<Purity, number>>;
  toleranceMg: number;
}

export interface LineCount {
  productId: number;
  placeId: number;
  expected: number;
  counted: number;
}

export interface ProductCount {
  productId: number;
  quantity: number;
}

/**
 * pending: not weighed yet · within / beyond: the difference against the tolerance · unknown: some piece of
 * the purity has no tag weight, so the books cannot say what the purity should weigh.
 */
export type PurityStatus = 'pending' | 'within' | 'beyond' | 'unknown';

export interface PurityCount {
  purity: Purity;
  expectedPieces: number;
  expectedMg: number;
  /** Expected pieces of the purity without a tag weight (left out of expectedMg). */
  untaggedPieces: number;
  countedMg: number | null;
  /** Counted − expected; null until weighed. */
  differenceMg: number | null;
  status: PurityStatus;
}

export interface TallyComparison {
  lines: LineCount[];
  /** Booked here and not (or not all) counted: one row per place, the quantity short. */
  missing: (ProductCount & { placeId: number })[];
  /** Counted and not booked here, or more of a good than booked. */
  unexpected: ProductCount[];
  /** A piece (serialized) scanned more than once: counted once, the scans said. */
  duplicates: { productId: number; scans: number }[];
  purities: PurityCount[];
  expectedPieces: number;
  countedPieces: number;
  /** Some purity has not been weighed. */
  weighingPending: boolean;
  /** Missing, unexpected or a purity beyond tolerance: the count is flagged for the manager. */
  differences: boolean;
}

/**
 * Compares a count with the books. A piece counts once however often it is scanned (the repeats are listed);
 * a counted good counts each scan. Each purity's weighed total is held against the tag weights of what the
 * books put on the counter, as the store's own book is kept (件数 and 克重 per tray): a missing piece is
 * short in pieces and in grams.
 */
export function compareTally(input: TallyInput): TallyComparison {
  const scanned = new Map<number, { scans: number; serialized: boolean; purity: Purity | null }>();
  for (const scan of input.scans) {
    const seen = scanned.get(scan.productId);
    if (seen) seen.scans += 1;
    else scanned.set(scan.productId, { scans: 1, serialized: scan.serialized, purity: scan.purity });
  }
  const countedOf = (productId: number): number => {
    const seen = scanned.get(productId);
    if (!seen) return 0;
    return seen.serialized ? 1 : seen.scans;
  };

  // a good booked to two trays: what was counted fills its places in the order of the books
  const left = new Map<number, number>();
  const lines: LineCount[] = [];
  const missing: TallyComparison['missing'] = [];
  for (const line of input.expected) {
    const available = left.get(line.productId) ?? countedOf(line.productId);
    const counted = Math.min(available, line.quantity);
    left.set(line.productId, available - counted);
    lines.push({ productId: line.productId, placeId: line.placeId, expected: line.quantity, counted });
    if (counted < line.quantity) {
      missing.push({ productId: line.productId, placeId: line.placeId, quantity: line.quantity - counted });
    }
  }
  const unexpected: ProductCount[] = [];
  for (const productId of scanned.keys()) {
    const over = left.get(productId) ?? countedOf(productId);
    if (over > 0) unexpected.push({ productId, quantity: over });
  }
  const duplicates = [...scanned]
    .filter(([, seen]) => seen.serialized && seen.scans > 1)
    .map(([productId, seen]) => ({ productId, scans: seen.scans }));

  const purities = purityCounts(input, scanned);
  const expectedPieces = lines.reduce((sum, line) => sum + line.expected, 0);
  const countedPieces = [...scanned.keys()].reduce((sum, id) => sum + countedOf(id), 0);
  return {
    lines,
    missing,
    unexpected,
    duplicates,
    purities,
    expectedPieces,
    countedPieces,
    weighingPending: purities.some((p) => p.status === 'pending'),
    differences: missing.length > 0 || unexpected.length > 0 || purities.some((p) => p.status === 'beyond'),
  };
}

/** Every purity booked, scanned or weighed, in the catalog's order of purities. */
function purityCounts(
  input: TallyInput,
  scanned: ReadonlyMap<number, { purity: Purity | null }>,
): PurityCount[] {
  const books = new Map<Purity, { pieces: number; mg: number; untagged: number }>();
  const touch = (purity: Purity) => {
    let entry = books.get(purity);
    if (!entry) books.set(purity, (entry = { pieces: 0, mg: 0, untagged: 0 }));
    return entry;
  };
  for (const line of input.expected) {
    if (line.purity === null) continue;
    const entry = touch(line.purity);
    entry.pieces += line.quantity;
    if (line.weightMg === null) entry.untagged += line.quantity;
    else entry.mg += line.weightMg * line.quantity;
  }
  for (const seen of scanned.values()) if (seen.purity !== null) touch(seen.purity);
  for (const purity of Object.keys(input.weighings) as Purity[]) touch(purity);

  return PURITY_CODES.flatMap((purity) => {
    const entry = books.get(purity);
    if (!entry) return [];
    const countedMg = input.weighings[purity] ?? null;
    const differenceMg = countedMg === null ? null : countedMg - entry.mg;
    let status: PurityStatus;
    if (differenceMg === null) status = 'pending';
    else if (entry.untagged > 0) status = 'unknown';
    else status = Math.abs(differenceMg) <= input.toleranceMg ? 'within' : 'beyond';
    return [
      {
        purity,
        expectedPieces: entry.pieces,
        expectedMg: entry.mg,
        untaggedPieces: entry.untagged,
        countedMg,
        differenceMg,
        status,
      },
    ];
  });
}
