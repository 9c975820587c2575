import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/contract';
import type { ChannelInput } from '../../shared/contract';
import {
  besidesSandboxedPreviews,
  openApp,
  screenshot,
  startBrowserTill,
  useE2eFixture,
  type BrowserTill,
} from '../helpers/browser';
import { layoutProblems, TILL_VIEWPORTS } from '../helpers/layout-check';
import { BANGLE_INTAKE } from '../helpers/repairs';
import { stockShop } from '../helpers/sale-ui';
import { GOODS, RATES } from '../helpers/sales';
import { seedStore } from '../helpers/seed';
import { ADMIN, openedDialog, pinDots, signIn, typeByHand } from '../helpers/till-ui';

// Issue 19: every screen fits a till's screen, 1366×768 and 1024×768, in both languages, with nothing
// outside the window, clipped, overlapping or squeezed to a column of single characters — measured from the
// laid-out boxes (test/helpers/layout-check.ts), not looked at.

const e2e = useE2eFixture('layouts');

/** A name as long as a jewelry store's goods get, so a cart line must wrap or shorten it. */
const LONG_NAME: ChannelInput<'catalog.save'>['product'] = {
  kind: 'fixed',
  sku: 'FC-8808',
  name: '天然冰种翡翠满绿如意平安扣吊坠配18K金镶钻扣头',
  category: '玉器',
  barcodes: [],
  priceFen: 8_880_000,
  serialized: false,
  certificateNo: null,
  warrantyMonths: 24,
};

/** Six purities rated: the sale screen's rates strip at its longest in a real store. */
const SIX_RATES = [
  { purity: 'Au9999', sellFenPerGram: 61_800, buyBackFenPerGram: 56_500 },
  { purity: 'Au999', sellFenPerGram: RATES.Au999.sell, buyBackFenPerGram: RATES.Au999.buyBack },
  { purity: 'Au750', sellFenPerGram: RATES.Au750.sell, buyBackFenPerGram: RATES.Au750.buyBack },
  { purity: 'Au585', sellFenPerGram: 36_600, buyBackFenPerGram: 32_000 },
  { purity: 'Pt950', sellFenPerGram: 31_500, buyBackFenPerGram: 27_000 },
  { purity: 'S925', sellFenPerGram: 780, buyBackFenPerGram: 500 },
];

