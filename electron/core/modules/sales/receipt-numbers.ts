import { statement, type WritableDB } from '../../db/statements';

/**
 * Receipt numbers read `T01-20261123-0001`: the terminal, its business day, and a counter that starts at
 * 0001 each day (and simply grows past 9999). Each terminal numbers its own sales, so terminals never
 * collide and numbers sort in the order they were given.
 *
 * The number is taken from receipt_counters inside the sale's own transaction, which the router opens with
 * BEGIN IMMEDIATE: only one sale can hold the counter at a time, and a sale that rolls back rolls its
 * number back with it. So the numbers of a day have no gaps and no repeats.
 */
export function nextReceiptNumber(db: WritableDB, terminalId: string, businessDay: string): string {
  const number = statement(
    db,
    `INSERT INTO receipt_counters (terminal_id, business_day, last_number) VALUES (?, ?, 1)
     ON CONFLICT (terminal_id, business_day) DO UPDATE SET last_number = last_number + 1
     RETURNING last_number`,
  )
    .pluck()
    .get(terminalId, businessDay) as number;
  return formatReceiptNumber(terminalId, businessDay, number);
}

/** What every receipt number of a terminal's business day starts with: `T01-20261123-`. */
export function receiptPrefix(terminalId: string, businessDay: string): string {
  return `${terminalId}-${businessDay.replaceAll('-', '')}-`;
}

export function formatReceiptNumber(terminalId: string, businessDay: string, number: number): string {
  return `${receiptPrefix(terminalId, businessDay)}${String(number).padStart(4, '0')}`;
}
