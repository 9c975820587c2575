import type Database from 'better-sqlite3';
import type { Product, ProductInput } from '../../../../shared/contract/catalog';
import type { LaborFee } from '../../../../shared/domain/pricing';
import { PURITY_CODES, type Purity } from '../../../../shared/domain/purity';
import { DomainError } from '../../errors';
import { searchDocument, searchQuery } from './search-tokens';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

/** The columns of PRODUCT_COLUMNS, in order. */
type ProductRow = [
  id: number,
  sku: string,
  name: string,
  category: string | null,
  kind: Product['kind'],
  priceFen: number | null,
  purity: Purity | null,
  weightMg: number | null,
  laborKind: LaborFee['kind'] | null,
  laborFen: number | null,
  serialized: number,
  certificateNo: string | null,
  warrantyMonths: number,
  barcodes: string | null,
  onHand: number,
  costFen: number | null,
];

const SEPARATOR = '\u001f';
const PRODUCT_COLUMNS = `
  p.id, p.sku, p.name, c.name AS category, p.kind, p.price_fen, p.purity, p.weight_mg, p.labor_kind,
  p.labor_fen, p.serialized, p.certificate_no, p.warranty_months,
  p.barcodes, p.on_hand, p.cost_fen`;
const SELECT_PRODUCT = `SELECT ${PRODUCT_COLUMNS} FROM products p LEFT JOIN categories c ON c.id = p.category_id`;

/**
 * Product rows come back as arrays: on the scan path, building an object keyed by column name for every
 * row costs about as much as the lookup itself.
 */
const productQuery = (db: ReadableDB, sql: string): Database.Statement => query(db, sql).raw(true);

/** A scan's statement: its SQL built once, so the statement cache is not handed a new string per scan. */
const LOOKUP_SQL = `${SELECT_PRODUCT} WHERE p.active = 1 AND p.id = coalesce(
  (SELECT product_id FROM barcodes WHERE code = ?), (SELECT id FROM products WHERE sku = ?))`;

/** Barcodes as stored in the row, in order; nearly every product has one, which needs no split or sort. */
function barcodeList(joined: string | null): string[] {
  if (joined === null) return [];
  return joined.includes(SEPARATOR) ? joined.split(SEPARATOR).sort() : [joined];
}

function toProduct(row: ProductRow): Product {
  const [
    id,
    sku,
    name,
    category,
    kind,
    priceFen,
    purity,
    weightMg,
    laborKind,
    laborFen,
    serialized,
    certificateNo,
    warrantyMonths,
    barcodes,
    onHand,
    costFen,
  ] = row;
  return {
    id,
    sku,
    name,
    category,
    kind,
    priceFen,
    purity,
    weightMg,
    laborFee: laborKind === null ? null : { kind: laborKind, fen: laborFen ?? 0 },
    serialized: serialized === 1,
    certificateNo,
    warrantyMonths,
    barcodes: barcodeList(barcodes),
    onHand,
    costFen,
  };
}

/** Every line of a quote and a sale reads its product: its SQL built once, like the scan's. */
const FIND_PRODUCT_SQL = `${SELECT_PRODUCT} WHERE p.id = ?`;

export function findProduct(db: ReadableDB, id: number): Product | undefined {
  const row = productQuery(db, FIND_PRODUCT_SQL).get(id) as ProductRow | undefined;
  return row && toProduct(row);
}

export function getProduct(db: ReadableDB, id: number): Product {
  const product = findProduct(db, id);
  if (!product) throw new DomainError('PRODUCT_NOT_FOUND', { code: String(id) });
  return product;
}

/** Every active product, oldest first (the catalog export). */
export function listProducts(db: ReadableDB): Product[] {
  const rows = productQuery(db, `${SELECT_PRODUCT} WHERE p.active = 1 ORDER BY p.id`).all() as ProductRow[];
  return rows.map(toProduct);
}

/** A scan: the barcode first, then the SKU printed on the tag. */
export function lookupProduct(db: ReadableDB, code: string): Product {
  const row = productQuery(db, LOOKUP_SQL).get(code, code) as ProductRow | undefined;
  if (!row) throw new DomainError('PRODUCT_NOT_FOUND', { code });
  return toProduct(row);
}

/**
 * How many matches, newest first, a search looks through for goods on hand before it settles for sold-out
 * ones: a one-letter query matching most of a large catalog must not read the row of every match.
 */
const SEARCH_WINDOW = 250;

/** The newest matches of a search, each with whether it is on hand, read lazily up to the window. */
const SEARCH_CANDIDATES = `
  SELECT p.id, p.on_hand > 0 AS stocked
  FROM product_search s
  JOIN products p ON p.id = s.rowid
  LEFT JOIN categories c ON c.id = p.category_id
  WHERE s.product_search MATCH @match
    AND p.active = 1
    AND (@contain IS NULL OR instr(p.name, @contain) > 0)
    AND (@category IS NULL OR c.name = @category)
  ORDER BY s.rowid DESC
  LIMIT @window`;

/**
 * Goods as the cashier types: an exact barcode or SKU first, then goods on hand, then sold-out ones, each
 * newest first (what was received last is what is on the shelf; a large catalog's sold-out tags are its
 * oldest). The index drives and each half of the union stops as soon as the page is full, so products are
 * read only until enough goods on hand are found, the sold-out half runs only when they do not fill the
 * page, and full rows are read only for the page returned.
 */
