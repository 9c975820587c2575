import { appendJournal } from './append';
import { storageFailure } from '../db/storage-errors';
import { query, type WritableDB } from '../db/statements';

/** How far behind the journal the machine's clock may read before it counts as set back. */
const JUMP_MS = 60_000;

/**
 * The time calls run at when the machine's clock has been set back (by hand, a flat CMOS battery, a bad
 * time server): never earlier than the journal's last row by more than a minute, so business days, receipt
 * numbers and the journal's own times never go back. The jump is journaled once, with both times; calls then
 * run at the last row's time until the clock has caught up with it.
 */
export function steadyClock(db: WritableDB, terminalId: () => string | null): (reading: Date) => Date {
  // the last row's time a jump was journaled (or found journaled) against, so it is journaled once
  let acknowledged: string | null = null;
  return (reading) => {
    const lastAt = query(db, 'SELECT at FROM journal ORDER BY seq DESC LIMIT 1').pluck().get() as
      string | undefined;
    if (lastAt === undefined) return reading;
    const last = new Date(lastAt);
    if (last.getTime() - reading.getTime() <= JUMP_MS) return reading;
    const terminal = terminalId();
    if (acknowledged !== lastAt && terminal !== null) {
      try {
        if (!jumpJournaledAt(db, lastAt)) {
          db.transaction(() =>
            appendJournal(db, terminal, last, {
              type: 'clock.wentBack',
              actorId: null,
              payload: { clockAt: reading.toISOString(), lastAt },
            }),
          ).immediate();
        }
        acknowledged = lastAt;
      } catch (error) {
        // a full disk must not keep anyone from signing in: the jump is journaled on a later call
        if (storageFailure(error) === null) throw error;
      }
    }
    return last;
  };
}

/** Whether the rows stamped with the journal's last time (the held time) include a journaled jump. */
function jumpJournaledAt(db: WritableDB, lastAt: string): boolean {
  const rows = query(db, 'SELECT type, at FROM journal ORDER BY seq DESC').iterate() as IterableIterator<{
    type: string;
    at: string;
  }>;
  for (const row of rows) {
    if (row.at !== lastAt) break;
    if (row.type === 'clock.wentBack') return true;
  }
  return false;
}
