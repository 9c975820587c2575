import type {
  PlaceRef,
  Stocktake,
  StocktakeReport,
  StocktakeScope,
} from '../../../../shared/contract/stocktake';
import type { Purity } from '../../../../shared/domain/purity';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

/** The columns PIECE_COLUMNS reads from a product row, in order, as an array row. */
export type PieceRow = [
  id: number,
  sku: string,
  name: string,
  serialized: number,
  purity: Purity | null,
  weightMg: number | null,
];
export const PIECE_COLUMNS = 'id, sku, name, serialized, purity, weight_mg';

/** Places that hold the store's own goods; the others hold what left it (sold, back to the supplier, written off). */
export const IN_STORE = `kind NOT IN ('sold', 'supplier', 'writtenOff')`;

/** Scans that count a piece (one per piece and count); duplicates and counted goods' units are not these. */
export const PIECE_OUTCOMES = `('counted', 'wrongPlace', 'soldPresent', 'notOnBooks', 'outOfScope')`;

interface StocktakeRow {
  id: number;
  categoryId: number | null;
  category: string | null;
  state: Stocktake['state'];
  movementMark: number;
  startedAt: string;
  startedBy: string;
  expectedPieces: number;
  expectedUnits: number;
  scannedPieces: number;
  closedAt: string | null;
  closedBy: string | null;
  approvedBy: string | null;
  reason: string | null;
}

const SELECT_STOCKTAKE = `
  SELECT t.id, t.category_id AS categoryId, c.name AS category, t.state, t.movement_mark AS movementMark,
         t.started_at AS startedAt, s.name AS startedBy, t.expected_pieces AS expectedPieces,
         t.expected_units AS expectedUnits, t.scanned_pieces AS scannedPieces, t.closed_at AS closedAt,
         cs.name AS closedBy, a.name AS approvedBy, t.reason
  FROM stocktakes t
  JOIN staff s ON s.id = t.started_by
  LEFT JOIN categories c ON c.id = t.category_id
  LEFT JOIN staff cs ON cs.id = t.closed_by
  LEFT JOIN staff a ON a.id = t.approved_by`;

export interface StocktakeRecord {
  stocktake: Stocktake;
  categoryId: number | null;
  movementMark: number;
}

function toRecord(row: StocktakeRow): StocktakeRecord {
  const scope: StocktakeScope =
    row.category === null ? { kind: 'all' } : { kind: 'category', category: row.category };
  return {
    categoryId: row.categoryId,
    movementMark: row.movementMark,
    stocktake: {
      id: row.id,
      scope,
      state: row.state,
      startedAt: row.startedAt,
      startedBy: row.startedBy,
      expectedPieces: row.expectedPieces,
      expectedUnits: row.expectedUnits,
      scannedPieces: row.scannedPieces,
      closedAt: row.closedAt,
      closedBy: row.closedBy,
      approvedBy: row.approvedBy,
      reason: row.reason,
    },
  };
}

export function getStocktake(db: ReadableDB, id: number): StocktakeRecord {
  const row = query(db, `${SELECT_STOCKTAKE} WHERE t.id = ?`).get(id) as StocktakeRow | undefined;
  if (!row) throw new DomainError('STOCKTAKE_NOT_FOUND', { stocktakeId: id });
  return toRecord(row);
}

export function openStocktake(db: ReadableDB, id: number): StocktakeRecord {
  const record = getStocktake(db, id);
  if (record.stocktake.state !== 'open') throw new DomainError('STOCKTAKE_CLOSED', { stocktakeId: id });
  return record;
}

/** The open count, then the latest closed ones. */
export function listStocktakes(db: ReadableDB): Stocktake[] {
  const rows = query(
    db,
    `${SELECT_STOCKTAKE} ORDER BY t.state = 'open' DESC, t.id DESC LIMIT 30`,
  ).all() as StocktakeRow[];
  return rows.map((row) => toRecord(row).stocktake);
}

/**
 * Opens a count and freezes the books in scope: every product held at a place of the store, as of the last
 * movement written. Refused while another count is open.
 */
