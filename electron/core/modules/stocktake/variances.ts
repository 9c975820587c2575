import type { LastMovement, PlaceRef, StocktakeReport } from '../../../../shared/contract/stocktake';
import { divideRounded, MG_PER_GRAM } from '../../../../shared/domain/money';
import type { Purity } from '../../../../shared/domain/purity';

// The variance report worked out from what the count recorded, with no database: the books frozen at the
// start, each scan with where the books had its piece at that moment, each count and weighing with what the
// books held at that moment, and the books now. Unit tests work its figures by hand.

export interface ProductFacts {
  id: number;
  sku: string;
  name: string;
  serialized: boolean;
  purity: Purity | null;
  weightMg: number | null;
  costFen: number | null;
  priceFen: number | null;
}

export interface Holding {
  productId: number;
  placeId: number;
  quantity: number;
}

export interface PieceScan {
  code: string;
  productId: number | null;
  placeId: number;
  outcome: 'counted' | 'wrongPlace' | 'soldPresent' | 'notOnBooks' | 'outOfScope' | 'unknown';
  bookPlaceId: number | null;
  staff: string;
  at: string;
}

export interface CountEntry {
  productId: number;
  placeId: number;
  quantity: number;
  /** What the books held there when it was counted. */
  book: number;
}

export interface Weighing {
  placeId: number;
  purity: Purity;
  weightMg: number;
  bookMg: number;
}

export interface VarianceInput {
  products: ReadonlyMap<number, ProductFacts>;
  places: ReadonlyMap<number, PlaceRef>;
  /** Today's sell rate of each purity, fen per gram. */
  rates: ReadonlyMap<Purity, number>;
  /** The books in scope at the start, at the store's places. */
  expected: readonly Holding[];
  /** The books now, at the store's places, of every product the count touched. */
  booksNow: readonly Holding[];
  /** Each piece's counting scan (not its duplicates), unknown codes and counted goods' scans left out. */
  scans: readonly PieceScan[];
  /** The latest count of each product at each place. */
  counts: readonly CountEntry[];
  /** The latest weighing of each purity at each place. */
  weighings: readonly Weighing[];
  /** A piece's last stock movement, asked only for the pieces the report lists with theirs. */
  lastMovement: (productId: number) => LastMovement | null;
  /** Pieces the books hold outside the store but not sold (written off, back at the supplier), by product. */
  elsewhereNow: ReadonlyMap<number, number>;
  /**
   * Where what is short goes and what was written off comes back from: the written-off goods, so a piece is
   * always in one place, never nowhere.
   */
  lossPlaceId: number;
}

export type Variances = Omit<StocktakeReport, 'stocktake' | 'rates'>;

/** One unit's value at today's prices: a weighed piece's metal at today's rate, other goods at their price. */
export function unitValueFen(product: ProductFacts, rates: ReadonlyMap<Purity, number>): number | null {
  if (product.purity === null) return product.priceFen;
  const rate = rates.get(product.purity);
  if (rate === undefined || product.weightMg === null) return null;
  return divideRounded(BigInt(product.weightMg) * BigInt(rate), MG_PER_GRAM);
}

const key = (productId: number, placeId: number): string => `${productId}:${placeId}`;

