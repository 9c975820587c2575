import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Per table: its row count and a hash of every row's every column, so an UPDATE shows as surely as an INSERT. */
export type Fingerprint = ReadonlyMap<string, { rows: number; hash: string }>;

/**
 * Reads every table of the database (virtual tables through their shadow tables, which hold their rows)
 * in rowid order and hashes it. A fuzz run asks after every call, so the last fingerprint is kept while
 * SQLite's total_changes() stands still: it counts every row any INSERT, UPDATE or DELETE on this
 * connection (the core's only one) touched, trigger programs' and rolled-back ones included, so no row can
 * change without it moving. Whenever it moved, every table is read again.
 */
export function fingerprinter(db: Database.Database): () => Fingerprint {
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map(({ name }) => {
    const withoutRowid = /WITHOUT ROWID/i.test(
      (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql,
    );
    const order = withoutRowid ? '' : ' ORDER BY rowid';
    return { name, rows: db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"${order}`).raw(true) };
  });
  const changes = db.prepare('SELECT total_changes()').pluck();
  let last: { changes: unknown; fingerprint: Fingerprint } | null = null;
  const read = (): Fingerprint =>
    new Map(
      tables.map(({ name, rows }) => {
        const hash = createHash('sha1');
        let count = 0;
        for (const row of rows.iterate() as Iterable<unknown[]>) {
          count++;
          for (const cell of row) hash.update(cellText(cell)).update('\u0001');
          hash.update('\u0002');
        }
        return [name, { rows: count, hash: hash.digest('hex') }];
      }),
    );
  return () => {
    const now = changes.get();
    if (last === null || last.changes !== now) last = { changes: now, fingerprint: read() };
    return last.fingerprint;
  };
}

function cellText(cell: unknown): string | Buffer {
  if (cell === null) return '\u0000null';
  if (Buffer.isBuffer(cell)) return cell;
  return `${typeof cell}:${String(cell)}`;
}

/** The tables whose rows or content differ between two fingerprints, with their counts. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .filter((name) => {
      const a = before.get(name);
      const b = after.get(name);
      return a?.rows !== b?.rows || a?.hash !== b?.hash;
    })
    .map((name) => `${name} (${before.get(name)?.rows ?? 0} → ${after.get(name)?.rows ?? 0} rows)`);
}
