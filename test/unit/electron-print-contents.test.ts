import { describe, expect, it } from 'vitest';
import { printContents, printOptions } from '../../electron/main/print-contents';
import type { PrintPage } from '../../electron/core/printing/transports/system';

const page: PrintPage = {
  jobId: 7,
  title: '质保单',
  html: '<p>质保单</p>',
  pageSize: 'A5',
  printerName: null,
};

/** Stands in for Electron's webContents, answering print as the printer named in the options would. */
const contentsAnswering = (success: boolean, reason: string, seen: unknown[]) => ({
  print: (options: unknown, callback?: (success: boolean, failureReason: string) => void) => {
    seen.push(options);
    callback?.(success, reason);
  },
});

describe('system printing in the Electron shell', () => {
  it('prints without a dialog at the page size, on the default printer or the named one', () => {
    expect(printOptions(page)).toEqual({ silent: true, printBackground: true, pageSize: 'A5' });
    expect(printOptions({ ...page, pageSize: 'A4', printerName: 'HP LaserJet' })).toEqual({
      silent: true,
      printBackground: true,
      pageSize: 'A4',
      deviceName: 'HP LaserJet',
    });
  });

  it('resolves when printed and rejects with the reason when not', async () => {
    const seen: unknown[] = [];
    await expect(printContents(contentsAnswering(true, '', seen), page)).resolves.toBeUndefined();
    await expect(
      printContents(contentsAnswering(false, 'Invalid deviceName provided', seen), page),
    ).rejects.toThrow('系统打印失败 System print failed: Invalid deviceName provided');
    expect(seen).toHaveLength(2);
  });
});