export function computeVariances(input: VarianceInput): Variances {
  const { products, places, rates } = input;
  const product = (id: number): ProductFacts => {
    const found = products.get(id);
    if (!found) throw new Error(`product ${id} missing from the variance input`);
    return found;
  };
  const place = (id: number): PlaceRef => {
    const found = places.get(id);
    if (!found) throw new Error(`place ${id} missing from the variance input`);
    return found;
  };
  const valued = (facts: ProductFacts, difference: number) => {
    const value = unitValueFen(facts, rates);
    return {
      costFen: facts.costFen === null ? null : facts.costFen * difference,
      valueFen: value === null ? null : value * difference,
    };
  };
  const pieceFields = (facts: ProductFacts) => ({
    productId: facts.id,
    sku: facts.sku,
    name: facts.name,
    purity: facts.purity,
    weightMg: facts.weightMg,
  });

  const now = new Map<string, number>();
  const inStoreNow = new Map<number, number>();
  for (const holding of input.booksNow) {
    now.set(key(holding.productId, holding.placeId), holding.quantity);
    if (holding.quantity > 0) inStoreNow.set(holding.productId, holding.placeId);
  }
  const adjustments = new Map<string, { productId: number; placeId: number; quantity: number }>();
  const adjust = (productId: number, placeId: number, quantity: number): void => {
    const k = key(productId, placeId);
    const line = adjustments.get(k) ?? { productId, placeId, quantity: 0 };
    line.quantity += quantity;
    adjustments.set(k, line);
  };

  const report: Variances = {
    leftDuringCount: 0,
    missing: [],
    wrongPlace: [],
    soldPresent: [],
    notOnBooks: [],
    outOfScope: [],
    unknownCodes: [],
    quantities: [],
    notCounted: [],
    grams: [],
    totals: {
      shortCostFen: 0,
      overCostFen: 0,
      shortValueFen: 0,
      overValueFen: 0,
      withoutCost: 0,
      withoutValue: 0,
    },
    adjustments: [],
  };

  const scanned = new Set<number>();
  for (const scan of input.scans) {
    const found = { foundAt: place(scan.placeId), scannedBy: scan.staff, scannedAt: scan.at };
    if (scan.productId === null) {
      report.unknownCodes.push({ code: scan.code, ...found });
      continue;
    }
    scanned.add(scan.productId);
    const facts = product(scan.productId);
    switch (scan.outcome) {
      case 'wrongPlace': {
        const bookPlaceId = scan.bookPlaceId as number;
        report.wrongPlace.push({ ...pieceFields(facts), ...found, bookPlace: place(bookPlaceId) });
        // moved on the books to where it was found, unless the books have moved it since the scan
        if (inStoreNow.get(facts.id) === bookPlaceId) {
          adjust(facts.id, bookPlaceId, -1);
          adjust(facts.id, scan.placeId, 1);
        }
        break;
      }
      case 'soldPresent':
        report.soldPresent.push({
          ...pieceFields(facts),
          ...found,
          sale: input.lastMovement(facts.id),
          ...valued(facts, 1),
        });
        break;
      case 'notOnBooks':
        report.notOnBooks.push({ ...pieceFields(facts), ...found, ...valued(facts, 1) });
        if (!inStoreNow.has(facts.id)) {
          const from = input.elsewhereNow.get(facts.id);
          if (from !== undefined) adjust(facts.id, from, -1);
          adjust(facts.id, scan.placeId, 1);
        }
        break;
      case 'outOfScope':
        report.outOfScope.push({ ...pieceFields(facts), ...found });
        break;
      default:
        break;
    }
  }

  const counted = new Set(input.counts.map((entry) => key(entry.productId, entry.placeId)));
  const listedUncounted = new Set<string>();
  for (const holding of input.expected) {
    const facts = product(holding.productId);
    if (facts.serialized) {
      if (scanned.has(facts.id)) continue;
      const placeId = inStoreNow.get(facts.id);
      if (placeId === undefined) {
        report.leftDuringCount += 1;
        continue;
      }
      report.missing.push({
        ...pieceFields(facts),
        place: place(placeId),
        lastMovement: input.lastMovement(facts.id),
        ...valued(facts, -1),
      });
      adjust(facts.id, placeId, -1);
      adjust(facts.id, input.lossPlaceId, 1);
      continue;
    }
    const k = key(holding.productId, holding.placeId);
    const book = now.get(k) ?? 0;
    if (counted.has(k) || listedUncounted.has(k) || book === 0) continue;
    listedUncounted.add(k);
    report.notCounted.push({
      productId: facts.id,
      sku: facts.sku,
      name: facts.name,
      place: place(holding.placeId),
      book,
    });
  }

  for (const entry of input.counts) {
    const difference = entry.quantity - entry.book;
    if (difference === 0) continue;
    const facts = product(entry.productId);
    report.quantities.push({
      productId: facts.id,
      sku: facts.sku,
      name: facts.name,
      place: place(entry.placeId),
      book: entry.book,
      counted: entry.quantity,
      difference,
      ...valued(facts, difference),
    });
    adjust(facts.id, entry.placeId, difference);
    if (difference < 0) adjust(facts.id, input.lossPlaceId, -difference);
  }

  const grams = new Map<Purity, { bookMg: number; weighedMg: number }>();
  for (const weighing of input.weighings) {
    const line = grams.get(weighing.purity) ?? { bookMg: 0, weighedMg: 0 };
    line.bookMg += weighing.bookMg;
    line.weighedMg += weighing.weightMg;
    grams.set(weighing.purity, line);
  }
  for (const [purity, line] of grams) {
    const differenceMg = line.weighedMg - line.bookMg;
    const rate = rates.get(purity);
    report.grams.push({
      purity,
      ...line,
      differenceMg,
      valueFen: rate === undefined ? null : divideRounded(BigInt(differenceMg) * BigInt(rate), MG_PER_GRAM),
    });
  }

  // the money at stake: shortages and surpluses of pieces and counts (a wrong place moves nothing in or out;
  // a sold piece still present is the buyer's; the gram check weighs the same pieces again)
  const totals = report.totals;
  for (const line of [...report.missing, ...report.notOnBooks, ...report.quantities]) {
    if (line.costFen === null) totals.withoutCost += 1;
    else if (line.costFen < 0) totals.shortCostFen -= line.costFen;
    else totals.overCostFen += line.costFen;
    if (line.valueFen === null) totals.withoutValue += 1;
    else if (line.valueFen < 0) totals.shortValueFen -= line.valueFen;
    else totals.overValueFen += line.valueFen;
  }

  const byPlace = (a: { sku: string }, b: { sku: string }) => a.sku.localeCompare(b.sku);
  report.missing.sort((a, b) => a.place.code.localeCompare(b.place.code) || byPlace(a, b));
  report.quantities.sort((a, b) => a.place.code.localeCompare(b.place.code) || byPlace(a, b));
  report.notCounted.sort((a, b) => a.place.code.localeCompare(b.place.code) || byPlace(a, b));
  report.grams.sort((a, b) => a.purity.localeCompare(b.purity));
  report.adjustments = [...adjustments.values()]
    .filter((line) => line.quantity !== 0)
    .sort((a, b) => a.productId - b.productId || a.placeId - b.placeId);
  return report;
}
