import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import {
  chooseDemoStore,
  demoSimulator,
  openShiftCounting,
  openTile,
  sellWeighed,
  signInByKeyboard,
} from '../helpers/demo-ui';

const e2e = useE2eFixture('demo-store');

/** ￥1,234.56 as the screens show fen. */
const yuan = (fen: number): string =>
  `￥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

describe('the demo store, chosen on the first-run screen', () => {
  it('is built while the screen says so, then its cashier opens the shift and sells a loose 足金 piece weighed on the scale', async () => {
    e2e.till = await startBrowserTill();
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    const db = e2e.till.core.db;

    // The request that builds the demo is held until the screen shows it is being built: the core answers
    // nothing else while it seeds, so the page alone must show that work is under way.
    const building = page.getByRole('status').filter({ hasText: '正在建立演示门店…' });
    await page.route('**/api/invoke', async (route) => {
      const body = route.request().postDataJSON() as { channel?: string };
      if (body.channel === 'setup.demo') {
        await building.waitFor();
        await screenshot(page, 'demo-building-zh-CN');
      }
      await route.continue();
    });
    await chooseDemoStore(page);
    await page.unroute('**/api/invoke');

    // The PIN pad lists the demo's people and, under them, their PINs.
    const pins = page.getByTestId('demo-pins');
    expect(await pins.textContent()).toContain('张丽 收银员 1111');
    expect(await page.getByRole('listitem').count()).toBe(5);
    await screenshot(page, 'demo-login-zh-CN');

    await signInByKeyboard(page, '张丽', '1111');

    // The morning's first act: open the shift, counting the float by keyboard: ten ￥100 notes, what last
    // night's close left in the drawer.
    await openShiftCounting(page, '张丽', 10);
    const shift = db
      .prepare(`SELECT float_fen, previous_left_in_fen FROM shifts WHERE closed_at IS NULL`)
      .all();
    // 10 × ￥100.00 = ￥1,000.00 counted, as the demo's last close left in
    expect(shift).toEqual([{ float_fen: 100_000, previous_left_in_fen: 100_000 }]);

    // A loose 足金小金豆 found by its pinyin initials, weighed on the simulated scale at exactly 2.000 g.
    await page.keyboard.press('Escape');
    await openTile(page, 'sales');
    await page.getByRole('heading', { name: '收银台' }).waitFor();
    await sellWeighed(page, demoSimulator(e2e.till), {
      initials: 'zjxjd',
      name: '足金小金豆',
      weightMg: 2_000,
    });

    // The price follows from the demo's data, not from the code under test: today's Au999 selling rate and
    // the piece's labor fee per gram, each taken twice for 2 g (no rounding at a whole number of grams).
    const rate = db
      .prepare(
        `SELECT sell_fen_per_gram FROM gold_rates WHERE purity = 'Au999' ORDER BY business_day DESC, id DESC LIMIT 1`,
      )
      .pluck()
      .get() as number;
    const labor = db
      .prepare(`SELECT labor_fen FROM products WHERE name = '足金小金豆'`)
      .pluck()
      .get() as number;
    const expected = 2 * rate + 2 * labor;
    const line = page.getByTestId('cart-line-1');
    await line
      .getByTestId('line-net')
      .filter({ hasText: yuan(expected) })
      .waitFor();
    expect(await line.textContent()).toContain(`2.000g × ${yuan(rate)}/克 = ${yuan(2 * rate)}`);

    // Paid exactly in cash: F9 to pay, F1 for what is due, F9 to commit.
    await page.keyboard.press('F9');
    await page.keyboard.press('F1');
    await page.getByTestId('pay-change').filter({ hasText: '￥0.00' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('change-due').filter({ hasText: '￥0.00' }).waitFor();
    const receipt = (await page.getByTestId('receipt-no').textContent()) ?? '';
    expect(receipt).toMatch(/^T01-\d{8}-\d{4}$/);
    expect(
      db
        .prepare(
          `SELECT s.total_fen, l.name, l.weight_mg, l.gold_rate_fen_per_gram FROM sales s
           JOIN sale_lines l ON l.sale_id = s.id WHERE s.receipt_no = ?`,
        )
        .all(receipt),
    ).toEqual([{ total_fen: expected, name: '足金小金豆', weight_mg: 2_000, gold_rate_fen_per_gram: rate }]);

    expect(e2e.app.problems).toEqual([]);
    // building the demo takes tens of seconds alone, more beside the rest of the suite
  }, 240_000);
});
