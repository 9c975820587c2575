import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { formatGrams } from '../../shared/domain/money';
import { seedStore } from '../helpers/seed';
import { openedDialog, signIn, typeByHand, wedgeScan } from '../helpers/till-ui';

const e2e = useE2eFixture('goods-and-devices');

const MANAGER = { name: '王经理', role: 'manager', pin: '888888' } as const;
const BANGLE_BARCODE = '6901234567890';

/**
 * Goes home and opens a screen from its tile (not Alt+number: other screens may be added before it).
 * The back button, not Esc, which a field in focus keeps for itself.
 */
async function openTile(page: Page, tile: string, heading: string): Promise<void> {
  const back = page.getByRole('button', { name: '首页' });
  if (await back.isVisible()) await back.click();
  await page.getByTestId(`tile-${tile}`).click();
  await page.getByRole('heading', { name: heading }).waitFor();
}

describe('gold rates, the catalog and the devices', () => {
  it('sets today’s gold rate, adds a weighed gold item, finds it by pinyin and opens it by scanning', async () => {
    e2e.till = await startBrowserTill();
    seedStore(
      e2e.till,
      'T03',
      [MANAGER],
      [{ kind: 'scanner', name: '柜台扫描枪', connection: { type: 'simulated' } }],
    );
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    const db = e2e.till.core.db;
    await signIn(page, MANAGER.name, MANAGER.pin);

    // Nobody has set a rate today: every signed-in user is told on the home screen.
    await page.getByTestId('today-rates-missing').filter({ hasText: '今日金价未设置' }).waitFor();

    // A buy-back above the selling rate is refused before anything is sent; then the rate is saved.
    await openTile(page, 'goldRates', '今日金价');
    await page.getByLabel('千足金 Au999 卖出价').fill('612.5');
    await page.getByLabel('千足金 Au999 回收价').fill('700');
    await page.keyboard.press('Control+s');
    await page.getByText('回收价不能高于卖出价').waitFor();
    await page.getByLabel('千足金 Au999 回收价').fill('560');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存 1 个成色的今日金价').waitFor();
    await page.getByText('回收价不能高于卖出价').waitFor({ state: 'hidden' });
    expect(await page.getByLabel('千足金 Au999 卖出价').inputValue()).toBe('612.50');
    await page
      .getByRole('row', { name: /千足金 Au999/ })
      .filter({ hasText: MANAGER.name })
      .waitFor();
    expect(
      db.prepare('SELECT purity, sell_fen_per_gram, buy_back_fen_per_gram FROM gold_rates').all(),
    ).toEqual([{ purity: 'Au999', sell_fen_per_gram: 61_250, buy_back_fen_per_gram: 56_000 }]);
    await screenshot(page, 'gold-rates-zh-CN');
    await page.getByRole('button', { name: '首页' }).click();
    const todayRates = page.getByTestId('today-rates');
    await todayRates.filter({ hasText: '￥612.50' }).waitFor();
    expect(await todayRates.textContent()).toContain('回收 ￥560.00');
    await screenshot(page, 'home-rates-zh-CN');

    // A weighed gold bangle: purity, weight in grams, labor fee per gram, a barcode, a certificate.
    await openTile(page, 'catalog', '商品管理');
    await page.keyboard.press('F4');
    let form = await openedDialog(page, '新增商品');
    await form.getByText('称重贵金属').click();
    await form.getByLabel('货号').fill('JZ-0001');
    await form.getByLabel('名称').fill('足金手镯');
    await form.getByLabel('类别').fill('黄金');
    await form.getByLabel('条码').fill(BANGLE_BARCODE);
    await page.keyboard.press('Enter');
    await form.getByLabel('成色').click();
    await page.keyboard.type('Au999');
    await page.keyboard.press('Enter');
    await form.getByLabel('重量').fill('20.15');
    await form.getByLabel('工费').fill('15');
    await form.getByLabel('一物一码').click();
    await form.getByLabel('证书编号').fill('NGTC-2026-118');
    await screenshot(page, 'product-form-zh-CN');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存 足金手镯').waitFor();
    await form.waitFor({ state: 'hidden' });
    expect(
      db
        .prepare(
          'SELECT kind, purity, weight_mg, labor_kind, labor_fen, serialized, certificate_no FROM products',
        )
        .get(),
    ).toEqual({
      kind: 'weighed',
      purity: 'Au999',
      weight_mg: 20_150,
      labor_kind: 'perGram',
      labor_fen: 1_500,
      serialized: 1,
      certificate_no: 'NGTC-2026-118',
    });
    expect(db.prepare('SELECT code FROM barcodes').pluck().all()).toEqual([BANGLE_BARCODE]);

    // Found by pinyin initials typed at a person's pace.
    const search = page.getByLabel('搜索商品');
    await search.click();
    await typeByHand(page, 'zjsz');
    const bangleRow = page.locator('.ant-table-row').filter({ hasText: '足金手镯' });
    await bangleRow
      .filter({ hasText: formatGrams(20_150) })
      .filter({ hasText: '工费 ￥15.00/克' })
      .waitFor();
    await page.getByText('找到 1 件商品').waitFor();
    await screenshot(page, 'catalog-zh-CN');

    // A keyboard-wedge scan with the search box focused opens the product; the box keeps its text.
    await wedgeScan(page, BANGLE_BARCODE);
    form = await openedDialog(page, '编辑商品：足金手镯');
    expect(await form.getByLabel('重量').inputValue()).toBe('20.150');
    expect(await search.inputValue()).toBe('zjsz');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });

    // A serial scanner's scan, fired from the simulator beside the screen, does the same.
    await page.keyboard.press('F8');
    const simulator = await openedDialog(page, '模拟设备 F8');
    const scanner = simulator.getByRole('region', { name: '柜台扫描枪' });
    await scanner.getByLabel('条码').fill(BANGLE_BARCODE);
    await scanner.getByRole('button', { name: '模拟扫码' }).click();
    form = await openedDialog(page, '编辑商品：足金手镯');
    expect(await search.inputValue()).toBe('zjsz');
    // the simulator stays above the dialog (its scale must be usable while one waits): Esc in the dialog
    // closes the dialog only
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });
    expect(await simulator.isVisible()).toBe(true);
    await page.keyboard.press('F8');
    await simulator.waitFor({ state: 'hidden' });

    // An unknown code offers a new product with that barcode already filled in.
    await search.click();
    await wedgeScan(page, '6900000000001');
    const offer = await openedDialog(page, '没有条码为“6900000000001”的商品');
    await offer.getByRole('button', { name: '新增商品' }).click();
    form = await openedDialog(page, '新增商品');
    await form.locator('.ant-select-selection-item').filter({ hasText: '6900000000001' }).waitFor();
    expect(await search.inputValue()).toBe('zjsz');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'hidden' });

    expect(e2e.app.problems).toEqual([]);
  });

  it('adds a simulated scale and shows its reading in the live view as the simulator sets a weight', async () => {
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T04', [MANAGER]);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    await signIn(page, MANAGER.name, MANAGER.pin);

    await openTile(page, 'devices', '外设');
    await page.getByText('还没有设置串口设备').waitFor();
    await page.keyboard.press('F4');
    const form = await openedDialog(page, '添加设备');
    await form.getByText('电子秤', { exact: true }).click();
    await form.getByLabel('名称').fill('柜台电子秤');
    await form.getByText('模拟设备（无硬件）').click();
    await page.keyboard.press('Control+s');
    await page.getByText('已保存 柜台电子秤').waitFor();
    await form.waitFor({ state: 'hidden' });

    // Never shown as hardware: the card and the detail both say simulated; the core reports it connected.
    const card = page.getByTestId('device-1');
    await card.locator('[data-testid="device-status"][data-state="connected"]').waitFor();
    expect(await card.textContent()).toContain('模拟');
    const detail = page.getByRole('region', { name: '柜台电子秤' });
    expect(await detail.textContent()).toContain('模拟设备，无硬件');

    // A stable 12.345 g is read, settles over three readings and may be taken; unstable, it may not.
    const reading = page.getByTestId('scale-reading');
    await detail.getByLabel('重量').fill('12.345');
    await detail.getByRole('button', { name: '设置重量' }).click();
    await reading
      .and(page.locator('[data-accepted="true"]'))
      .filter({ hasText: formatGrams(12_345) })
      .waitFor();
    await page.getByTestId('traffic').filter({ hasText: 'ST,+00012.345' }).waitFor();
    await screenshot(page, 'devices-zh-CN');
    await detail.getByLabel('稳定').click();
    await detail.getByLabel('重量').fill('3.2');
    await detail.getByRole('button', { name: '设置重量' }).click();
    await reading
      .and(page.locator('[data-accepted="false"]'))
      .filter({ hasText: formatGrams(3_200) })
      .waitFor();
    expect(await reading.textContent()).toContain('不稳定');

    // A keyboard-wedge scan on this screen is shown, to try a scanner out where it is set up.
    await wedgeScan(page, 'SCAN-12345');
    await page.getByTestId('last-scan').filter({ hasText: 'SCAN-12345' }).waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Devices' }).waitFor();
    await screenshot(page, 'devices-en');

    expect(e2e.app.problems).toEqual([]);
  });
});
