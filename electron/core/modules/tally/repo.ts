import type { Purity } from '../../../../shared/domain/purity';
import type { TallyKind } from '../../../../shared/domain/tally';
import type { Tally, TallyPlace, TallyStatus } from '../../../../shared/contract/tally';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

// The places and levels are the stock module's tables, read here in one join each: a scan answers with
// the whole comparison, so it must not ask the stock module place by place. \`quantity <> 0\` is written out
// so the levels are read through their partial index by place, not scanned whole.

const PLACE = `p.id, p.code, p.name, p.kind, (SELECT name FROM stock_places WHERE id = p.parent_id) AS parentName`;

export function findPlace(db: ReadableDB, id: number): TallyPlace | undefined {
  return query(db, `SELECT ${PLACE} FROM stock_places p WHERE p.id = ?`).get(id) as TallyPlace | undefined;
}

/** The counter first, then its active trays by code. */
export function placesOfCounter(db: ReadableDB, counterId: number): TallyPlace[] {
  return query(
    db,
    `SELECT ${PLACE} FROM stock_places p
     WHERE p.id = ? OR (p.parent_id = ? AND p.active = 1)
     ORDER BY p.parent_id IS NOT NULL, p.code`,
  ).all(counterId, counterId) as TallyPlace[];
}

export function listCounters(db: ReadableDB): (TallyPlace & { trays: number; pieces: number })[] {
  return query(
    db,
    `SELECT ${PLACE},
       (SELECT count(*) FROM stock_places t WHERE t.parent_id = p.id AND t.active = 1) AS trays,
       (SELECT coalesce(sum(l.quantity), 0) FROM stock_places c JOIN stock_levels l ON l.place_id = c.id
        WHERE (c.id = p.id OR c.parent_id = p.id) AND l.quantity <> 0 AND l.quantity > 0) AS pieces
     FROM stock_places p WHERE p.kind = 'counter' AND p.active = 1 ORDER BY p.code`,
  ).all() as (TallyPlace & { trays: number; pieces: number })[];
}

export interface GoodRow {
  productId: number;
  sku: string;
  name: string;
  purity: Purity | null;
  weightMg: number | null;
  serialized: boolean;
}

const GOOD = `pr.id AS productId, pr.sku, pr.name, pr.purity, pr.weight_mg AS weightMg, pr.serialized`;

function good<T extends { serialized: number | boolean }>(row: T): T & { serialized: boolean } {
  return { ...row, serialized: row.serialized === 1 || row.serialized === true };
}

/** What the books put in the counter and its trays now. */
export function bookedAt(
  db: ReadableDB,
  counterId: number,
): (GoodRow & { placeId: number; quantity: number })[] {
  const rows = query(
    db,
    `SELECT ${GOOD}, l.place_id AS placeId, l.quantity
     FROM stock_places p
       JOIN stock_levels l ON l.place_id = p.id AND l.quantity <> 0
       JOIN products pr ON pr.id = l.product_id
     WHERE (p.id = ? OR p.parent_id = ?) AND l.quantity > 0
     ORDER BY l.place_id, pr.sku`,
  ).all(counterId, counterId) as (GoodRow & { placeId: number; quantity: number; serialized: number })[];
  return rows.map(good);
}

/** Where the books put a good now: every place holding some of it. */
export function whereIs(db: ReadableDB, productId: number): TallyPlace[] {
  return query(
    db,
    `SELECT ${PLACE} FROM stock_levels l JOIN stock_places p ON p.id = l.place_id
     WHERE l.product_id = ? AND l.quantity > 0 ORDER BY p.code`,
  ).all(productId) as TallyPlace[];
}

export interface TallyRow {
  id: number;
  counterId: number;
  kind: TallyKind;
  status: TallyStatus;
  toleranceMg: number;
  startedAt: string;
  startedBy: number;
  result: string | null;
}

const TALLY = `id, counter_id AS counterId, kind, status, tolerance_mg AS toleranceMg, started_at AS startedAt,
  started_by AS startedBy, result`;

export function getTally(db: ReadableDB, id: number): TallyRow {
  const row = query(db, `SELECT ${TALLY} FROM tallies WHERE id = ?`).get(id) as TallyRow | undefined;
  if (!row) throw new DomainError('TALLY_NOT_FOUND', { tallyId: id });
  return row;
}

