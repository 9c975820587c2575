import type { CallListEntry, RepairSettings, TicketSummary } from '../../../../shared/contract/repairs';
import { addDays } from '../../../../shared/domain/business-day';
import { balanceOf, openTicketRows, ticketCalls, type TicketRow } from './repo';
import type { ReadableDB } from '../../db/statements';

// The desk's two lists: the board of open tickets, and the calls to make for items ready to collect.

/** Open tickets, overdue ones first (promised date passed), then by promised date. */
export function board(db: ReadableDB, customerId: number | null, today: string): TicketSummary[] {
  const summaries = openTicketRows(db, customerId).map((row) => ({
    ticketNo: row.ticket_no,
    status: row.status,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    description: row.description,
    promisedOn: row.promised_on,
    overdue: row.promised_on < today && row.status !== 'readyToCollect',
    quoteFen: row.quote_fen,
    balanceFen: balanceOf(row),
  }));
  return [...summaries.filter((s) => s.overdue), ...summaries.filter((s) => !s.overdue)];
}

function script(template: string, row: TicketRow, store: string): string {
  const values: Record<string, string> = {
    name: row.customer_name,
    ticketNo: row.ticket_no,
    item: row.description,
    store,
  };
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * Items ready to collect with the script to read. The first call is due the day an item is ready; after a
 * call that reached the customer or left a message, the next is due `followUpDays` later; after no answer,
 * the next day.
 */
export function callList(
  db: ReadableDB,
  settings: RepairSettings,
  context: { today: string; store: string; dayOf: (instant: string) => string },
): CallListEntry[] {
  return openTicketRows(db, null)
    .filter((row) => row.status === 'readyToCollect')
    .map((row) => {
      const attempts = ticketCalls(db, row.id);
      const last = attempts.at(-1);
      const nextCallOn = !last
        ? context.dayOf(row.ready_at as string)
        : addDays(context.dayOf(last.at), last.outcome === 'noAnswer' ? 1 : settings.followUpDays);
      return {
        ticketNo: row.ticket_no,
        customerName: row.customer_name,
        phone: row.customer_phone,
        description: row.description,
        readyAt: row.ready_at as string,
        script: script(settings.callScript, row, context.store),
        attempts,
        nextCallOn,
        due: nextCallOn <= context.today,
      };
    })
    .sort((a, b) => (a.nextCallOn < b.nextCallOn ? -1 : a.nextCallOn > b.nextCallOn ? 1 : 0));
}
