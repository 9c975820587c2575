import { searchDocument } from './search-tokens';
import { query, statement, type WritableDB } from '../../db/statements';

/** Bumped whenever the words a product is indexed by, or the index's definition, change. */
export const SEARCH_INDEX_VERSION = 2;
const KEY = 'catalog.searchIndexVersion';

/** Records that the index holds every product's words as this code makes them. */
export function markSearchIndexCurrent(db: WritableDB): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, String(SEARCH_INDEX_VERSION));
}

/**
 * The search index is derived from the products (their words come from pinyin, worked out in code, so a
 * migration cannot fill it): when it is older than this code, it is rebuilt from the products, once, in
 * one transaction. Runs at start, before the till takes any call. A catalog without products has nothing
 * to rebuild and is left unmarked, so a store not yet set up stays untouched.
 */
export function ensureSearchIndex(db: WritableDB): void {
  const stored = query(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (stored === String(SEARCH_INDEX_VERSION)) return;
  if (query(db, 'SELECT 1 FROM products LIMIT 1').get() === undefined) return;
  db.transaction(() => {
    statement(db, `INSERT INTO product_search (product_search) VALUES ('delete-all')`).run();
    const insert = statement(db, 'INSERT INTO product_search (rowid, tokens) VALUES (?, ?)');
    const products = query(
      db,
      `SELECT p.id, p.name, p.sku, (SELECT group_concat(code, ' ') FROM barcodes WHERE product_id = p.id) AS codes
         FROM products p`,
    ).all() as { id: number; name: string; sku: string; codes: string | null }[];
    for (const product of products) {
      const barcodes = product.codes === null ? [] : product.codes.split(' ');
      insert.run(product.id, searchDocument({ name: product.name, sku: product.sku, barcodes }));
    }
    markSearchIndexCurrent(db);
  }).immediate();
}
