import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApp, startBrowserTill, useE2eFixture } from '../helpers/browser';
import {
  chooseDemoStore,
  demoSimulator,
  openShiftCounting,
  openTile,
  sellWeighed,
  signInByKeyboard,
} from '../helpers/demo-ui';
import { loginHeading } from '../helpers/till-ui';

/**
 * The README's pictures, taken from the demo store as a newcomer would reach them, so they show what the
 * app shows today. `npm run screenshots` runs this (not `npm test`: building the demo takes a while).
 */
const OUT_DIR = fileURLToPath(new URL('../../resources/screenshots', import.meta.url));
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
    await openShiftCounting(page, '张丽', 10);
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
    await sellWeighed(page, simulate, { initials: 'zjzyz', name: '足金转运珠', weightMg: 3_260 });
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
