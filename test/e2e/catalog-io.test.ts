import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { catalogRow, csvUtf8Bom, SAMPLE_GOODS, ZH_HEADER } from '../helpers/catalog-files';
import { seedStore } from '../helpers/seed';
import { openedDialog, signIn } from '../helpers/till-ui';

const e2e = useE2eFixture('catalog-io');

const MANAGER = { name: '王经理', role: 'manager', pin: '888888' } as const;

describe('catalog import and export', () => {
  it('shows the report of a file with one bad row, imports the good rows on request and exports the catalog', async () => {
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T05', [MANAGER]);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page, problems } = e2e.app;
    const db = e2e.till.core.db;
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-catalog').click();
    await page.getByRole('heading', { name: '商品管理' }).waitFor();

    const goods = csvUtf8Bom([
      ZH_HEADER,
      catalogRow(SAMPLE_GOODS.bangle),
      catalogRow({ ...SAMPLE_GOODS.vase, '售价(元)': '12.3.4' }),
      catalogRow(SAMPLE_GOODS.towel),
    ]);
    await page.keyboard.press('F7');
    const dialog = await openedDialog(page, '导入商品（CSV / Excel）');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: '商品.csv', mimeType: 'text/csv', buffer: goods });
    await dialog.getByText('共 3 行：可导入 2 行（新增 2，更新 0），有错误 1 行').waitFor();
    const issue = dialog.getByRole('row', { name: /金额“12\.3\.4”无效/ });
    expect((await issue.getByRole('cell').allTextContents()).slice(0, 2)).toEqual(['3', '售价(元)']);
    expect(db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(0);
    await screenshot(page, 'catalog-import-report-zh-CN');

    await page.keyboard.press('Control+Enter');
    await page.getByText('已导入 2 行：新增 2，更新 0').waitFor();
    expect(db.prepare('SELECT sku FROM products ORDER BY sku').pluck().all()).toEqual(['JZ-0001', 'MJ-0100']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('F9')]);
    expect(download.suggestedFilename()).toMatch(/^商品资料-\d{8}\.csv$/);
    const exported = readFileSync(await download.path());
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.toString('utf8')).toContain('MJ-0100,纯棉毛巾,家居,计件,39.00,,,,,,,否,,0,24');
    expect(problems).toEqual([]);
  });
});
