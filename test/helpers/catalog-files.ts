import { createRequire } from 'node:module';
import type * as Xlsx from '@e965/xlsx';
import iconv from 'iconv-lite';

// Catalog files as a store would hand them in, built the way Excel writes them.

export type Row = readonly (string | number | boolean)[];

const quote = (cell: string | number | boolean): string => {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
export const csvText = (rows: readonly Row[]): string =>
  rows.map((row) => row.map(quote).join(',')).join('\r\n');

/** Excel's "CSV UTF-8": a byte-order mark, then UTF-8. */
export const csvUtf8Bom = (rows: readonly Row[]): Buffer =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows), 'utf8')]);

/** Plain "CSV" saved by a Chinese Excel: GB18030, no mark. */
export const csvGb18030 = (rows: readonly Row[]): Buffer => iconv.encode(csvText(rows), 'gb18030');

const xlsx = (): typeof Xlsx => createRequire(import.meta.url)('@e965/xlsx') as typeof Xlsx;

/** A workbook whose number cells stay numbers (as typed into Excel) and text stays text. */
export function xlsxFile(rows: readonly Row[]): Buffer {
  const lib = xlsx();
  const book = lib.utils.book_new(lib.utils.aoa_to_sheet(rows.map((row) => [...row])), 'Sheet1');
  return lib.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The rows of a workbook's first sheet, values as stored. */
export function xlsxRows(bytes: Buffer): unknown[][] {
  const lib = xlsx();
  const book = lib.read(bytes, { type: 'buffer' });
  return lib.utils.sheet_to_json(book.Sheets[book.SheetNames[0] as string] as Xlsx.WorkSheet, { header: 1 });
}

export const base64 = (bytes: Buffer): string => bytes.toString('base64');

/** The zh-CN header a catalog export writes. */
export const ZH_HEADER = [
  '货号',
  '名称',
  '类别',
  '计价方式',
  '售价(元)',
  '成本(元)',
  '成色',
  '重量(克)',
  '工费方式',
  '工费(元)',
  '条码',
  '一物一码',
  '证书编号',
  '保修期(月)',
  '库存',
] as const;

export type CatalogCells = Partial<Record<(typeof ZH_HEADER)[number], string>>;

/** A row under ZH_HEADER; columns not named are blank. */
export const catalogRow = (cells: CatalogCells): Row => ZH_HEADER.map((column) => cells[column] ?? '');

/** One of each kind of goods, as a store's sheet would list them. */
export const SAMPLE_GOODS = {
  bangle: {
    ...{
      货号: 'JZ-0001',
      名称: '足金手镯',
      类别: '黄金',
      计价方式: '称重',
      成色: 'Au999',
      '重量(克)': '20.150',
    },
    ...{ 工费方式: '按克', '工费(元)': '15.00', 条码: '6901234567890;6901234567891', 一物一码: '是' },
    ...{ 证书编号: 'NGTC-118', '保修期(月)': '12', 库存: '1' },
  },
  vase: {
    ...{ 货号: 'CP-0007', 名称: '青花瓷瓶', 类别: '家居', 计价方式: '一口价', '售价(元)': '1280.00' },
    ...{ '成本(元)': '600.00' },
    ...{ 条码: '6900000000007', 一物一码: '否', '保修期(月)': '0', 库存: '1' },
  },
  towel: {
    ...{ 货号: 'MJ-0100', 名称: '纯棉毛巾', 类别: '家居', 计价方式: '计件', '售价(元)': '39.00' },
    ...{ 一物一码: '否', '保修期(月)': '0', 库存: '24' },
  },
} satisfies Record<string, CatalogCells>;
