import type Database from 'better-sqlite3';
import type { TenderEvent, TenderMethod } from '../../../../shared/domain/shift';
import { statement } from '../../db/statements';

/**
 * Where a shift's money movements come from. Each source reads one kind of record of the shift and turns it
 * into tender events; expectedAmounts() adds them up. Another kind of customer payment (repair deposits and
 * balances) is one more source appended to SHIFT_EVENT_SOURCES: nothing else changes.
 */
export type ShiftEventSource = (db: Database.Database, shiftId: number) => TenderEvent[];

/** The float counted at opening. */
const openingFloat: ShiftEventSource = (db, shiftId) => [
  {
    kind: 'float',
    amountFen: statement(db, 'SELECT float_fen FROM shifts WHERE id = ?').pluck().get(shiftId) as number,
  },
];

/**
 * Sale payments made in the shift, one event per tender and direction: cash handed over (tendered), change
 * given back, and what a void paid back (its reversing rows, recorded in the voiding shift).
 */
const salePayments: ShiftEventSource = (db, shiftId) => {
  const rows = statement(
    db,
    `SELECT method,
            sum(CASE WHEN amount_fen > 0 THEN coalesce(tendered_fen, amount_fen) ELSE 0 END) AS received,
            sum(CASE WHEN amount_fen > 0 THEN coalesce(tendered_fen, amount_fen) - amount_fen ELSE 0 END) AS change,
            sum(CASE WHEN amount_fen < 0 THEN -amount_fen ELSE 0 END) AS refunded
     FROM sale_payments WHERE shift_id = ? GROUP BY method`,
  ).all(shiftId) as { method: TenderMethod; received: number; change: number; refunded: number }[];
  const source = 'sale';
  return rows.flatMap(({ method, received, change, refunded }): TenderEvent[] => [
    { kind: 'received', method, amountFen: received, source },
    { kind: 'changeGiven', amountFen: change, source },
    { kind: 'refunded', method, amountFen: refunded, source },
  ]);
};

/** Paid-in, paid-out and safe drops. */
const cashMovements: ShiftEventSource = (db, shiftId) =>
  statement(
    db,
    `SELECT kind, sum(amount_fen) AS amountFen FROM shift_events
     WHERE shift_id = ? AND kind IN ('paidIn', 'paidOut', 'safeDrop') GROUP BY kind`,
  ).all(shiftId) as TenderEvent[];

export const SHIFT_EVENT_SOURCES: ShiftEventSource[] = [openingFloat, salePayments, cashMovements];

/** Every money movement of a shift, from every source. */
export function shiftTenderEvents(db: Database.Database, shiftId: number): TenderEvent[] {
  return SHIFT_EVENT_SOURCES.flatMap((source) => source(db, shiftId));
}
