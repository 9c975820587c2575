import { z } from 'zod';
import { channel } from './channel';
import type { Language } from './errors';

// Catalog import and export as CSV or XLSX. A file crosses the boundary as base64 text: JSON carries it
// the same way over IPC and over browser mode's HTTP.

/** The largest file an import takes (about 20,000 products as CSV); the renderer checks it first too. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
/** base64 of MAX_IMPORT_BYTES, with room for padding: anything longer is refused before decoding. */
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4;
/** Rows a report lists; the counts always cover every row. */
export const MAX_REPORTED_ISSUES = 500;

export const CatalogFileFormat = z.enum(['csv', 'xlsx']);
export type CatalogFileFormat = z.infer<typeof CatalogFileFormat>;

/** The columns of a catalog file, by the key the report names them with. */
export const CATALOG_FIELDS = [
  'sku',
  'name',
  'category',
  'kind',
  'price',
  'cost',
  'purity',
  'weight',
  'laborKind',
  'laborFee',
  'barcodes',
  'serialized',
  'certificateNo',
  'warrantyMonths',
  'stock',
] as const;
export type CatalogField = (typeof CATALOG_FIELDS)[number];

/** Why a row cannot be imported; `{value}`, `{max}`, `{row}` and `{column}` come from the issue. */
export const IMPORT_ISSUE_MESSAGES = {
  REQUIRED: { 'zh-CN': '“{column}”不能为空', en: '“{column}” is required' },
  TOO_LONG: { 'zh-CN': '“{column}”最多 {max} 个字符', en: '“{column}” takes at most {max} characters' },
  BAD_KIND: {
    'zh-CN': '计价方式“{value}”无效，应为 一口价、称重 或 计件',
    en: 'Kind “{value}” is not one of fixed, weighed, quantity',
  },
  BAD_MONEY: {
    'zh-CN': '金额“{value}”无效，应为元，最多两位小数，如 1280.00',
    en: 'Amount “{value}” is not yuan with at most 2 decimals, e.g. 1280.00',
  },
  MONEY_TOO_LARGE: { 'zh-CN': '金额“{value}”超出范围', en: 'Amount “{value}” is out of range' },
  BAD_WEIGHT: {
    'zh-CN': '重量“{value}”无效，应为克，最多三位小数，如 25.380',
    en: 'Weight “{value}” is not grams with at most 3 decimals, e.g. 25.380',
  },
  BAD_INTEGER: {
    'zh-CN': '“{column}”应为 0 到 {max} 之间的整数，而不是“{value}”',
    en: '“{column}” must be a whole number from 0 to {max}, not “{value}”',
  },
  UNKNOWN_PURITY: {
    'zh-CN': '未知成色“{value}”，可用 Au9999、Au999、Au990、Au750、Pt950、S925 等',
    en: 'Unknown purity “{value}”; use Au9999, Au999, Au990, Au750, Pt950, S925 …',
  },
  BAD_LABOR_KIND: {
    'zh-CN': '工费方式“{value}”无效，应为 按克 或 按件',
    en: 'Labor fee basis “{value}” is not per gram or per piece',
  },
  BAD_YES_NO: { 'zh-CN': '“{column}”应为 是 或 否，而不是“{value}”', en: '“{column}” must be yes or no' },
  ONLY_FOR_WEIGHED: {
    'zh-CN': '“{column}”只用于称重商品，请留空',
    en: '“{column}” is for weighed goods only; leave it empty',
  },
  NOT_FOR_WEIGHED: {
    'zh-CN': '称重商品按金价计价，“{column}”请留空',
    en: 'Weighed goods are priced by the gold rate; leave “{column}” empty',
  },
  CODE_AS_NUMBER: {
    'zh-CN': '“{column}”是数字格式，已丢失位数；请把该列设为文本后重新输入',
    en: '“{column}” is stored as a number and has lost digits; format the column as text and retype it',
  },
  TOO_MANY_BARCODES: { 'zh-CN': '条码最多 {max} 个', en: 'At most {max} barcodes' },
  SERIALIZED_STOCK: {
    'zh-CN': '一物一码的商品库存只能是 0 或 1',
    en: 'A serialized piece has a stock of 0 or 1',
  },
  DUPLICATE_SKU: {
    'zh-CN': '货号“{value}”与第 {row} 行重复',
    en: 'SKU “{value}” repeats row {row}',
  },
  DUPLICATE_BARCODE: {
    'zh-CN': '条码“{value}”与第 {row} 行重复',
    en: 'Barcode “{value}” repeats row {row}',
  },
  BARCODE_TAKEN: {
    'zh-CN': '条码“{value}”已属于商品 {sku}',
    en: 'Barcode “{value}” belongs to product {sku}',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type ImportIssueCode = keyof typeof IMPORT_ISSUE_MESSAGES;

export const ImportIssue = z.object({
  /** The row as Excel numbers it: the header is row 1. */
  row: z.number().int().positive(),
  field: z.enum(CATALOG_FIELDS),
  /** The column's header as written in the file. */
  column: z.string(),
  code: z.enum(Object.keys(IMPORT_ISSUE_MESSAGES) as [ImportIssueCode, ...ImportIssueCode[]]),
  value: z.string(),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportReport = z.object({
  format: CatalogFileFormat,
  /** Data rows read (empty rows are not counted). */
  rows: z.number().int(),
  goodRows: z.number().int(),
  badRows: z.number().int(),
  /** Of the good rows: products new to the catalog, and existing SKUs whose product the row updates. */
  creates: z.number().int(),
  updates: z.number().int(),
  /** Opening stock the new products would receive, in pieces. */
  stockUnits: z.number().int(),
  /** Columns the file has that the import does not know, left out. */
  ignoredColumns: z.array(z.string()),
  issues: z.array(ImportIssue),
  /** More issues than MAX_REPORTED_ISSUES were found; the first ones are listed. */
  truncated: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;

const ImportFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().max(MAX_IMPORT_BASE64, `file larger than ${MAX_IMPORT_BYTES} bytes`),
});

export const catalogIoChannels = {
  /** A dry run: reads and checks the file, writes nothing. */
  'catalog.importCheck': channel({
    input: ImportFile,
    output: ImportReport,
    access: 'catalog.manage',
    write: false,
  }),
  /**
   * Writes every good row in one transaction. With bad rows and skipBadRows false nothing is written and
   * the answer is IMPORT_HAS_ERRORS with the report in its details.
   */
  'catalog.import': channel({
    input: ImportFile.extend({ skipBadRows: z.boolean() }),
    output: ImportReport,
    access: 'catalog.manage',
    write: true,
  }),
  'catalog.export': channel({
    input: z.object({ format: CatalogFileFormat }),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      contentBase64: z.string(),
      products: z.number().int(),
    }),
    access: 'catalog.manage',
    write: false,
  }),
};