export function searchProducts(
  db: ReadableDB,
  text: string,
  options: { category?: string; limit: number },
): Product[] {
  const query = searchQuery(text);
  if (query.match === null) return [];
  const rows = productQuery(
    db,
    `SELECT ${PRODUCT_COLUMNS}
     FROM (
       SELECT * FROM (SELECT id, 0 AS rank FROM (${SEARCH_CANDIDATES}) WHERE stocked LIMIT @limit)
       UNION ALL
       SELECT * FROM (SELECT id, 1 AS rank FROM (${SEARCH_CANDIDATES}) WHERE NOT stocked LIMIT @limit)
       LIMIT @limit) hit
     JOIN products p ON p.id = hit.id
     LEFT JOIN categories c ON c.id = p.category_id
     ORDER BY hit.rank, hit.id DESC`,
  ).all({
    match: query.match,
    contain: query.mustContain,
    category: options.category ?? null,
    window: SEARCH_WINDOW,
    limit: options.limit,
  }) as ProductRow[];
  const exact = findExact(db, text.trim());
  const found = rows.map(toProduct);
  return exact && !found.some((p) => p.id === exact.id) ? [exact, ...found].slice(0, options.limit) : found;
}

function findExact(db: ReadableDB, code: string): Product | undefined {
  if (code === '') return undefined;
  try {
    return lookupProduct(db, code);
  } catch {
    return undefined;
  }
}

function categoryId(db: WritableDB, name: string | null): number | null {
  if (name === null) return null;
  statement(db, 'INSERT INTO categories (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
  return query(db, 'SELECT id FROM categories WHERE name = ?').pluck().get(name) as number;
}

/** Inserts or updates a product with its barcodes and search words. Call inside a transaction. */
export function saveProduct(db: WritableDB, id: number | undefined, input: ProductInput, now: Date): Product {
  const skuOwner = query(db, 'SELECT id FROM products WHERE sku = ?').pluck().get(input.sku) as
    number | undefined;
  if (skuOwner !== undefined && skuOwner !== id) throw new DomainError('SKU_TAKEN', { sku: input.sku });
  const before = id === undefined ? undefined : getProduct(db, id);
  const weighed = input.kind === 'weighed' ? input : null;
  const row = {
    sku: input.sku,
    name: input.name,
    category_id: categoryId(db, input.category),
    kind: input.kind,
    price_fen: input.kind === 'weighed' ? null : input.priceFen,
    purity: weighed?.purity ?? null,
    weight_mg: weighed?.weightMg ?? null,
    labor_kind: weighed?.laborFee.kind ?? null,
    labor_fen: weighed?.laborFee.fen ?? null,
    serialized: input.serialized ? 1 : 0,
    certificate_no: input.certificateNo,
    warranty_months: input.warrantyMonths,
    cost_fen: input.costFen === undefined ? (before?.costFen ?? null) : input.costFen,
    at: now.toISOString(),
  };
  const productId =
    id ??
    Number(
      statement(
        db,
        `INSERT INTO products (sku, name, category_id, kind, price_fen, purity, weight_mg, labor_kind, labor_fen,
           serialized, certificate_no, warranty_months, cost_fen, created_at, updated_at)
         VALUES (@sku, @name, @category_id, @kind, @price_fen, @purity, @weight_mg, @labor_kind, @labor_fen,
           @serialized, @certificate_no, @warranty_months, @cost_fen, @at, @at)`,
      ).run(row).lastInsertRowid,
    );
  if (id !== undefined) {
    statement(
      db,
      `UPDATE products SET sku = @sku, name = @name, category_id = @category_id, kind = @kind,
         price_fen = @price_fen, purity = @purity, weight_mg = @weight_mg, labor_kind = @labor_kind,
         labor_fen = @labor_fen, serialized = @serialized, certificate_no = @certificate_no,
         warranty_months = @warranty_months, cost_fen = @cost_fen, updated_at = @at
       WHERE id = @id`,
    ).run({ ...row, id });
  }
  saveBarcodes(db, productId, input.barcodes);
  statement(db, 'DELETE FROM product_search WHERE rowid = ?').run(productId);
  statement(db, 'INSERT INTO product_search (rowid, tokens) VALUES (?, ?)').run(
    productId,
    searchDocument(input),
  );
  return getProduct(db, productId);
}

function saveBarcodes(db: WritableDB, productId: number, codes: readonly string[]): void {
  statement(db, 'DELETE FROM barcodes WHERE product_id = ?').run(productId);
  for (const code of new Set(codes)) {
    const owner = query(db, 'SELECT product_id FROM barcodes WHERE code = ?').pluck().get(code);
    if (owner !== undefined) throw new DomainError('BARCODE_TAKEN', { code });
    statement(db, 'INSERT INTO barcodes (code, product_id) VALUES (?, ?)').run(code, productId);
  }
}

/** The purity most of the store's weighed goods are in (the finer one on a tie); null without any. */
export function mostCommonPurity(db: ReadableDB): Purity | null {
  const counts = query(
    db,
    `SELECT purity, count(*) AS products FROM products
     WHERE kind = 'weighed' AND purity IS NOT NULL GROUP BY purity`,
  ).all() as { purity: Purity; products: number }[];
  const rank = (purity: Purity): number => PURITY_CODES.indexOf(purity);
  counts.sort((a, b) => b.products - a.products || rank(a.purity) - rank(b.purity));
  return counts[0]?.purity ?? null;
}
