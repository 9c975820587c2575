import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../db/migrations';
import { asReadable, query } from '../../db/statements';
import { verifyJournal } from '../../journal/verify';

/** What checking a backup file found: what restore needs to know, or why it must not be used. */
export type BackupCheck =
  | { ok: true; userVersion: number; terminalId: string | null; journalRows: number }
  | {
      ok: false;
      code: 'BACKUP_TOO_NEW' | 'BACKUP_CORRUPT' | 'BACKUP_JOURNAL_BROKEN';
      details: Record<string, string | number>;
    };

/**
 * Opens a backup read-only and checks it as restore would use it: a schema this version knows, SQLite's
 * integrity check, and the journal's hash chain from genesis. Runs in the verify worker after each backup,
 * and again before a restore.
 */
export function checkBackupFile(file: string, nativeBinding?: string): BackupCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (userVersion > MIGRATIONS.length) {
      return {
        ok: false,
        code: 'BACKUP_TOO_NEW',
        details: { version: userVersion, supported: MIGRATIONS.length },
      };
    }
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') return { ok: false, code: 'BACKUP_CORRUPT', details: { reason: integrity } };
    const readable = asReadable(db);
    const journal = verifyJournal(readable);
    if (!journal.ok) {
      return {
        ok: false,
        code: 'BACKUP_JOURNAL_BROKEN',
        details: { seq: journal.firstBad?.seq ?? 0, reason: journal.firstBad?.reason ?? '' },
      };
    }
    const terminal = query(readable, 'SELECT terminal_id FROM terminal').pluck().get() as string | undefined;
    return { ok: true, userVersion, terminalId: terminal ?? null, journalRows: journal.checked };
  } catch (error) {
    // not a database, truncated, or its header damaged: SQLite says so on opening or on the first read
    return { ok: false, code: 'BACKUP_CORRUPT', details: { reason: (error as Error).message } };
  } finally {
    db?.close();
  }
}
