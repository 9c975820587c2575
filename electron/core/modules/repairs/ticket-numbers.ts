import { statement, type WritableDB } from '../../db/statements';

/**
 * Repair tickets read `WX-T01-000123` (维修): the terminal and a counter of its own that never restarts, as
 * a ticket may stay open for weeks. Taken inside the intake's IMMEDIATE transaction, so a refused intake
 * gives its number back: the numbers have no gaps and no repeats.
 */
export function nextTicketNumber(db: WritableDB, terminalId: string): string {
  const number = statement(
    db,
    `INSERT INTO repair_counters (terminal_id, last_number) VALUES (?, 1)
     ON CONFLICT (terminal_id) DO UPDATE SET last_number = last_number + 1
     RETURNING last_number`,
  )
    .pluck()
    .get(terminalId) as number;
  return `WX-${terminalId}-${String(number).padStart(6, '0')}`;
}
