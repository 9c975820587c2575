import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageSize } from '../../../../shared/print/paper';
import { findChromium, htmlFileToPdf } from '../pdf';

export interface PrintPage {
  jobId: number;
  title: string;
  html: string;
  pageSize: PageSize;
  /** The system printer's name; null for the default. */
  printerName: string | null;
}

/**
 * Prints an HTML page on a system printer. The Electron shell passes one that uses webContents.print.
 * What it resolves to is recorded as the job's output: where the page was kept, when it was kept.
 */
export type SystemPrint = (page: PrintPage) => Promise<string | undefined>;

export interface SavePageOptions {
  /** The Chromium that turns the page into a PDF; null keeps the HTML only. Found when not given. */
  chromium?: string | null;
  timeoutMs?: number;
}

/**
 * Browser mode has no print dialog of its own: the page is saved in the data folder's prints/ as HTML
 * and, with the locally installed Chromium, as a PDF at the page's own size, ready to print. Without a
 * Chromium the HTML is kept and the job's output says so.
 */
export function savePageToDataDir(dataDir: string, options: SavePageOptions = {}): SystemPrint {
  const chromium = options.chromium === undefined ? findChromium() : options.chromium;
  return async (page) => {
    const folder = join(dataDir, 'prints');
    await mkdir(folder, { recursive: true });
    const base = join(folder, `${page.jobId}-${page.title.replace(/[^\p{L}\p{N}-]+/gu, '_')}`);
    await writeFile(`${base}.html`, page.html, 'utf8');
    if (!chromium) return `HTML only (no Chromium found to make a PDF): ${base}.html`;
    await htmlFileToPdf(`${base}.html`, `${base}.pdf`, {
      executable: chromium,
      timeoutMs: options.timeoutMs,
    });
    return `${base}.pdf`;
  };
}
