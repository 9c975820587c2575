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
