import type { TenderEvent, TenderMethod } from '../../../../shared/domain/shift';
import { query, type ReadableDB } from '../../db/statements';

/**
 * Where a shift's money movements come from. Each source reads one kind of record of the shift and turns it
 * into tender events; expectedAmounts() adds them up. Another kind of customer payment (repair deposits and
 * balances) is one more source appended to SHIFT_EVENT_SOURCES: nothing else changes.
 */
export type ShiftEventSource = (db: ReadableDB, shiftId: number) => TenderEvent[];

/** The float counted at opening. */
const openingFloat: ShiftEventSource = (db, shiftId) => [
  {
    kind: 'float',
    amountFen: query(db, 'SELECT float_fen FROM shifts WHERE id = ?').pluck().get(shiftId) as number,
  },
];

/**
 * Customer payments made in the shift, one event per tender and direction: cash handed over (tendered),
 * change given back, and what was paid back (a void's reversing rows, a refunded repair deposit), recorded in
 * the shift that paid it. Sale payments and repair payments have the same shape; a sale's payments made of an
 * exchange's credit moved no money.
 */
const customerPayments =
  (table: 'sale_payments' | 'repair_payments', source: string, only = ''): ShiftEventSource =>
  (db, shiftId) => {
    const rows = query(
      db,
      `SELECT method,
              sum(CASE WHEN amount_fen > 0 THEN coalesce(tendered_fen, amount_fen) ELSE 0 END) AS received,
              sum(CASE WHEN amount_fen > 0 THEN coalesce(tendered_fen, amount_fen) - amount_fen ELSE 0 END) AS change,
              sum(CASE WHEN amount_fen < 0 THEN -amount_fen ELSE 0 END) AS refunded
       FROM ${table} WHERE shift_id = ? ${only} GROUP BY method`,
    ).all(shiftId) as { method: TenderMethod; received: number; change: number; refunded: number }[];
    return rows.flatMap(({ method, received, change, refunded }): TenderEvent[] => [
      { kind: 'received', method, amountFen: received, source },
      { kind: 'changeGiven', amountFen: change, source },
      { kind: 'refunded', method, amountFen: refunded, source },
    ]);
  };

/** Paid-in, paid-out and safe drops. */
const cashMovements: ShiftEventSource = (db, shiftId) =>
  query(
    db,
    `SELECT kind, sum(amount_fen) AS amountFen FROM shift_events
     WHERE shift_id = ? AND kind IN ('paidIn', 'paidOut', 'safeDrop') GROUP BY kind`,
  ).all(shiftId) as TenderEvent[];

/**
 * Money paid back by returns in the shift that paid it, whatever shift the sale was made in, and paid out for old
 * gold bought back: each its own source. An exchange's shares applied to its new sale moved no money; what it
 * paid back is the exchange's.
 */
const returnRefunds: ShiftEventSource = (db, shiftId) =>
  (
    query(
      db,
      `SELECT f.method, CASE WHEN r.exchange_sale_id IS NULL THEN r.kind ELSE 'exchange' END AS source,
              sum(-f.amount_fen) AS amountFen
       FROM return_refunds f JOIN returns r ON r.id = f.return_id
       WHERE f.shift_id = ? AND f.applied = 0 GROUP BY f.method, source`,
    ).all(shiftId) as { method: TenderMethod; source: string; amountFen: number }[]
  ).map(({ method, source, amountFen }) => ({ kind: 'refunded', method, amountFen, source }));

export const SHIFT_EVENT_SOURCES: ShiftEventSource[] = [
  openingFloat,
  customerPayments('sale_payments', 'sale', 'AND exchange_credit = 0'),
  cashMovements,
  customerPayments('repair_payments', 'repair'),
  returnRefunds,
];

/** Every money movement of a shift, from every source. */
export function shiftTenderEvents(db: ReadableDB, shiftId: number): TenderEvent[] {
  return SHIFT_EVENT_SOURCES.flatMap((source) => source(db, shiftId));
}
