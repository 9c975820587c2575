import type { CatalogField, ImportIssueCode } from '../../../../shared/contract/catalog-io';
import type { Product, ProductInput } from '../../../../shared/contract/catalog';
import { isBlank, type Cell } from './sheet';
import { MAX_RATE_FEN_PER_GRAM } from '../../../../shared/domain/limits';
import * as values from './values';

export interface RowIssue {
  field: CatalogField;
  code: ImportIssueCode;
  value: string;
  max?: number;
}

export interface ParsedRow {
  /** Null when the row has issues. */
  product: ProductInput | null;
  /** Opening stock, received only when the row creates its product. */
  stock: number;
  issues: RowIssue[];
}

const MAX_BARCODES = 20;
const MAX_STOCK = 100_000;

/** A cell's value: absent when the file has no such column, blank, refused (issue noted) or read. */
type Read<T> = { state: 'absent' | 'blank' | 'bad' } | { state: 'ok'; value: T };

/**
 * One data row into a product. A column the file does not have keeps an existing product's value (a price
 * list of SKU, name, kind and price updates prices and leaves barcodes alone) and takes the default for a
 * new one; a blank cell means empty. `existing` is the catalog's product with this row's SKU.
 */
export function parseRow(cellOf: (field: CatalogField) => Cell | undefined, existing?: Product): ParsedRow {
  const issues: RowIssue[] = [];
  function read<T>(field: CatalogField, parse: (cell: Cell) => values.Parsed<T>, required = false): Read<T> {
    const cell = cellOf(field);
    if (cell === undefined) return { state: 'absent' };
    if (isBlank(cell)) {
      if (required) issues.push({ field, code: 'REQUIRED', value: '' });
      return { state: 'blank' };
    }
    const parsed = parse(cell);
    if ('value' in parsed) return { state: 'ok', value: parsed.value };
    issues.push({ field, code: parsed.issue, value: String(cell), max: parsed.max });
    return { state: 'bad' };
  }
  /** Absent → the existing product's value or the default; blank → the default. */
  const orKept = <T>(r: Read<T>, kept: T | undefined, fallback: T): T =>
    r.state === 'ok' ? r.value : r.state === 'absent' ? (kept ?? fallback) : fallback;

  const sku = read('sku', (c) => values.text(c, 64), true);
  const name = read('name', (c) => values.text(c, 80), true);
  const kind = read('kind', values.kind, true);
  const category = orKept(
    read('category', (c) => values.text(c, 40)),
    existing?.category,
    null,
  );
  const barcodes = orKept(read('barcodes', barcodeList), existing?.barcodes, []);
  const serialized = orKept(read('serialized', values.yesNo), existing?.serialized, false);
  const certificateNo = orKept(
    read('certificateNo', (c) => values.text(c, 64)),
    existing?.certificateNo,
    null,
  );
  const warrantyMonths = orKept(
    read('warrantyMonths', (c) => values.integer(c, 1200)),
    existing?.warrantyMonths,
    0,
  );
  const costFen = orKept(read('cost', values.yuan), existing?.costFen, null);
  const stock = orKept(
    read('stock', (c) => values.integer(c, MAX_STOCK)),
    undefined,
    0,
  );
  if (serialized && stock > 1)
    issues.push({ field: 'stock', code: 'SERIALIZED_STOCK', value: String(stock) });

  const weighedFields = {
    purity: read('purity', values.purity),
    weight: read('weight', values.grams),
    laborKind: read('laborKind', values.laborKind),
    laborFee: read('laborFee', values.yuan),
  };
  const price = read('price', values.yuan);
  const refuse = (field: CatalogField, code: ImportIssueCode): void => {
    issues.push({ field, code, value: String(cellOf(field)) });
  };
  /** A kind-specific value: the cell's, else (column absent) the existing product's, else required. */
  function needed<T>(field: CatalogField, r: Read<T>, kept: T | null | undefined): T | null {
    if (r.state === 'ok') return r.value;
    if (r.state === 'bad') return null;
    if (r.state === 'absent' && kept !== undefined && kept !== null) return kept;
    issues.push({ field, code: 'REQUIRED', value: '' });
    return null;
  }

  let product: ProductInput | null = null;
  const common = sku.state === 'ok' &&
    name.state === 'ok' && {
      ...{ sku: sku.value, name: name.value, category, barcodes },
      ...{ serialized, certificateNo, warrantyMonths, costFen },
    };
  if (kind.state === 'ok' && kind.value === 'weighed') {
    if (price.state === 'ok') refuse('price', 'NOT_FOR_WEIGHED');
    const was = existing?.kind === 'weighed' ? existing : undefined;
    const purity = needed('purity', weighedFields.purity, was?.purity);
    const laborKind = needed('laborKind', weighedFields.laborKind, was?.laborFee?.kind);
    const laborFen = needed('laborFee', weighedFields.laborFee, was?.laborFee?.fen);
    const weightMg = orKept(weighedFields.weight, was?.weightMg ?? undefined, null);
    // a per-gram fee is a rate: it multiplies the weight, so it is held to the gold rate's bound
    if (laborKind === 'perGram' && laborFen !== null && laborFen > MAX_RATE_FEN_PER_GRAM) {
      refuse('laborFee', 'MONEY_TOO_LARGE');
    }
    if (common && purity && laborKind && laborFen !== null) {
      product = {
        ...common,
        kind: 'weighed',
        purity,
        weightMg,
        laborFee: { kind: laborKind, fen: laborFen },
      };
    }
  } else if (kind.state === 'ok') {
    const priced = kind.value === 'fixed' ? 'fixed' : 'quantity';
    for (const [field, r] of Object.entries(weighedFields) as [CatalogField, Read<unknown>][]) {
      if (r.state === 'ok') refuse(field, 'ONLY_FOR_WEIGHED');
    }
    const priceFen = needed('price', price, existing?.kind === 'weighed' ? undefined : existing?.priceFen);
    if (common && priceFen !== null) product = { ...common, kind: priced, priceFen };
  }
  return { product: issues.length === 0 ? product : null, stock, issues };
}

/** Several barcodes in one cell, separated by semicolons, commas, bars or spaces (half- or full-width). */
function barcodeList(cell: Cell): values.Parsed<string[]> {
  const all = values.text(cell, 64 * MAX_BARCODES + MAX_BARCODES);
  if (!('value' in all)) return all;
  const codes = [...new Set(all.value.split(/[;；,，|\s]+/).filter((code) => code !== ''))];
  if (codes.length > MAX_BARCODES) return { issue: 'TOO_MANY_BARCODES', max: MAX_BARCODES };
  return codes.some((code) => code.length > 64) ? { issue: 'TOO_LONG', max: 64 } : { value: codes };
}
