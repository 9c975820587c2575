import { MAX_IMPORT_BYTES, type CatalogFileFormat } from '../../../../shared/contract/catalog-io';
import { DomainError } from '../../errors';
import { decodeCsv, parseCsv } from './csv';
import type { SheetRow } from './sheet';
import { isXlsx, readXlsx } from './xlsx';

/** An old binary .xls workbook (OLE compound file): not read, the user is asked to save it as .xlsx. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The rows of an uploaded file; its format is told by its content, not by its name. */
export function readCatalogFile(file: { fileName: string; contentBase64: string }): {
  format: CatalogFileFormat;
  rows: SheetRow[];
} {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new DomainError('IMPORT_FILE_TOO_LARGE', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  if (isXlsx(bytes)) return { format: 'xlsx', rows: readXlsx(bytes, file.fileName) };
  if (bytes.subarray(0, 4).equals(OLE_MAGIC) || bytes.includes(0)) {
    throw new DomainError('IMPORT_UNREADABLE', { fileName: file.fileName });
  }
  return { format: 'csv', rows: parseCsv(decodeCsv(bytes)) };
}
