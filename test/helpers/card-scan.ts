import type Database from 'better-sqlite3';
import { holdsCardNumber } from '../../shared/domain/card-number';

/** Every way the probe got a card number stored, and a few more. */
export const CARD_FORMS = [
  '4111111111111111',
  '4111 1111 1111 1111',
  '4111-1111-1111-1111',
  '4111.1111.1111.1111',
  '4111/1111/1111/1111',
  '4111_1111_1111_1111',
  '4111a1111b1111c1111',
  '4111\u200b1111\u200b1111\u200b1111',
  '4111\u20601111\ufeff1111\u200d1111',
  '４１１１１１１１１１１１１１１１',
  '４１１１－１１１１－１１１１－１１１１',
  'VISA4111111111111111',
];

export interface CardFinding {
  table: string;
  column: string;
  rowid: number;
}

/**
 * Goods' own codes: an EAN-13 passes the Luhn check about one time in ten, and a product's barcode is no
 * customer's secret, so these columns are not scanned.
 */
const PRODUCT_CODES: Readonly<Record<string, readonly string[]>> = {
  barcodes: ['code'],
  products: ['sku', 'barcodes'],
};

/** Every other text cell of every table in the database that holds a card number, however it is written. */
export function cardNumbersIn(db: Database.Database): CardFinding[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const findings: CardFinding[] = [];
  for (const table of tables) {
    const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
      .map((c) => c.name)
      .filter((name) => !PRODUCT_CODES[table]?.includes(name));
    const withRowid = hasRowid(db, table);
    for (const column of columns) {
      const rows = db
        .prepare(
          `SELECT ${withRowid ? 'rowid' : '0'} AS rowid, "${column}" AS value FROM "${table}" WHERE typeof("${column}") = 'text'`,
        )
        .all() as { rowid: number; value: string }[];
      for (const row of rows)
        if (holdsCardNumber(row.value)) findings.push({ table, column, rowid: row.rowid });
    }
  }
  return findings;
}

function hasRowid(db: Database.Database, table: string): boolean {
  const sql = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
  return !/WITHOUT\s+ROWID/i.test(sql);
}
