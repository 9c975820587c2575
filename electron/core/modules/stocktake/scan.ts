import type { PlaceRef, ScanOutcome, ScanResult } from '../../../../shared/contract/stocktake';
import { actorOf, type HandlerContext } from '../../router/context';
import { query, statement, type ReadableDB } from '../../db/statements';
import {
  countingPlace,
  IN_STORE,
  insertCount,
  latestCount,
  levelHere,
  openStocktake,
  PIECE_COLUMNS,
  PIECE_OUTCOMES,
  type PieceRow,
} from './repo';

// The scan during a count (under 5 ms with 100,000 pieces, timed by `npm run bench`): a handful of lookups
// by key, each a cached statement read as an array: the code through the barcodes' primary key, where the
// books have the piece now through stock_levels' (product, place) key, the piece's earlier scan through the
// scans' unique (count, product) index; then one scan row and the count's running total.

type ProductRow = [...PieceRow, categoryId: number | null];

const PRODUCT_BY_CODE = `SELECT ${PIECE_COLUMNS}, category_id FROM products
  WHERE id = coalesce((SELECT product_id FROM barcodes WHERE code = ?), (SELECT id FROM products WHERE sku = ?))`;

/** The store's place holding the piece on the books (a piece is in one place); null when none does. */
const BOOK_PLACE = `SELECT l.place_id FROM stock_levels l JOIN stock_places sp ON sp.id = l.place_id
  WHERE l.product_id = ? AND l.quantity > 0 AND sp.${IN_STORE} LIMIT 1`;

const SOLD = `SELECT 1 FROM stock_levels l JOIN stock_places sp ON sp.id = l.place_id
  WHERE l.product_id = ? AND l.quantity > 0 AND sp.kind = 'sold' LIMIT 1`;

const EARLIER = `SELECT sp.id, sp.code, sp.name, st.name, s.at FROM stocktake_scans s
  JOIN stock_places sp ON sp.id = s.place_id JOIN staff st ON st.id = s.staff_id
  WHERE s.stocktake_id = ? AND s.product_id = ? AND s.outcome IN ${PIECE_OUTCOMES}`;

const PLACE = 'SELECT id, code, name FROM stock_places WHERE id = ?';

function placeRef(db: ReadableDB, id: number): PlaceRef {
  return query(db, PLACE).get(id) as PlaceRef;
}

function pieceOutcome(db: ReadableDB, productId: number, placeId: number): [ScanOutcome, number | null] {
  const bookPlace = query(db, BOOK_PLACE).pluck().get(productId) as number | undefined;
  if (bookPlace === placeId) return ['counted', bookPlace];
  if (bookPlace !== undefined) return ['wrongPlace', bookPlace];
  return [query(db, SOLD).get(productId) === undefined ? 'notOnBooks' : 'soldPresent', null];
}

export function scan(
  ctx: HandlerContext,
  input: { stocktakeId: number; placeId: number; code: string },
): ScanResult {
  const { db, now } = ctx;
  const actor = actorOf(ctx);
  const { stocktake, categoryId } = openStocktake(db, input.stocktakeId);
  const place = countingPlace(db, input.placeId);
  const row = query(db, PRODUCT_BY_CODE).raw(true).get(input.code, input.code) as ProductRow | undefined;

  let outcome: ScanOutcome;
  let bookPlaceId: number | null = null;
  let earlier: ScanResult['earlier'] = null;
  let unitsHere: number | null = null;
  if (!row) outcome = 'unknown';
  else {
    const [productId, , , serialized, , , productCategory] = row;
    const before = query(db, EARLIER).raw(true).get(stocktake.id, productId) as
      [number, string, string, string, string] | undefined;
    if (before) {
      outcome = 'duplicate';
      const [id, code, name, staff, at] = before;
      earlier = { place: { id, code, name }, staff, at };
    } else if (categoryId !== null && productCategory !== categoryId) outcome = 'outOfScope';
    else if (serialized === 1) [outcome, bookPlaceId] = pieceOutcome(db, productId, place.id);
    else {
      // counted goods scanned one by one: each scan is one more unit at this place
      outcome = 'unit';
      unitsHere = (latestCount(db, stocktake.id, productId, place.id) ?? 0) + 1;
      insertCount(
        db,
        {
          stocktakeId: stocktake.id,
          productId,
          placeId: place.id,
          quantity: unitsHere,
          book: levelHere(db, productId, place.id),
        },
        { now, actorId: actor.id },
      );
    }
  }

  const scanId = Number(
    statement(
      db,
      `INSERT INTO stocktake_scans (stocktake_id, code, product_id, place_id, outcome, book_place_id, staff_id, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      stocktake.id,
      input.code,
      row ? row[0] : null,
      place.id,
      outcome,
      bookPlaceId,
      actor.id,
      now.toISOString(),
    ).lastInsertRowid,
  );
  const counts = outcome !== 'unknown' && outcome !== 'duplicate' && outcome !== 'unit';
  if (counts)
    statement(db, 'UPDATE stocktakes SET scanned_pieces = scanned_pieces + 1 WHERE id = ?').run(stocktake.id);
  ctx.journal('stocktake.scanned', {
    stocktakeId: stocktake.id,
    scanId,
    code: input.code,
    productId: row ? row[0] : null,
    placeId: place.id,
    outcome,
    bookPlaceId,
    ...(unitsHere === null ? {} : { unitsHere }),
  });
  return {
    scanId,
    outcome,
    product: row ? { id: row[0], sku: row[1], name: row[2], purity: row[4], weightMg: row[5] } : null,
    bookPlace: bookPlaceId === null ? null : placeRef(db, bookPlaceId),
    earlier,
    unitsHere,
    scannedPieces: stocktake.scannedPieces + (counts ? 1 : 0),
  };
}
