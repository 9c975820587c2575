import Database from 'better-sqlite3';
import { migrate } from './migrate';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron keeps its own beside Node's). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Opens a till database with the pragmas every connection needs. synchronous=FULL is set explicitly:
 * better-sqlite3 is compiled with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so WAL would otherwise run at NORMAL
 * and lose the last commits on power failure. No integrity check here: it costs seconds on a large file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
