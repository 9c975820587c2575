import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture, type BrowserTill } from '../helpers/browser';
import { stockShop } from '../helpers/sale-ui';
import { GOODS } from '../helpers/sales';
import { seedStore, simulatedScale } from '../helpers/seed';
import { CASHIER, MANAGER } from '../helpers/till-store';
import { ADMIN, signIn } from '../helpers/till-ui';

// 盘点 in the browser: a manager starts a count of the whole store (F9), the scanner reads the bangle's tag
// and a tag the catalog does not know, the 足金 is weighed on the scale (F7, and F7 takes the stable reading),
// and the variance report (F4) lists the vase nobody scanned as missing and the unknown tag.

const e2e = useE2eFixture('stocktake');

const SCANNER = { kind: 'scanner', name: '盘点扫描枪', connection: { type: 'simulated' } } as const;
const SCALE = simulatedScale('盘点秤');

/** The simulated scanner (device 1) and scale (device 2), driven as an admin would from the simulator. */
function simulatorOf(till: BrowserTill) {
  const call = (channel: string, input: unknown): void => {
    const result = till.core.invoke('sim', { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  call('auth.login', { staffId: 1, pin: ADMIN.pin });
  return {
    scan: (code: string) => call('devices.simulate', { action: 'scan', deviceId: 1, code }),
    weigh: (weightMg: number, stable: boolean) =>
      call('devices.simulate', { action: 'weight', deviceId: 2, weightMg, stable }),
  };
}

describe('stocktake (盘点) in the browser', () => {
  it('starts a count, takes scans, weighs on the scale and shows the variance report', async () => {
    const till = await startBrowserTill();
    e2e.till = till;
    seedStore(till, 'T01', [CASHIER, MANAGER], [SCANNER, SCALE]);
    stockShop(till);
    const { scan, weigh } = simulatorOf(till);
    e2e.app = await openApp(e2e.browser, till);
    const { page } = e2e.app;
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-stocktake').click();
    await page.getByRole('heading', { name: '盘点' }).waitFor();

    await page.keyboard.press('F9');
    // the bangle and the vase are the store's tagged pieces
    await page.getByTestId('stocktake-progress').filter({ hasText: '已扫 0 / 应有 2 件' }).waitFor();
    scan(GOODS.bangle.barcodes[0] as string);
    await page.getByText('已盘到').waitFor();
    await page.getByTestId('stocktake-progress').filter({ hasText: '已扫 1 / 应有 2 件' }).waitFor();
    scan('6970000000017');
    await page.getByText('无法识别的条码').waitFor();

    // the 足金 of the first place on the scale: settling, it cannot be taken; stable, F7 takes it
    await page.keyboard.press('F7');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill('Au999');
    await page.keyboard.press('Enter');
    const live = dialog.getByTestId('scale-live');
    weigh(20_148, false);
    await live.and(page.locator('[data-accepted="false"]')).filter({ hasText: '20.148g' }).waitFor();
    await page.keyboard.press('F7');
    await dialog.getByText('重量尚未稳定，请稍候').waitFor();
    weigh(20_148, true);
    await live.and(page.locator('[data-accepted="true"]')).filter({ hasText: '20.148g' }).waitFor();
    await page.keyboard.press('F7');
    await page.getByText('已记录 Au999 20.148g').waitFor();
    const weighed = till.core.db
      .prepare(`SELECT payload FROM journal WHERE type = 'stocktake.weighed'`)
      .pluck()
      .all() as string[];
    expect(weighed.map((row) => JSON.parse(row) as unknown)).toEqual([
      expect.objectContaining({ purity: 'Au999', weightMg: 20_148, source: 'scale' }),
    ]);

    await page.keyboard.press('F4');
    const missing = page.getByTestId('stocktake-stocktake.report.missing');
    await missing.waitFor();
    expect(await missing.textContent()).toContain(GOODS.vase.sku);
    expect(await page.getByTestId('stocktake-stocktake.report.unknownCodes').textContent()).toContain(
      '6970000000017',
    );
    await screenshot(page, 'stocktake-report');
  });
});
