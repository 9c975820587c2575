import type Database from 'better-sqlite3';

declare const readable: unique symbol;
declare const writable: unique symbol;

/**
 * A connection a function may only read through (after Signal Desktop's ReadableDB/WritableDB): a read
 * channel's handler gets one, so a write reached from it fails the typecheck instead of running outside
 * any transaction. A WritableDB is also readable.
 */
export type ReadableDB = Database.Database & { readonly [readable]: never };
/** A connection inside a write channel's transaction (or a script that owns the file). */
export type WritableDB = ReadableDB & { readonly [writable]: never };

/** Where a raw connection gets its type: whoever opened the file decides whether it may write. */
export const asWritable = (db: Database.Database): WritableDB => db as WritableDB;
export const asReadable = (db: Database.Database): ReadableDB => db as ReadableDB;

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

// Compiling costs more than running a lookup by key, so the hot paths (scan, search-as-you-type, sale
// commit) must not prepare on every call: each statement is compiled once per connection.
function cached(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** A cached statement that only reads; SQL that would write is a programming error, refused at once. */
export function query(db: ReadableDB, sql: string): Database.Statement {
  const prepared = cached(db, sql);
  if (!prepared.readonly) throw new Error(`query() given SQL that writes: ${sql.slice(0, 80)}`);
  return prepared;
}

/** A cached statement that may write: only with a WritableDB. */
export function statement(db: WritableDB, sql: string): Database.Statement {
  return cached(db, sql);
}
