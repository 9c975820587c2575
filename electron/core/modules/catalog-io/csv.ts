import iconv from 'iconv-lite';
import { formatDecimal } from '../../../../shared/domain/money';
import { isBlank, type OutCell, type SheetRow } from './sheet';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The text of a CSV file. Excel saves "CSV UTF-8" with a byte-order mark, and plain "CSV" on a Chinese
 * Windows in GB18030 (GBK): bytes that are not valid UTF-8 are read as GB18030.
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.subarray(0, 3).equals(UTF8_BOM)) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

/** Excel's "Unicode text" and some exports separate by tabs: a first line with tabs and no comma. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/**
 * Excel runs a CSV cell that starts with = + - or @ as a formula: exported text that does gets a leading
 * apostrophe, so a product name can never run as one, and an import takes the apostrophe off again.
 */
const FORMULA_START = /^[=+\-@]/;
const QUOTED_FORMULA = /^'[=+\-@]/;
const unguard = (field: string): string => (QUOTED_FORMULA.test(field) ? field.slice(1) : field);

/**
 * RFC 4180 records: quoted fields may hold the delimiter, quotes ("") and line breaks; CRLF, LF or CR end
 * a record. Rows are numbered by record, as Excel numbers them; blank records are left out.
 */
export function parseCsv(text: string): SheetRow[] {
  const delimiter = delimiterOf(text);
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let record = 1;
  const endField = (): void => {
    cells.push(unguard(field));
    field = '';
  };
  const endRecord = (): void => {
    endField();
    if (!cells.every((cell) => isBlank(cell))) rows.push({ row: record, cells });
    cells = [];
    record++;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}

const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const cellText = (cell: OutCell): string =>
  typeof cell === 'string'
    ? FORMULA_START.test(cell)
      ? `'${cell}`
      : cell
    : cell.decimals === 0
      ? String(cell.value)
      : formatDecimal(cell.value, cell.decimals);

/** UTF-8 with a byte-order mark and CRLF, as Excel opens it without garbling Chinese. */
export function formatCsv(rows: readonly (readonly OutCell[])[]): Buffer {
  const text = rows.map((cells) => cells.map((cell) => quote(cellText(cell))).join(',')).join('\r\n');
  return Buffer.concat([UTF8_BOM, Buffer.from(`${text}\r\n`, 'utf8')]);
}
