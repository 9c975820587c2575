import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageSize } from '../../../../shared/print/paper';

export interface PrintPage {
  jobId: number;
  title: string;
  html: string;
  pageSize: PageSize;
  /** The system printer's name; null for the default. */
  printerName: string | null;
}

/** Prints an HTML page on a system printer. The Electron shell passes one that uses webContents.print. */
export type SystemPrint = (page: PrintPage) => Promise<void>;

/**
 * Browser mode has no print dialog of its own: the page is saved in the data folder's prints/, ready to
 * open and print from the browser. Turning it into a PDF with Chromium is left for later.
 */
export function savePageToDataDir(dataDir: string): SystemPrint {
  return async (page) => {
    const folder = join(dataDir, 'prints');
    await mkdir(folder, { recursive: true });
    const name = `${page.jobId}-${page.title.replace(/[^\p{L}\p{N}-]+/gu, '_')}.html`;
    await writeFile(join(folder, name), page.html, 'utf8');
  };
}
