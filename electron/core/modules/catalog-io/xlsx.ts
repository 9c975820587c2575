import { createRequire } from 'node:module';
import type * as Xlsx from '@e965/xlsx';
import { DomainError } from '../../errors';
import type { Cell, OutCell, SheetRow } from './sheet';

// SheetJS (the maintained 0.20 line as published on npm under @e965/xlsx; the `xlsx` 0.18 package is
// abandoned with known vulnerabilities). Its API is synchronous, as the router's handlers are. It is loaded
// on the first import or export only: the till's start and the renderer never pay for it.
let library: typeof Xlsx | undefined;
const xlsx = (): typeof Xlsx => (library ??= createRequire(import.meta.url)('@e965/xlsx') as typeof Xlsx);

const ZIP_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');
export const isXlsx = (bytes: Buffer): boolean => bytes.subarray(0, 4).equals(ZIP_MAGIC);

function cellValue(cell: Xlsx.CellObject | undefined): Cell {
  if (cell === undefined || cell.v === undefined || cell.t === 'z') return '';
  if (cell.t === 'n' && typeof cell.v === 'number') return cell.v;
  if (cell.t === 'b' && typeof cell.v === 'boolean') return cell.v;
  // errors (#N/A) and anything else come as the text Excel shows, so the report can quote them
  return cell.t === 'e' ? (cell.w ?? '#ERROR') : String(cell.v);
}

/** The first worksheet's non-empty rows, numbered as Excel numbers them. */
export function readXlsx(bytes: Buffer, fileName: string): SheetRow[] {
  const lib = xlsx();
  let book: Xlsx.WorkBook;
  try {
    book = lib.read(bytes, { type: 'buffer', cellDates: false, cellHTML: false, cellStyles: false });
  } catch {
    throw new DomainError('IMPORT_UNREADABLE', { fileName });
  }
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet?.['!ref']) return [];
  const range = lib.utils.decode_range(sheet['!ref']);
  const rows: SheetRow[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: Cell[] = [];
    for (let c = 0; c <= range.e.c; c++) cells.push(cellValue(sheet[lib.utils.encode_cell({ r, c })]));
    if (cells.some((cell) => cell !== '')) rows.push({ row: r + 1, cells });
  }
  return rows;
}

const FORMATS = { 0: '0', 2: '0.00', 3: '0.000' } as const;

/**
 * One worksheet. Codes stay text cells, so Excel never turns a barcode into 6.9E+12; amounts and weights
 * are number cells with their decimals shown (fen / 100 is the double nearest the decimal, read back exactly).
 */
export function writeXlsx(rows: readonly (readonly OutCell[])[], sheetName: string): Buffer {
  const lib = xlsx();
  const sheet = lib.utils.aoa_to_sheet(
    rows.map((cells) => cells.map((cell) => (typeof cell === 'string' ? cell : 0))),
  );
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (typeof cell === 'string') return;
      sheet[lib.utils.encode_cell({ r, c })] = {
        t: 'n',
        v: cell.value / 10 ** cell.decimals,
        z: FORMATS[cell.decimals],
      };
    }),
  );
  const book = lib.utils.book_new(sheet, sheetName);
  return lib.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
