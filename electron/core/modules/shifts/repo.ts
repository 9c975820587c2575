import type { DenominationCount, Shift } from '../../../../shared/contract/shifts';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

// Shifts as stored: the shift row, its counts by denomination and its cash movements. Rows are only added;
// the shift row changes while open (holder, close) and is locked by migration 0005's triggers once closed.

export interface ShiftRow {
  id: number;
  terminalId: string;
  businessDay: string;
  openedAt: string;
  closedAt: string | null;
  floatFen: number;
  previousLeftInFen: number | null;
  leftInFen: number | null;
}

const SHIFT_ROW = `SELECT id, terminal_id AS terminalId, business_day AS businessDay, opened_at AS openedAt,
  closed_at AS closedAt, float_fen AS floatFen, previous_left_in_fen AS previousLeftInFen,
  left_in_fen AS leftInFen FROM shifts`;

/** Built once: every sale asks for it, and the statement cache is keyed by the text. */
const OPEN_SHIFT = `${SHIFT_ROW} WHERE terminal_id = ? AND closed_at IS NULL`;

export function findOpenShift(db: ReadableDB, terminalId: string): ShiftRow | undefined {
  return query(db, OPEN_SHIFT).get(terminalId) as ShiftRow | undefined;
}

/** This terminal's open shift in one statement: every sale, void and repair payment asks for it. */
const OPEN_SHIFT_HERE = `${SHIFT_ROW} WHERE terminal_id = (SELECT terminal_id FROM terminal) AND closed_at IS NULL`;

export function findOpenShiftHere(db: ReadableDB): ShiftRow | undefined {
  return query(db, OPEN_SHIFT_HERE).get() as ShiftRow | undefined;
}

/** A shift of any terminal still open from a business day before `day`. */
export function openShiftBefore(db: ReadableDB, day: string): ShiftRow | undefined {
  return query(db, `${SHIFT_ROW} WHERE closed_at IS NULL AND business_day < ? LIMIT 1`).get(day) as
    ShiftRow | undefined;
}

export function findShiftRow(db: ReadableDB, id: number): ShiftRow | undefined {
  return query(db, `${SHIFT_ROW} WHERE id = ?`).get(id) as ShiftRow | undefined;
}

/** The terminal's last closed shift: its left-in is the next float's reference. */
export function lastClosedShift(db: ReadableDB, terminalId: string): ShiftRow | undefined {
  return query(
    db,
    `${SHIFT_ROW} WHERE terminal_id = ? AND closed_at IS NOT NULL ORDER BY id DESC LIMIT 1`,
  ).get(terminalId) as ShiftRow | undefined;
}

export interface NewShift {
  terminalId: string;
  businessDay: string;
  openedAt: string;
  openedBy: number;
  floatFen: number;
  previousLeftInFen: number | null;
}

export function insertShift(db: WritableDB, shift: NewShift): number {
  return Number(
    statement(
      db,
      `INSERT INTO shifts (terminal_id, business_day, opened_at, opened_by, holder_id, float_fen, previous_left_in_fen)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      shift.terminalId,
      shift.businessDay,
      shift.openedAt,
      shift.openedBy,
      shift.openedBy,
      shift.floatFen,
      shift.previousLeftInFen,
    ).lastInsertRowid,
  );
}

export interface NewCount {
  shiftId: number;
  kind: 'opening' | 'midday' | 'handover' | 'close';
  at: string;
  countedBy: number;
  counts: readonly DenominationCount[];
  cashFen: number;
  expectedCashFen: number | null;
  note: string | null;
}

/** A count and its denominations; the ones counted as none are not stored. */
export function insertCount(db: WritableDB, count: NewCount): number {
  const id = Number(
    statement(
      db,
      `INSERT INTO shift_counts (shift_id, kind, at, counted_by, cash_fen, expected_cash_fen, note)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      count.shiftId,
      count.kind,
      count.at,
      count.countedBy,
      count.cashFen,
      count.expectedCashFen,
      count.note,
    ).lastInsertRowid,
  );
  const denomination = statement(
    db,
    'INSERT INTO shift_count_denominations (count_id, denomination_fen, quantity) VALUES (?, ?, ?)',
  );
  for (const { denominationFen, quantity } of count.counts) {
    if (quantity > 0) denomination.run(id, denominationFen, quantity);
  }
  return id;
}

interface ShiftViewRow {
  id: number;
  terminal_id: string;
  business_day: string;
  opened_at: string;
  opened_by: number;
  opened_by_name: string;
  opened_by_role: Shift['openedBy']['role'];
  holder_id: number;
  holder_name: string;
  holder_role: Shift['holder']['role'];
  float_fen: number;
  previous_left_in_fen: number | null;
  closed_at: string | null;
  closed_by: number | null;
  closed_by_name: string | null;
  closed_by_role: Shift['holder']['role'] | null;
}