function asAdmin(till: BrowserTill, channel: string, input: unknown): unknown {
  const result = till.core.invoke('layout-admin', { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/**
 * A store in the middle of its day: six purities rated, two sales made (today's list has rows to void; the
 * second is a member's), a cart of twelve lines held (a tagged bangle, a pendant weighed by hand, three
 * long-named jade pendants, five jade discs, three towels and an old-gold trade-in), and a repair ticket on
 * the board.
 */
function busyStore(till: BrowserTill): string {
  seedStore(till, 'T01', [{ name: '张三', role: 'cashier', pin: '1111' }]);
  const ids = stockShop(till, [LONG_NAME]);
  asAdmin(till, 'auth.login', { staffId: 1, pin: ADMIN.pin });
  // the demo's name, as long as a branch's gets: on the login screen it once wrapped leaving 店 alone
  const settings = asAdmin(till, 'settings.get', {}) as Record<string, unknown>;
  asAdmin(till, 'settings.update', { ...settings, storeName: '金福珠宝 南京东路店' });
  asAdmin(till, 'goldRates.set', { rates: SIX_RATES });
  const id = (sku: string): number => ids[sku] ?? 0;
  const customer = asAdmin(till, 'repairs.registerCustomer', { phone: '13812345678', name: '李女士' }) as {
    id: number;
  };
  const receipts = ['0193a3c0-0000-7000-8000-000000000001', '0193a3c0-0000-7000-8000-000000000002'].map(
    (saleId, i) =>
      asAdmin(till, 'sales.commit', {
        saleId,
        cart: {
          customerId: i === 1 ? customer.id : null,
          lines: [{ kind: 'product', productId: id(GOODS.towel.sku), quantity: 1 }],
        },
        tenders: [{ method: 'cash', amountFen: 10_000 }],
      }) as { receiptNo: string },
  );
  asAdmin(till, 'sales.hold', {
    cart: {
      lines: [
        { kind: 'product', productId: id(GOODS.bangle.sku), goldRateFenPerGram: RATES.Au999.sell },
        {
          kind: 'product',
          productId: id(GOODS.pendant.sku),
          weightMg: 3_560,
          weightSource: 'typed',
          weightReason: '电子秤维修中',
          goldRateFenPerGram: RATES.Au750.sell,
        },
        ...[1, 2, 3].map(() => ({ kind: 'product', productId: id(LONG_NAME.sku) })),
        ...[1, 2, 3, 4, 5].map(() => ({ kind: 'product', productId: id(GOODS.jade.sku) })),
        { kind: 'product', productId: id(GOODS.towel.sku), quantity: 3 },
        {
          kind: 'tradeIn',
          purity: 'Au999',
          weightMg: 5_000,
          buyBackFenPerGram: RATES.Au999.buyBack,
          description: '旧足金戒指',
        },
      ],
    },
    label: '李女士',
  });
  asAdmin(till, 'repairs.intake', { ...BANGLE_INTAKE, customerId: customer.id, promisedOn: '2099-01-01' });
  asAdmin(till, 'auth.logout', {});
  return receipts[0]?.receiptNo ?? '';
}

/** Waits for the page to have drawn what it loaded: no spinner, fonts in, two frames painted. */
async function settled(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  // a dialog or drawer still zooming or sliding in is not where it will be
  await page
    .locator(
      '.ant-modal[class*="-appear"], .ant-modal[class*="-enter"], .ant-drawer-content-wrapper[class*="-enter"]',
    )
    .first()
    .waitFor({ state: 'detached' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Measures the page as it stands at both till sizes; each problem is named by screen, size and language.
 * `pageScrolls` lets a long list or form run on below the window (the till's own screens must fit).
 */
async function measure(
  page: Page,
  screen: string,
  found: string[],
  options: { pageScrolls?: boolean } = {},
): Promise<void> {
  const language = await page.evaluate(() => document.documentElement.lang);
  for (const viewport of TILL_VIEWPORTS) {
    await page.setViewportSize(viewport);
    await settled(page);
    // for a person to look at when a box is reported: test/.artifacts/layout-<screen>-<width>-<language>.png
    await screenshot(page, `layout-${screen.replace(/\W+/g, '-')}-${viewport.width}-${language}`);
    for (const problem of await layoutProblems(page, options))
      found.push(`${screen} ${viewport.width}×${viewport.height} ${language}: ${problem}`);
  }
  await page.setViewportSize(TILL_VIEWPORTS[0]);
}

/** Whether a cart line lies wholly inside the part of the cart's list that shows. */
function lineInSight(page: Page, lineNo: number): Promise<boolean> {
  return page.getByTestId(`cart-line-${lineNo}`).evaluate((line) => {
    const list = line.parentElement?.getBoundingClientRect();
    const box = line.getBoundingClientRect();
    return list !== undefined && box.top >= list.top - 1 && box.bottom <= list.bottom + 1;
  });
}

/** Leaves a screen for home as a person does: Esc from outside any field, once more from a panel. */
async function goHome(page: Page): Promise<void> {
  const home = page.getByTestId('tile-sales');
  for (let steps = 0; steps < 3 && !(await home.isVisible()); steps++) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await settled(page);
  }
  await home.waitFor();
}

async function openScreen(page: Page, tile: string): Promise<void> {
  await page.getByTestId(`tile-${tile}`).click();
  await page.locator('.screen-header').waitFor();
}

/** Screens that are long lists or forms: they scroll as a page, the others fit the window. */
const LONG_SCREENS = new Set(['catalog', 'settings', 'staff', 'devices', 'stockPlaces']);

async function everyScreen(page: Page, language: Language, receiptNo: string): Promise<string[]> {
  const found: string[] = [];
  const zh = language === 'zh-CN';

  // signed out: the names, then the PIN pad
  await page.getByRole('listitem').first().waitFor();
  await measure(page, 'login', found);
  await page.getByRole('listitem').filter({ hasText: ADMIN.name }).click();
  await pinDots(page, 0).waitFor();
  await measure(page, 'login PIN', found);
  await page.keyboard.type(ADMIN.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('tile-sales').waitFor();
  await measure(page, 'home', found);

  await openScreen(page, 'sales');
  await page.getByTestId('sale-rates').waitFor();
  await measure(page, 'sale (empty cart)', found);
  await page.keyboard.press('F6');
  await openedDialog(page, zh ? '取单' : 'Recall a held cart');
  await measure(page, 'sale recall list', found);
  await page.keyboard.press('Enter');
  await page.getByTestId('cart-line-12').waitFor();
  await measure(page, 'sale (twelve lines)', found);
  // the cart scrolls inside the screen, and the line chosen by ↑ ↓ comes into sight
  await page.keyboard.press('F3');
  for (const [key, lineNo] of [
    ['ArrowUp', 1],
    ['ArrowDown', 12],
  ] as const) {
    for (let i = 0; i < 11; i++) await page.keyboard.press(key);
    const line = page.getByTestId(`cart-line-${lineNo}`);
    await line.and(page.locator('[aria-current="true"]')).waitFor();
    await expect.poll(() => lineInSight(page, lineNo)).toBe(true);
  }
  await page.keyboard.press('F1');
  const today = await openedDialog(page, zh ? '今日销售' : 'Today’s sales');
  await today.locator('.ant-table-row').first().waitFor();
  await measure(page, "today's sales", found);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.keyboard.press('F9');
  await page.getByTestId('pay-due').waitFor();
  await typeByHand(page, '300000');
  await page.keyboard.press('Enter');
  await page.getByTestId('pay-change').filter({ hasNotText: '￥0.00' }).waitFor();
  await measure(page, 'sale payment', found);
  await page.keyboard.press('F9');
  await page.getByTestId('change-due').waitFor();
  await measure(page, 'sale done (change)', found);
  // old gold traded in with nothing bought: F9 asks whom the drawer pays
  await page.keyboard.press('F9');
  await page.getByTestId('sale-done').waitFor({ state: 'detached' });
  await page.keyboard.press('F7');
  const tradeIn = await openedDialog(page, zh ? '以旧换新：旧料回收' : 'Trade-in: old gold bought back');
  await tradeIn.getByLabel(zh ? '成色' : 'Purity').click();
  await page.keyboard.type('Au999');
  await page.keyboard.press('Enter');
  await tradeIn.getByLabel(zh ? '克重' : 'Weight').fill('5');
  await page.keyboard.press('Enter');
  await page.getByTestId('cart-line-1').waitFor();
  await page.keyboard.press('F9');
  await openedDialog(page, zh ? '以旧换新：付给顾客差价' : 'Trade-in: pay the customer the difference');
  await measure(page, 'sale payout', found);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await goHome(page);

  await openScreen(page, 'repairs');
  await page.locator('.ant-table-row').first().waitFor();
  await measure(page, 'repair board', found);
  await page.keyboard.press('F4');
  await page.locator('.repair-intake, form').first().waitFor();
  await measure(page, 'repair intake', found, { pageScrolls: true });
  await page.keyboard.press('F6');
  await settled(page);
  await measure(page, 'repair call list', found);
  await goHome(page);

  await openScreen(page, 'shift');
  await measure(page, 'shift', found);
  await page.keyboard.press('F7');
  await page.locator('iframe, .report-preview').first().waitFor();
  await measure(page, 'X report', found);
  await goHome(page);

  for (const tile of [
    'catalog',
    'goldRates',
    'staff',
    'settings',
    'devices',
    'unlock',
    'noSale',
    'returns',
    'stockPlaces',
  ]) {
    await openScreen(page, tile);
    await measure(page, tile, found, { pageScrolls: LONG_SCREENS.has(tile) });
    await goHome(page);
  }

  // the audit journal: a list of the day's events, readable, then raw for an auditor
  await openScreen(page, 'journal');
  await page.locator('.ant-table-row').first().waitFor();
  await measure(page, 'journal', found, { pageScrolls: true });
  const raw = zh ? '原始数据' : 'Raw data';
  await page.getByText(raw, { exact: true }).click();
  await page.locator('.ant-segmented-item-selected').filter({ hasText: raw }).waitFor();
  await measure(page, 'journal raw', found, { pageScrolls: true });
  await goHome(page);

  // a receipt found, its line inspected, the refund quoted
  await openScreen(page, 'returns');
  await page.keyboard.type(receiptNo);
  await page.keyboard.press('Enter');
  await page.getByTestId('return-line-1').waitFor();
  await measure(page, 'returns (receipt)', found);
  await page.keyboard.press('Enter');
  const inspection = await openedDialog(page, zh ? '检验：纯棉毛巾' : 'Inspection: 纯棉毛巾');
  await measure(page, 'returns inspection', found);
  await inspection.getByRole('radio', { name: zh ? '质量问题' : 'Quality problem' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.getByTestId('refund-total').waitFor();
  await measure(page, 'returns quote', found);
  // the member's purchases, found by mobile number (the second towel was hers)
  await page.keyboard.press('F6');
  const purchases = await openedDialog(page, zh ? '会员购买记录' : 'Member’s purchases');
  await purchases.getByLabel(zh ? '会员手机号' : 'Member’s mobile number').fill('13812345678');
  await page.keyboard.press('Enter');
  await purchases.locator('[data-testid^="purchase-T01"]').first().waitFor();
  await measure(page, 'returns member purchases', found);
  await page.keyboard.press('Escape');
  await purchases.waitFor({ state: 'hidden' });
  // the towel exchanged for a jade: the new goods and the difference, then its payment
  await page.keyboard.press('F4');
  await page.getByTestId('exchange').waitFor();
  await typeByHand(page, GOODS.jade.sku);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('cart-line-1').waitFor();
  await page.getByTestId('exchange-difference').filter({ hasNotText: '￥0.00' }).waitFor();
  await measure(page, 'returns exchange', found);
  await page.keyboard.press('F9');
  await page.getByTestId('pay-due').waitFor();
  await measure(page, 'returns exchange payment', found);
  await page.keyboard.press('Escape');
  await goHome(page);

  // backups: their status, where they go and how many are kept, the list to restore from
  await openScreen(page, 'backups');
  await page.getByTestId('backup-status').waitFor();
  await measure(page, 'backups', found, { pageScrolls: true });
  await goHome(page);

  await openScreen(page, 'printers');
  await measure(page, 'printers', found);
  await page.getByRole('tab', { name: zh ? '模板预览' : 'Template preview' }).click();
  await page.locator('iframe').first().waitFor();
  await measure(page, 'printers template preview', found, { pageScrolls: true });
  return found;
}

describe('every screen at a till’s screen sizes', () => {
  for (const language of ['zh-CN', 'en'] as const) {
    it(`fits 1366×768 and 1024×768 in ${language}: nothing outside, clipped, overlapping or stacked`, async () => {
      e2e.till = await startBrowserTill();
      const receiptNo = busyStore(e2e.till);
      e2e.app = await openApp(e2e.browser, e2e.till, TILL_VIEWPORTS[0]);
      const { page } = e2e.app;
      await page.evaluate((chosen) => sessionStorage.setItem('counter-pos.language', chosen), language);
      await page.reload();

      expect(await everyScreen(page, language, receiptNo)).toEqual([]);
      expect(besidesSandboxedPreviews(e2e.app.problems)).toEqual([]);
    }, 300_000);
  }
});

describe('the roll previews', () => {
  it('keep every line on the paper, the bold total too, for the receipt and the X and Z reports at 58 and 80 mm', async () => {
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T01', []);
    asAdmin(e2e.till, 'auth.login', { staffId: 1, pin: ADMIN.pin });
    const page = await e2e.browser.newPage({ viewport: TILL_VIEWPORTS[0] });
    e2e.app = { page, problems: [] };

    const past: string[] = [];
    for (const documentType of ['receipt', 'xReport', 'zReport'])
      for (const format of ['58mm', '80mm']) {
        const { html } = asAdmin(e2e.till, 'printing.preview', { documentType, format }) as { html: string };
        await page.setContent(html);
        await page.evaluate(() => document.fonts.ready);
        // each line's text, glyph by glyph, against the paper's printable edge (inside its padding)
        const lines = await page.evaluate(() => {
          const paper = document.querySelector('.paper');
          if (!paper) return ['no paper'];
          const edge = paper.getBoundingClientRect().right - parseFloat(getComputedStyle(paper).paddingRight);
          const range = document.createRange();
          return Array.from(paper.querySelectorAll('.line')).flatMap((line) => {
            range.selectNodeContents(line);
            const right = Math.max(...Array.from(range.getClientRects()).map((rect) => rect.right));
            return right > edge + 0.5
              ? [`${(line.textContent ?? '').trim()} (${Math.ceil(right - edge)} px)`]
              : [];
          });
        });
        past.push(...lines.map((line) => `${documentType} ${format}: ${line}`));
      }
    expect(past).toEqual([]);
  });
});

describe('the home tiles', () => {
  it('show only keys that open them: Alt+1 … Alt+9, Alt+0 for the tenth, none beyond', async () => {
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T01', []);
    e2e.app = await openApp(e2e.browser, e2e.till, TILL_VIEWPORTS[0]);
    const { page } = e2e.app;
    await signIn(page, ADMIN.name, ADMIN.pin);

    // an administrator has seventeen tiles: the keyboard's digit row opens ten of them
    const keys = await page
      .locator('.tile')
      .evaluateAll((tiles) => tiles.map((tile) => tile.querySelector('kbd')?.textContent ?? null));
    expect(keys).toEqual([
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((digit) => `Alt+${digit}`),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    await page.keyboard.press('Alt+0');
    await page.getByRole('heading', { name: '打印机' }).waitFor();
  });
});
