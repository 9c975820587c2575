import Database from 'better-sqlite3';
import { preparePrivateFile, restrictDatabaseFiles } from './file-modes';
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
  if (!options.readonly) preparePrivateFile(file);
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (SQLite's default is 2 MiB): the catalog's pages and the indexes a sale writes
    // stay in memory, so a scan or a commit does not wait on reading the file.
    db.pragma('cache_size = -65536');
    // Reads of the file's first GiB go through a memory map: a page the cache does not hold (a random page of
    // the barcode, sale-id or stock index on a large file) is a memory access, not a read() and a copy.
    // Writes still go through the WAL, so a torn write cannot reach the mapped file.
    db.pragma('mmap_size = 1073741824');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // A checkpoint copies the WAL into the database file and syncs it: never inside a sale's commit. The
      // core checkpoints when the till is idle instead (db/checkpoint.ts); the WAL file is cut back to
      // journal_size_limit bytes after each one.
      db.pragma('wal_autocheckpoint = 0');
      db.pragma('journal_size_limit = 67108864');
      migrate(db);
      restrictDatabaseFiles(file);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
