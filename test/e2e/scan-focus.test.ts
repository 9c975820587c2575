import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { openApp, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { stockShop } from '../helpers/sale-ui';
import { seedStore } from '../helpers/seed';
import { TimedScanner } from '../helpers/timed-keys';
import { ADMIN, openedDialog, signIn } from '../helpers/till-ui';

// Scans and the focus at the counter (issue 19): a scan is never split or lost while the page is busy,
// the search box has the focus back after every dialog, and a field that takes codes takes a scan whole.

const e2e = useE2eFixture('scan-focus');

const CASHIER = { name: '张三', role: 'cashier', pin: '1111' } as const;

/** Scan-test goods: 13-digit barcodes and hyphenated tag codes, so scans come in two lengths. */
const SCANNED = Array.from({ length: 75 }, (_, i) => ({
  code: i % 3 === 0 ? `SM-${String(i).padStart(6, '0')}` : `69${String(100_000 + i).padStart(11, '0')}`,
  product: {
    kind: 'fixed',
    sku: `SM${String(i).padStart(3, '0')}`,
    name: `扫码件${i + 1}号`,
    category: '饰品',
    barcodes: [] as string[],
    priceFen: 1_000 + i,
    serialized: false,
    certificateNo: null,
    warrantyMonths: 0,
  } satisfies ChannelInput<'catalog.save'>['product'],
}));

const SCALE = {
  kind: 'scale',
  name: '柜台电子秤',
  protocol: 'and',
  connection: { type: 'simulated' },
} as const;

/** The shop with the scan-test goods and a simulated scale, a page keeping its own clock, `who` signed in. */
async function openShop(who: { name: string; pin: string }) {
  const till = await startBrowserTill();
  e2e.till = till;
  seedStore(till, 'T01', [CASHIER], [SCALE]);
  stockShop(
    till,
    SCANNED.map(({ code, product }) => ({ ...product, barcodes: [code] })),
  );
  e2e.app = await openApp(e2e.browser, till, undefined, { fakeClock: false });
  const { page } = e2e.app;
  await signIn(page, who.name, who.pin);
  return { page, scanner: await TimedScanner.attach(page) };
}

async function openCounter() {
  const opened = await openShop(CASHIER);
  await opened.page.getByTestId('tile-sales').click();
  await opened.page.getByRole('heading', { name: '收银台' }).waitFor();
  return opened;
}

const searchFocused = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') === '搜索商品');

describe('scans and the focus', () => {
  it('makes 75 lines of 75 scans on a page busy mid-scan, none split and none lost', async () => {
    const { page, scanner } = await openCounter();
    expect(await searchFocused(page)).toBe(true);
    for (const [i, { code }] of SCANNED.entries()) {
      // the page stalls past the give-back timer after 2 to (length - 2) keys of the scan
      await scanner.scan(code, { busyAfter: 2 + (i % (code.length - 3)) });
    }
    await page.getByTestId('cart-line-75').waitFor();
    const names = await page.locator('.sale-cart .sale-line-name').allTextContents();
    expect(names).toEqual(SCANNED.map(({ product }) => product.name));
    expect(await page.getByLabel('搜索商品').inputValue()).toBe('');
    expect(await page.getByTestId('sale-error').count()).toBe(0);
    expect(e2e.app?.problems).toEqual([]);
  });

  it('gives the search box the focus back after each dialog closes with Esc; ↑, Enter and a scan work at once', async () => {
    const { page, scanner } = await openCounter();
    const [first, second, third] = SCANNED;
    await scanner.scan(first?.code ?? '');
    await scanner.scan(second?.code ?? '');
    await page.getByTestId('cart-line-2').waitFor();

    const dialogs: [key: string, title: string][] = [
      ['F1', '今日销售'],
      ['F4', '会员'],
      ['F7', '以旧换新：旧料回收'],
      ['Shift+F7', '今日金价'],
      ['F10', '整单折扣'],
      ['Control+i', '开具发票'],
    ];
    for (const [key, title] of dialogs) {
      await page.keyboard.press(key);
      const dialog = await openedDialog(page, title);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('aria-label') === '搜索商品',
        undefined,
        { timeout: 2_000 },
      );
    }

    // ↑ chooses the first line, Enter opens it, Esc closes it and the box has the focus again
    await page.keyboard.press('ArrowUp');
    await page.getByTestId('cart-line-1').and(page.locator('.sale-line-selected')).waitFor();
    await page.keyboard.press('Enter');
    const editor = await openedDialog(page, first?.product.name ?? '');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'hidden' });
    expect(await searchFocused(page)).toBe(true);

    // a scan right after the dialog closed adds its line
    await scanner.scan(third?.code ?? '');
    await page
      .getByTestId('cart-line-3')
      .filter({ hasText: third?.product.name ?? '' })
      .waitFor();
    expect(e2e.app?.problems).toEqual([]);
  });

  it('types a scan into the certificate field whole, not adding it as a barcode', async () => {
    const { page, scanner } = await openShop(ADMIN);
    await page.getByTestId('tile-catalog').click();
    await page.getByRole('heading', { name: '商品管理' }).waitFor();
    await page.keyboard.press('F4');
    const form = await openedDialog(page, '新增商品');
    await form.getByLabel('证书编号').focus();
    await scanner.scan('NGTC-2026-0518', { busyAfter: 3 });
    expect(await form.getByLabel('证书编号').inputValue()).toBe('NGTC-2026-0518');
    expect(await form.locator('.ant-select-selection-item').count()).toBe(0);
    // the scanner's Enter ends the scan; it does not submit the half-filled form
    expect(await form.isVisible()).toBe(true);
    expect(e2e.app?.problems).toEqual([]);
  });

  it('lets the simulated scale be set over a weight dialog, and Esc closes a side panel only', async () => {
    const { page, scanner } = await openCounter();
    // the 18K pendant has no tag weight: scanning its SKU opens the weight dialog
    await scanner.scan('DZ-0750');
    const dialog = await openedDialog(page, '修改：18K金吊坠');
    await page.keyboard.press('F8');
    const simulator = await openedDialog(page, '模拟设备 F8');
    const scale = simulator.getByRole('region', { name: '柜台电子秤' });
    await scale.getByLabel('重量').click();
    // typed at a person's pace, into the simulator's field, not pulled back into the dialog
    await scanner.typeByHand('3.456');
    expect(await scale.getByLabel('重量').inputValue()).toBe('3.456');
    await scale.getByRole('button', { name: '设置重量' }).click();
    await dialog
      .getByTestId('scale-live')
      .and(page.locator('[data-accepted="true"]'))
      .filter({ hasText: '3.456g' })
      .waitFor();
    await page.keyboard.press('Escape');
    await simulator.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('F6');
    await dialog.getByLabel('克重').and(page.locator('[value="3.456"]')).waitFor();
    await dialog.getByRole('button', { name: /保存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('cart-line-1').waitFor();

    // on the sale screen, Esc closes the open simulator and stays on the screen
    await page.keyboard.press('F8');
    await openedDialog(page, '模拟设备 F8');
    await page.keyboard.press('Escape');
    await simulator.waitFor({ state: 'hidden' });
    expect(await page.getByRole('heading', { name: '收银台' }).isVisible()).toBe(true);
    expect(e2e.app?.problems).toEqual([]);
  });
});
