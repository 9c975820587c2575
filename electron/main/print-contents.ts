import type { WebContents, WebContentsPrintOptions } from 'electron';
import type { PrintPage } from '../core/printing/transports/system';

/** The options a page prints with: no dialog, the page's own sheet size, the named printer or the default. */
export function printOptions(page: PrintPage): WebContentsPrintOptions {
  return {
    silent: true,
    printBackground: true,
    pageSize: page.pageSize,
    ...(page.printerName ? { deviceName: page.printerName } : {}),
  };
}

/** webContents.print as a promise: a refusal (no such printer, cancelled, failed) rejects with its reason. */
export function printContents(contents: Pick<WebContents, 'print'>, page: PrintPage): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print(printOptions(page), (success, failureReason) => {
      if (success) resolve();
      else reject(new Error(`系统打印失败 System print failed: ${failureReason || 'unknown'}`));
    });
  });
}
