import { appendJournal, type JournalEvent } from '../journal/append';
import type { WritableDB } from '../db/statements';

/**
 * Journal rows of sign-ins and sign-outs that happened while the disk was full or read-only. People must
 * still be able to sign in then (to read, to close up), so their rows wait in memory, with the time they
 * happened, and go into the chain ahead of the next write that succeeds.
 */
export class HeldJournal {
  private readonly rows: { at: Date; event: JournalEvent }[] = [];

  hold(at: Date, event: JournalEvent): void {
    this.rows.push({ at, event });
  }

  /**
   * Appends the held rows inside the caller's open transaction; call the answer once it has committed.
   * The terminal is asked for only when rows are held: every write passes through here.
   */
  writeInto(db: WritableDB, terminalId: () => string | null): () => void {
    const terminal = this.rows.length === 0 ? null : terminalId();
    const count = terminal === null ? 0 : this.rows.length;
    for (const { at, event } of this.rows.slice(0, count)) appendJournal(db, terminal as string, at, event);
    return () => void this.rows.splice(0, count);
  }
}