export function runningAt(db: ReadableDB, counterId: number): TallyRow | undefined {
  return query(db, `SELECT ${TALLY} FROM tallies WHERE counter_id = ? AND status = 'counting'`).get(
    counterId,
  ) as TallyRow | undefined;
}

export function insertTally(
  db: WritableDB,
  row: { counterId: number; kind: TallyKind; toleranceMg: number; at: string; by: number },
): number {
  return Number(
    statement(
      db,
      `INSERT INTO tallies (counter_id, kind, status, tolerance_mg, started_at, started_by)
       VALUES (?, ?, 'counting', ?, ?, ?)`,
    ).run(row.counterId, row.kind, row.toleranceMg, row.at, row.by).lastInsertRowid,
  );
}

/** Ends a count with its record; only a running one (the WHERE keeps an ended count as it was). */
export function endTally(
  db: WritableDB,
  id: number,
  end: {
    status: TallyStatus;
    at: string;
    by: number;
    secondStaffId: number | null;
    note: string | null;
    result: Tally;
  },
): void {
  statement(
    db,
    `UPDATE tallies SET status = ?, finished_at = ?, finished_by = ?, second_staff_id = ?, note = ?, result = ?
     WHERE id = ? AND status = 'counting'`,
  ).run(end.status, end.at, end.by, end.secondStaffId, end.note, JSON.stringify(end.result), id);
}

export function insertScan(
  db: WritableDB,
  scan: { tallyId: number; productId: number; code: string | null; at: string; by: number },
): void {
  statement(db, 'INSERT INTO tally_scans (tally_id, product_id, code, at, by) VALUES (?, ?, ?, ?, ?)').run(
    scan.tallyId,
    scan.productId,
    scan.code,
    scan.at,
    scan.by,
  );
}

export function scansOf(db: ReadableDB, tallyId: number, productId: number): number {
  return query(db, 'SELECT count(*) FROM tally_scans WHERE tally_id = ? AND product_id = ?')
    .pluck()
    .get(tallyId, productId) as number;
}

/** Each good scanned in a count, in the order first scanned, with how often. */
export function scannedIn(db: ReadableDB, tallyId: number): (GoodRow & { scans: number })[] {
  const rows = query(
    db,
    `SELECT ${GOOD}, s.scans FROM (
       SELECT product_id, count(*) AS scans, min(id) AS first FROM tally_scans WHERE tally_id = ? GROUP BY product_id
     ) s JOIN products pr ON pr.id = s.product_id ORDER BY s.first`,
  ).all(tallyId) as (GoodRow & { scans: number; serialized: number })[];
  return rows.map(good);
}

export function insertWeighing(
  db: WritableDB,
  weighing: {
    tallyId: number;
    purity: Purity;
    weightMg: number;
    source: 'scale' | 'typed';
    at: string;
    by: number;
  },
): void {
  statement(
    db,
    'INSERT INTO tally_weighings (tally_id, purity, weight_mg, source, at, by) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(weighing.tallyId, weighing.purity, weighing.weightMg, weighing.source, weighing.at, weighing.by);
}

/** The latest weighing of each purity. */
export function weighingsOf(
  db: ReadableDB,
  tallyId: number,
): { purity: Purity; weightMg: number; source: 'scale' | 'typed' }[] {
  return query(
    db,
    `SELECT purity, weight_mg AS weightMg, source FROM tally_weighings w
     WHERE tally_id = ? AND id = (SELECT max(id) FROM tally_weighings WHERE tally_id = w.tally_id AND purity = w.purity)`,
  ).all(tallyId) as { purity: Purity; weightMg: number; source: 'scale' | 'typed' }[];
}

export function listTallies(
  db: ReadableDB,
  filter: { status: TallyStatus | null; counterId: number | null; limit: number },
): TallyRow[] {
  return query(
    db,
    `SELECT ${TALLY} FROM tallies
     WHERE (@status IS NULL OR status = @status) AND (@counterId IS NULL OR counter_id = @counterId)
     ORDER BY id DESC LIMIT @limit`,
  ).all(filter) as TallyRow[];
}