export function getShift(db: ReadableDB, id: number): Shift {
  const row = query(
    db,
    `SELECT s.id, s.terminal_id, s.business_day, s.opened_at, s.opened_by, o.name AS opened_by_name,
            o.role AS opened_by_role, s.holder_id, h.name AS holder_name, h.role AS holder_role, s.float_fen,
            s.previous_left_in_fen, s.closed_at, s.closed_by, c.name AS closed_by_name, c.role AS closed_by_role
     FROM shifts s
     JOIN staff o ON o.id = s.opened_by
     JOIN staff h ON h.id = s.holder_id
     LEFT JOIN staff c ON c.id = s.closed_by
     WHERE s.id = ?`,
  ).get(id) as ShiftViewRow | undefined;
  if (!row) throw new DomainError('SHIFT_NOT_FOUND', { shiftId: id });
  return {
    id: row.id,
    terminalId: row.terminal_id,
    businessDay: row.business_day,
    state: row.closed_at === null ? 'open' : 'closed',
    openedAt: row.opened_at,
    openedBy: { id: row.opened_by, name: row.opened_by_name, role: row.opened_by_role },
    holder: { id: row.holder_id, name: row.holder_name, role: row.holder_role },
    floatFen: row.float_fen,
    previousLeftInFen: row.previous_left_in_fen,
    floatDifferenceFen: row.previous_left_in_fen === null ? null : row.float_fen - row.previous_left_in_fen,
    closedAt: row.closed_at,
    closedBy:
      row.closed_by === null
        ? null
        : {
            id: row.closed_by,
            name: row.closed_by_name as string,
            role: row.closed_by_role as Shift['holder']['role'],
          },
  };
}

export interface NewShiftEvent {
  shiftId: number;
  kind: 'paidIn' | 'paidOut' | 'safeDrop' | 'noSale' | 'handover';
  amountFen: number;
  reason: string | null;
  note: string | null;
  countId: number | null;
  toStaffId: number | null;
  at: string;
  actorId: number;
  approverId: number | null;
}

export function insertShiftEvent(db: WritableDB, event: NewShiftEvent): number {
  return Number(
    statement(
      db,
      `INSERT INTO shift_events (shift_id, kind, amount_fen, reason, note, count_id, to_staff_id, at, actor_id,
         approver_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      event.shiftId,
      event.kind,
      event.amountFen,
      event.reason,
      event.note,
      event.countId,
      event.toStaffId,
      event.at,
      event.actorId,
      event.approverId,
    ).lastInsertRowid,
  );
}

export function insertCountTenders(
  db: WritableDB,
  countId: number,
  tenders: readonly { method: string; expectedFen: number; countedFen: number }[],
): void {
  const insert = statement(
    db,
    'INSERT INTO shift_count_tenders (count_id, method, expected_fen, counted_fen) VALUES (?, ?, ?, ?)',
  );
  for (const t of tenders) insert.run(countId, t.method, t.expectedFen, t.countedFen);
}

export interface CloseCountRow {
  id: number;
  tenders: { method: TenderCountMethod; expectedFen: number; countedFen: number }[];
  denominations: { denominationFen: DenominationCount['denominationFen']; quantity: number }[];
}
type TenderCountMethod = 'cash' | 'bankCard' | 'wechat' | 'alipay';

/** The shift's last close count, its tenders and denominations; a recount supersedes, never erases. */
export function lastCloseCount(db: ReadableDB, shiftId: number): CloseCountRow | undefined {
  const id = query(
    db,
    `SELECT id FROM shift_counts WHERE shift_id = ? AND kind = 'close' ORDER BY id DESC LIMIT 1`,
  )
    .pluck()
    .get(shiftId) as number | undefined;
  if (id === undefined) return undefined;
  const tenders = query(
    db,
    `SELECT method, expected_fen AS expectedFen, counted_fen AS countedFen FROM shift_count_tenders
     WHERE count_id = ? ORDER BY CASE method WHEN 'cash' THEN 0 WHEN 'bankCard' THEN 1 WHEN 'wechat' THEN 2 ELSE 3 END`,
  ).all(id) as CloseCountRow['tenders'];
  const denominations = query(
    db,
    `SELECT denomination_fen AS denominationFen, quantity FROM shift_count_denominations
     WHERE count_id = ? ORDER BY denomination_fen DESC`,
  ).all(id) as CloseCountRow['denominations'];
  return { id, tenders, denominations };
}

export function setHolder(db: WritableDB, shiftId: number, holderId: number): void {
  statement(db, 'UPDATE shifts SET holder_id = ? WHERE id = ?').run(holderId, shiftId);
}

export interface ShiftClose {
  closedAt: string;
  closedBy: number;
  approverId: number | null;
  reason: string | null;
  leftInFen: number;
  depositFen: number;
}

export function markClosed(db: WritableDB, shiftId: number, close: ShiftClose): void {
  statement(
    db,
    `UPDATE shifts SET closed_at = ?, closed_by = ?, close_approver_id = ?, over_short_reason = ?, left_in_fen = ?,
       deposit_fen = ?
     WHERE id = ? AND closed_at IS NULL`,
  ).run(
    close.closedAt,
    close.closedBy,
    close.approverId,
    close.reason,
    close.leftInFen,
    close.depositFen,
    shiftId,
  );
}
