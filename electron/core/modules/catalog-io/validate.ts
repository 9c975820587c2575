import type { Product, ProductInput } from '../../../../shared/contract/catalog';
import {
  IMPORT_ISSUE_MESSAGES,
  MAX_REPORTED_ISSUES,
  type CatalogField,
  type CatalogFileFormat,
  type ImportIssue,
  type ImportReport,
} from '../../../../shared/contract/catalog-io';
import { DomainError } from '../../errors';
import { findProduct } from '../catalog';
import { fieldOfHeader, headerOf, REQUIRED_FIELDS } from './columns';
import { parseRow, type RowIssue } from './rows';
import type { SheetRow } from './sheet';
import { query, type ReadableDB } from '../../db/statements';

/** More data rows than one import takes (a 4 MB file holds about 20,000 products). */
export const MAX_IMPORT_ROWS = 50_000;

/** A row that can be written: the product, the existing one it updates, its opening stock. */
export interface GoodRow {
  row: number;
  product: ProductInput;
  existingId: number | undefined;
  stock: number;
}

function message(issue: RowIssue & { column: string; row?: number; sku?: string }): ImportIssue['message'] {
  const template = IMPORT_ISSUE_MESSAGES[issue.code];
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = (issue as unknown as Record<string, unknown>)[key];
      return value === undefined ? whole : String(value);
    });
  return { 'zh-CN': fill(template['zh-CN']), en: fill(template.en) };
}

/** The columns of the header row (the file's first non-empty row), by field; unknown headers set aside. */
function readHeader(header: SheetRow | undefined) {
  const columns = new Map<CatalogField, { index: number; header: string }>();
  const ignored: string[] = [];
  header?.cells.forEach((cell, index) => {
    const text = String(cell).trim();
    if (text === '') return;
    const field = fieldOfHeader(text);
    if (field === undefined || columns.has(field)) ignored.push(text);
    else columns.set(field, { index, header: text });
  });
  const missing = REQUIRED_FIELDS.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    throw new DomainError('IMPORT_COLUMNS_MISSING', { columns: missing.map(headerOf).join('、') });
  }
  return { columns, ignored };
}

const skuOwner = (db: ReadableDB, sku: string): number | undefined =>
  query(db, 'SELECT id FROM products WHERE sku = ?').pluck().get(sku) as number | undefined;
const barcodeOwner = (db: ReadableDB, code: string): string | undefined =>
  query(db, 'SELECT p.sku FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.code = ?')
    .pluck()
    .get(code) as string | undefined;

/**
 * Checks every row against the columns' rules, the other rows of the file and the catalog: an SKU the
 * catalog has updates that product (a store re-imports its price list to change prices); an SKU twice in
 * the file, a barcode twice, or a barcode that belongs to another product is refused.
 */
export function validateRows(
  db: ReadableDB,
  sheet: readonly SheetRow[],
  format: CatalogFileFormat,
): { report: ImportReport; good: GoodRow[] } {
  const [header, ...rows] = sheet;
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError('IMPORT_TOO_MANY_ROWS', { rows: rows.length, max: MAX_IMPORT_ROWS });
  }
  const { columns, ignored } = readHeader(header);
  const columnOf = (field: CatalogField): string => columns.get(field)?.header ?? headerOf(field);
  const firstRowOfSku = new Map<string, number>();
  const firstRowOfBarcode = new Map<string, number>();
  const issues: ImportIssue[] = [];
  const good: GoodRow[] = [];
  let badRows = 0;

  for (const { row, cells } of rows) {
    const cellOf = (field: CatalogField) => {
      const column = columns.get(field);
      return column === undefined ? undefined : (cells[column.index] ?? '');
    };
    const sku = String(cellOf('sku')).trim();
    const existingId = sku === '' ? undefined : skuOwner(db, sku);
    const existing: Product | undefined = existingId === undefined ? undefined : findProduct(db, existingId);
    const parsed = parseRow(cellOf, existing);
    const rowIssues: (RowIssue & { row?: number; sku?: string })[] = [...parsed.issues];

    const skuRow = firstRowOfSku.get(sku);
    if (sku !== '' && skuRow !== undefined) {
      rowIssues.push({ field: 'sku', code: 'DUPLICATE_SKU', value: sku, row: skuRow });
    } else if (sku !== '') firstRowOfSku.set(sku, row);
    for (const code of parsed.product?.barcodes ?? []) {
      const barcodeRow = firstRowOfBarcode.get(code);
      const owner = barcodeOwner(db, code);
      if (barcodeRow !== undefined) {
        rowIssues.push({ field: 'barcodes', code: 'DUPLICATE_BARCODE', value: code, row: barcodeRow });
      } else if (owner !== undefined && owner !== sku) {
        rowIssues.push({ field: 'barcodes', code: 'BARCODE_TAKEN', value: code, sku: owner });
      }
      firstRowOfBarcode.set(code, barcodeRow ?? row);
    }

    if (rowIssues.length > 0 || parsed.product === null) {
      badRows++;
      for (const issue of rowIssues) {
        const column = columnOf(issue.field);
        const { field, code, value } = issue;
        issues.push({ row, field, column, code, value, message: message({ ...issue, column }) });
      }
    } else {
      good.push({
        row,
        product: parsed.product,
        existingId,
        stock: existingId === undefined ? parsed.stock : 0,
      });
    }
  }

  const report: ImportReport = {
    format,
    rows: rows.length,
    goodRows: good.length,
    badRows,
    creates: good.filter((g) => g.existingId === undefined).length,
    updates: good.filter((g) => g.existingId !== undefined).length,
    stockUnits: good.reduce((sum, g) => sum + g.stock, 0),
    ignoredColumns: ignored,
    issues: issues.slice(0, MAX_REPORTED_ISSUES),
    truncated: issues.length > MAX_REPORTED_ISSUES,
  };
  return { report, good };
}
