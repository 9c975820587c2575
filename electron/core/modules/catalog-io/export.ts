import type { Product } from '../../../../shared/contract/catalog';
import type { CatalogFileFormat } from '../../../../shared/contract/catalog-io';
import { PURITIES } from '../../../../shared/domain/purity';
import { COLUMNS } from './columns';
import { formatCsv } from './csv';
import type { OutCell } from './sheet';
import { writeXlsx } from './xlsx';

const KIND_WORDS = { fixed: '一口价', weighed: '称重', quantity: '计件' } as const;
const LABOR_WORDS = { perGram: '按克', perPiece: '按件' } as const;

/** A product as a file row, in the words and units an import reads back to the same product. */
function productRow(product: Product): OutCell[] {
  const cells: Record<(typeof COLUMNS)[number]['field'], OutCell> = {
    sku: product.sku,
    name: product.name,
    category: product.category ?? '',
    kind: KIND_WORDS[product.kind],
    price: product.priceFen === null ? '' : { value: product.priceFen, decimals: 2 },
    cost: product.costFen == null ? '' : { value: product.costFen, decimals: 2 },
    purity: product.purity === null ? '' : PURITIES[product.purity].zh,
    weight: product.weightMg === null ? '' : { value: product.weightMg, decimals: 3 },
    laborKind: product.laborFee === null ? '' : LABOR_WORDS[product.laborFee.kind],
    laborFee: product.laborFee === null ? '' : { value: product.laborFee.fen, decimals: 2 },
    barcodes: product.barcodes.join(';'),
    serialized: product.serialized ? '是' : '否',
    certificateNo: product.certificateNo ?? '',
    warrantyMonths: { value: product.warrantyMonths, decimals: 0 },
    stock: { value: product.onHand, decimals: 0 },
  };
  return COLUMNS.map((column) => cells[column.field]);
}

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The catalog with on-hand as a CSV (UTF-8 with BOM) or XLSX file an import takes back. */
export function catalogFile(products: readonly Product[], format: CatalogFileFormat): Buffer {
  const rows = [COLUMNS.map((column) => column.header), ...products.map(productRow)];
  return format === 'csv' ? formatCsv(rows) : writeXlsx(rows, '商品资料');
}
