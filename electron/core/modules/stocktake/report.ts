import type { LastMovement, StocktakeReport } from '../../../../shared/contract/stocktake';
import { businessDay } from '../../../../shared/domain/business-day';
import { PURITY_CODES, type Purity } from '../../../../shared/domain/purity';
import { currentRate } from '../catalog';
import { query, type ReadableDB } from '../../db/statements';
import { PLACE } from '../stock';
import { getStocktake, IN_STORE, keptReport, PIECE_COLUMNS, placesById, type PieceRow } from './repo';
import {
  computeVariances,
  type CountEntry,
  type Holding,
  type PieceScan,
  type ProductFacts,
  type Weighing,
} from './variances';

// Reads what the count recorded and the books now, and hands them to computeVariances.

type ProductRow = [...PieceRow, costFen: number | null, priceFen: number | null];

function productFacts(db: ReadableDB, ids: ReadonlySet<number>): Map<number, ProductFacts> {
  const rows = query(
    db,
    `SELECT ${PIECE_COLUMNS}, cost_fen, price_fen FROM products
     WHERE id IN (SELECT value FROM json_each(?))`,
  )
    .raw(true)
    .all(JSON.stringify([...ids])) as ProductRow[];
  return new Map(
    rows.map(([id, sku, name, serialized, purity, weightMg, costFen, priceFen]) => [
      id,
      { id, sku, name, serialized: serialized === 1, purity, weightMg, costFen, priceFen },
    ]),
  );
}

function lastMovementOf(db: ReadableDB, productId: number): LastMovement | null {
  const row = query(
    db,
    `SELECT m.reason, m.quantity, m.at, sp.id, sp.code, sp.name, m.reference FROM stock_movements m
     JOIN stock_places sp ON sp.id = m.place_id WHERE m.product_id = ? ORDER BY m.id DESC LIMIT 1`,
  )
    .raw(true)
    .get(productId) as [string, number, string, number, string, string, string | null] | undefined;
  if (!row) return null;
  const [reason, quantity, at, id, code, name, reference] = row;
  return { reason, quantity, at, place: { id, code, name }, reference };
}

/** Today's sell rate of each purity that has one (the store's business day). */
function todaysRates(db: ReadableDB, now: Date, timeZone: string): Map<Purity, number> {
  const day = businessDay(now, timeZone);
  const rates = new Map<Purity, number>();
  for (const purity of PURITY_CODES) {
    const rate = currentRate(db, purity, day);
    if (rate) rates.set(purity, rate.sellFenPerGram);
  }
  return rates;
}

export function stocktakeReport(
  db: ReadableDB,
  stocktakeId: number,
  clock: { now: Date; timeZone: string },
): StocktakeReport {
  const { stocktake } = getStocktake(db, stocktakeId);
  if (stocktake.state !== 'open') return { stocktake, ...keptReport(db, stocktakeId) };
  const expected = query(
    db,
    `SELECT product_id AS productId, place_id AS placeId, quantity FROM stocktake_expected WHERE stocktake_id = ?`,
  ).all(stocktakeId) as Holding[];
  const scans = query(
    db,
    `SELECT s.code, s.product_id AS productId, s.place_id AS placeId, s.outcome, s.book_place_id AS bookPlaceId,
            st.name AS staff, s.at
     FROM stocktake_scans s JOIN staff st ON st.id = s.staff_id
     WHERE s.stocktake_id = ? AND s.outcome NOT IN ('duplicate', 'unit') ORDER BY s.id`,
  ).all(stocktakeId) as PieceScan[];
  const counts = query(
    db,
    `SELECT c.product_id AS productId, c.place_id AS placeId, c.quantity, c.book FROM stocktake_counts c
     WHERE c.stocktake_id = ? AND c.id = (
       SELECT max(id) FROM stocktake_counts l
       WHERE l.stocktake_id = c.stocktake_id AND l.product_id = c.product_id AND l.place_id = c.place_id)
     ORDER BY c.id`,
  ).all(stocktakeId) as CountEntry[];
  const weighings = query(
    db,
    `SELECT w.place_id AS placeId, w.purity, w.weight_mg AS weightMg, w.book_mg AS bookMg
     FROM stocktake_weighings w
     WHERE w.stocktake_id = ? AND w.id = (
       SELECT max(id) FROM stocktake_weighings l
       WHERE l.stocktake_id = w.stocktake_id AND l.place_id = w.place_id AND l.purity = w.purity)
     ORDER BY w.id`,
  ).all(stocktakeId) as Weighing[];

  const touched = new Set<number>();
  for (const line of [...expected, ...counts]) touched.add(line.productId);
  for (const line of scans) if (line.productId !== null) touched.add(line.productId);
  const booksNow = (
    query(
      db,
      `SELECT l.product_id AS productId, l.place_id AS placeId, l.quantity FROM stock_levels l
       JOIN stock_places sp ON sp.id = l.place_id WHERE l.quantity <> 0 AND sp.${IN_STORE}`,
    ).all() as Holding[]
  ).filter((holding) => touched.has(holding.productId));

  const elsewhere = query(
    db,
    `SELECT l.product_id, l.place_id FROM stock_levels l JOIN stock_places sp ON sp.id = l.place_id
     WHERE l.quantity > 0 AND sp.kind IN ('supplier', 'writtenOff')`,
  )
    .raw(true)
    .all() as [number, number][];
  const rates = todaysRates(db, clock.now, clock.timeZone);
  const variances = computeVariances({
    products: productFacts(db, touched),
    places: placesById(db),
    rates,
    expected,
    booksNow,
    scans,
    counts,
    weighings,
    lastMovement: (productId) => lastMovementOf(db, productId),
    elsewhereNow: new Map(elsewhere.filter(([productId]) => touched.has(productId))),
    lossPlaceId: PLACE.writtenOff,
  });
  return {
    stocktake,
    rates: [...rates].map(([purity, sellFenPerGram]) => ({ purity, sellFenPerGram })),
    ...variances,
  };
}
