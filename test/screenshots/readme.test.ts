import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApp, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { chooseDemoStore, demoSimulator, openTile, signInByKeyboard } from '../helpers/demo-ui';
import { loginHeading, openedDialog } from '../helpers/till-ui';

/**
 * The README's pictures, taken from the demo store as a newcomer would reach them, so they show what the
 * app shows today. `npm run screenshots` runs this (not `npm test`: building the demo takes a while).
 */
const OUT_DIR = fileURLToPath(new URL('../../docs/screenshots', import.meta.url));
const VIEWPORT = { width: 1366, height: 768 };

const e2e = useE2eFixture('readme-screenshots');

describe('README screenshots', () => {
  it('the sale screen with a weighed 足金 line, and the repair board, in zh-CN at 1366×768', async () => {
    e2e.till = await startBrowserTill();
    e2e.app = await openApp(e2e.browser, e2e.till, VIEWPORT);
    const { page } = e2e.app;
    const db = e2e.till.core.db;
    mkdirSync(OUT_DIR, { recursive: true });

    await chooseDemoStore(page);
    await signInByKeyboard(page, '张丽', '1111');
    await openTile(page, 'shift');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '￥100.00 张数');
    await page.keyboard.type('10');
    for (let i = 0; i < 9; i++) await page.keyboard.press('Enter');
    await page.getByText(/^张丽 于 .+ 开班/).waitFor();
    await page.keyboard.press('Escape');
    await openTile(page, 'sales');
    await page.getByRole('heading', { name: '收银台' }).waitFor();

    // a tagged 足金 ring the demo's history has not sold, read by the simulated scanner
    const ring = db
      .prepare(
        `SELECT p.name, b.code FROM products p JOIN categories c ON c.id = p.category_id
         JOIN barcodes b ON b.product_id = p.id
         WHERE c.name = '足金戒指' AND p.id NOT IN (SELECT product_id FROM sale_lines WHERE product_id IS NOT NULL)
         ORDER BY p.id LIMIT 1`,
      )
      .get() as { name: string; code: string };
    const simulate = demoSimulator(e2e.till);
    simulate({ action: 'scan', code: ring.code });
    await page.getByTestId('cart-line-1').filter({ hasText: ring.name }).waitFor();

    // loose 足金转运珠, weighed on the simulated scale
    await page.getByLabel('搜索商品').focus();
    await page.keyboard.type('zjzyz', { delay: 40 });
    await page.getByRole('option', { name: /足金转运珠/ }).waitFor();
    await page.keyboard.press('Enter');
    const dialog = await openedDialog(page, '修改：足金转运珠');
    simulate({ action: 'weight', weightMg: 3_260, stable: true });
    await dialog
      .getByTestId('scale-live')
      .and(page.locator('[data-accepted="true"]'))
      .filter({ hasText: '3.260g' })
      .waitFor();
    await page.keyboard.press('F6');
    await dialog.getByLabel('克重').and(page.locator('[value="3.260"]')).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('cart-line-2').filter({ hasText: '3.260g ×' }).waitFor();
    await page.screenshot({ path: join(OUT_DIR, 'sale-zh-CN.png') });

    // the repair desk's board: the demo's tickets in every status
    await page.keyboard.press('F12');
    await loginHeading(page).waitFor();
    await signInByKeyboard(page, '赵师傅', '3333');
    await openTile(page, 'repairs');
    await page.locator('.ant-table-row').first().waitFor();
    await page.screenshot({ path: join(OUT_DIR, 'repairs-zh-CN.png') });

    expect(e2e.app.problems).toEqual([]);
  });
});
