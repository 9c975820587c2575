import { BrowserWindow } from 'electron';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SystemPrint } from '../core/printing/transports/system';
import { printContents } from './print-contents';

/**
 * A5/A4 pages go to a system printer through a hidden window of their own, with no scripts: the page is
 * kept in the data folder's prints/ (as browser mode keeps it), loaded, printed without a dialog, and the
 * window closed. The job's output names the printer and the kept page.
 */
export function electronSystemPrint(dataDir: string): SystemPrint {
  return async (page) => {
    const folder = join(dataDir, 'prints');
    await mkdir(folder, { recursive: true });
    const file = join(folder, `${page.jobId}.html`);
    await writeFile(file, page.html, 'utf8');
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    });
    try {
      await win.loadFile(file);
      await printContents(win.webContents, page);
      return `${page.printerName ?? '默认打印机 default printer'}: ${file}`;
    } finally {
      win.destroy();
    }
  };
}