export function startStocktake(
  db: WritableDB,
  scope: StocktakeScope,
  context: { now: Date; actorId: number },
): StocktakeRecord {
  let categoryId: number | null = null;
  if (scope.kind === 'category') {
    categoryId =
      (query(db, 'SELECT id FROM categories WHERE name = ?').pluck().get(scope.category) as
        number | undefined) ?? null;
    if (categoryId === null)
      throw new DomainError('STOCKTAKE_CATEGORY_UNKNOWN', { category: scope.category });
  }
  const open = query(db, `SELECT id FROM stocktakes WHERE state = 'open'`).pluck().get() as
    number | undefined;
  if (open !== undefined) throw new DomainError('STOCKTAKE_ALREADY_OPEN', { stocktakeId: open });
  const mark = query(db, 'SELECT coalesce(max(id), 0) FROM stock_movements').pluck().get() as number;
  const id = Number(
    statement(
      db,
      `INSERT INTO stocktakes (category_id, state, movement_mark, started_at, started_by)
       VALUES (?, 'open', ?, ?, ?)`,
    ).run(categoryId, mark, context.now.toISOString(), context.actorId).lastInsertRowid,
  );
  statement(
    db,
    `INSERT INTO stocktake_expected (stocktake_id, product_id, place_id, quantity)
     SELECT ?, l.product_id, l.place_id, l.quantity
     FROM stock_levels l
     JOIN stock_places sp ON sp.id = l.place_id
     JOIN products p ON p.id = l.product_id
     WHERE l.quantity <> 0 AND sp.${IN_STORE} AND (? IS NULL OR p.category_id = ?)`,
  ).run(id, categoryId, categoryId);
  const [pieces, units] = query(
    db,
    `SELECT coalesce(sum(p.serialized), 0), coalesce(sum(CASE WHEN p.serialized = 0 THEN e.quantity END), 0)
     FROM stocktake_expected e JOIN products p ON p.id = e.product_id WHERE e.stocktake_id = ?`,
  )
    .raw(true)
    .get(id) as [number, number];
  statement(db, 'UPDATE stocktakes SET expected_pieces = ?, expected_units = ? WHERE id = ?').run(
    pieces,
    units,
    id,
  );
  return getStocktake(db, id);
}

export function closeStocktake(
  db: WritableDB,
  id: number,
  close: {
    state: 'posted' | 'cancelled';
    now: Date;
    actorId: number;
    approverId: number | null;
    reason: string;
    /** The report as it stands when the count closes, kept with it. */
    report: StocktakeReport;
  },
): StocktakeRecord {
  statement(
    db,
    `UPDATE stocktakes SET state = ?, closed_at = ?, closed_by = ?, approved_by = ?, reason = ?, report = ?
     WHERE id = ? AND state = 'open'`,
  ).run(
    close.state,
    close.now.toISOString(),
    close.actorId,
    close.approverId,
    close.reason,
    // the count itself is read afresh: JSON leaves the undefined key out
    JSON.stringify({ ...close.report, stocktake: undefined }),
    id,
  );
  return getStocktake(db, id);
}

/** The report kept when the count closed, without its count. */
export function keptReport(db: ReadableDB, id: number): Omit<StocktakeReport, 'stocktake'> {
  const kept = query(db, 'SELECT report FROM stocktakes WHERE id = ?').pluck().get(id) as string;
  return JSON.parse(kept) as Omit<StocktakeReport, 'stocktake'>;
}

interface PlaceRow extends PlaceRef {
  inStore: number;
  active: number;
}

/** A place a count can find goods at: active and the store's own. */
export function countingPlace(db: ReadableDB, placeId: number): PlaceRef {
  const row = query(
    db,
    `SELECT id, code, name, ${IN_STORE} AS inStore, active FROM stock_places WHERE id = ?`,
  ).get(placeId) as PlaceRow | undefined;
  if (!row) throw new DomainError('STOCKTAKE_PLACE_NOT_COUNTED', { place: String(placeId) });
  if (row.inStore !== 1 || row.active !== 1) {
    throw new DomainError('STOCKTAKE_PLACE_NOT_COUNTED', { place: row.name });
  }
  return { id: row.id, code: row.code, name: row.name };
}

export function placesById(db: ReadableDB): Map<number, PlaceRef> {
  const rows = query(db, 'SELECT id, code, name FROM stock_places').all() as PlaceRef[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** What the books hold of a product at one place now. */
export function levelHere(db: ReadableDB, productId: number, placeId: number): number {
  return (
    (query(db, 'SELECT quantity FROM stock_levels WHERE product_id = ? AND place_id = ?')
      .pluck()
      .get(productId, placeId) as number | undefined) ?? 0
  );
}

/** The latest count of a product at a place in this count, or null before any. */
export function latestCount(
  db: ReadableDB,
  stocktakeId: number,
  productId: number,
  placeId: number,
): number | null {
  return (
    (query(
      db,
      `SELECT quantity FROM stocktake_counts WHERE stocktake_id = ? AND product_id = ? AND place_id = ?
       ORDER BY id DESC LIMIT 1`,
    )
      .pluck()
      .get(stocktakeId, productId, placeId) as number | undefined) ?? null
  );
}

export function insertCount(
  db: WritableDB,
  entry: { stocktakeId: number; productId: number; placeId: number; quantity: number; book: number },
  context: { now: Date; actorId: number },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO stocktake_counts (stocktake_id, product_id, place_id, quantity, book, staff_id, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      entry.stocktakeId,
      entry.productId,
      entry.placeId,
      entry.quantity,
      entry.book,
      context.actorId,
      context.now.toISOString(),
    ).lastInsertRowid,
  );
}
