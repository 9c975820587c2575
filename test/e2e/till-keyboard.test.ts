import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { openApp, startBrowserTill, useE2eFixture, type BrowserTill } from '../helpers/browser';
import { stockShop } from '../helpers/sale-ui';
import { seedStore } from '../helpers/seed';
import { ADMIN, openedDialog, signIn, typeByHand } from '../helpers/till-ui';

// A day at the till by keyboard alone (issue 19): cash rounding at payment, and the manager's approval.

const e2e = useE2eFixture('till-keyboard');

const CASHIER = { name: '张三', role: 'cashier', pin: '1111' } as const;
const MANAGER = { name: '王经理', role: 'manager', pin: '888888' } as const;

const NECKLACE: ChannelInput<'catalog.save'>['product'] = {
  kind: 'fixed',
  sku: 'XL-2152',
  name: '翡翠项链',
  category: '玉器',
  barcodes: [],
  priceFen: 2_152_121,
  serialized: false,
  certificateNo: null,
  warrantyMonths: 0,
};

/** Calls the core as the administrator, as the back office would. */
function asAdmin(till: BrowserTill, channel: string, input: unknown): unknown {
  const result = till.core.invoke('admin-setup', { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** A stocked store with `who` signed in; `setUp` runs as the administrator before the app opens. */
async function openStore(who: typeof CASHIER | typeof MANAGER, setUp: (till: BrowserTill) => void) {
  const till = await startBrowserTill();
  e2e.till = till;
  seedStore(till, 'T01', [CASHIER, MANAGER]);
  stockShop(till, [NECKLACE]);
  asAdmin(till, 'auth.login', { staffId: 1, pin: ADMIN.pin });
  setUp(till);
  e2e.app = await openApp(e2e.browser, till);
  const { page } = e2e.app;
  await signIn(page, who.name, who.pin);
  return { page, till };
}

/** 张三 at the sale screen. */
async function openCounter(setUp: (till: BrowserTill) => void = () => undefined) {
  const opened = await openStore(CASHIER, setUp);
  await opened.page.getByTestId('tile-sales').click();
  await opened.page.getByRole('heading', { name: '收银台' }).waitFor();
  return opened;
}

/** Finds a product by what the cashier types and adds it with Enter; waits for its line's amount. */
async function addBySearch(page: Page, typed: string, lineNo: number, net: string): Promise<void> {
  await page.getByLabel('搜索商品').focus();
  await typeByHand(page, typed);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId(`cart-line-${lineNo}`).getByTestId('line-net').filter({ hasText: net }).waitFor();
}

describe('a day at the till by keyboard', () => {
  it('rounds the cash part down to the jiao at payment: ￥21,521.21 is paid ￥21,521.20, ￥78.80 back', async () => {
    const { page, till } = await openCounter((store) => {
      const sales = asAdmin(store, 'sales.settings', {}) as Record<string, unknown>;
      asAdmin(store, 'sales.saveSettings', { ...sales, cashRounding: { unit: 'jiao', mode: 'down' } });
    });
    await addBySearch(page, 'XL-2152', 1, '￥21,521.21');

    await page.keyboard.press('F9');
    // cash is the first method: due 2,152,121 rounded down to the jiao = 2,152,120, the rounding −1 fen
    await page.getByTestId('pay-due').filter({ hasText: '￥21,521.20' }).waitFor();
    await page.getByTestId('pay-rounding').filter({ hasText: '-￥0.01' }).waitFor();
    await typeByHand(page, '21600');
    await page.keyboard.press('Enter');
    // change 2,160,000 − 2,152,120 = 7,880
    await page.getByTestId('pay-change').filter({ hasText: '￥78.80' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('change-due').filter({ hasText: '￥78.80' }).waitFor();
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';
    const row = till.core.db
      .prepare('SELECT total_fen, cash_rounding_fen, change_fen FROM sales WHERE receipt_no = ?')
      .get(receiptNo);
    expect(row).toEqual({ total_fen: 2_152_121, cash_rounding_fen: -1, change_fen: 7_880 });
  });

  it('asks for the manager’s approval by keyboard: PIN focused, approver by arrows, Esc cancels, one dialog', async () => {
    const { page, till } = await openCounter();
    await addBySearch(page, 'htyp', 1, '￥380.00');
    // 10 % off the jade: beyond the cashier's 5 %. 380.00 × 10 % = 38.00 off → 342.00
    await page.keyboard.press('Enter');
    const edit = await openedDialog(page, '修改：和田玉平安扣');
    await edit.getByLabel('优惠比例（5 即优惠 5%，九五折）').fill('10');
    await edit.getByLabel('原因').fill('老顾客');
    await page.keyboard.press('Enter');
    await edit.waitFor({ state: 'hidden' });
    await page.getByTestId('sale-total').filter({ hasText: '￥342.00' }).waitFor();

    await page.keyboard.press('F9');
    await page.getByTestId('pay-due').filter({ hasText: '￥342.00' }).waitFor();
    await page.keyboard.press('F1');
    await page.getByTestId('pay-change').filter({ hasText: '￥0.00' }).waitFor();
    await page.keyboard.press('F9');
    let approval = await openedDialog(page, '主管授权');
    // what is approved: the action, the piece and the amount
    const told = (await approval.textContent()) ?? '';
    expect(told).toContain('超权限折扣/改价');
    expect(told).toContain('和田玉平安扣');
    expect(told).toContain('￥342.00');
    expect(told).toContain('10.00%');
    // the focus is in the PIN, not on a button
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '授权人 PIN');
    // a second F9 opens no second dialog
    await page.keyboard.press('F9');
    expect(await page.getByRole('dialog', { name: '主管授权' }).count()).toBe(1);

    // Esc cancels: said as a notice, with no refusal on the screen, and nothing sold
    await page.keyboard.press('Escape');
    await approval.waitFor({ state: 'hidden' });
    await page.getByText('已取消授权', { exact: true }).waitFor();
    expect(await page.getByText('此操作需要主管授权').count()).toBe(0);
    expect(till.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(0);

    // again: the approver picked with the arrows, the PIN typed, Enter approves
    await page.keyboard.press('F9');
    approval = await openedDialog(page, '主管授权');
    const selected = approval.locator('.ant-radio-button-wrapper-checked');
    await selected.filter({ hasText: MANAGER.name }).waitFor();
    await page.keyboard.press('ArrowDown');
    await selected.filter({ hasText: ADMIN.name }).waitFor();
    await page.keyboard.press('ArrowUp');
    await selected.filter({ hasText: MANAGER.name }).waitFor();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('change-due').filter({ hasText: '￥0.00' }).waitFor();
    const approver = till.core.db
      .prepare('SELECT a.name FROM sales s JOIN staff a ON a.id = s.approver_id')
      .pluck()
      .get();
    expect(approver).toBe(MANAGER.name);
  });

  it('receives stock as typed: the quantity starts empty, a negative is refused, not clamped', async () => {
    const { page, till } = await openStore(MANAGER, () => undefined);
    const onHand = (): unknown =>
      till.core.db
        .prepare(
          `SELECT sum(quantity) FROM stock_movements m JOIN products p ON p.id = m.product_id WHERE p.sku = ?`,
        )
        .pluck()
        .get('MJ-0100');
    await page.getByTestId('tile-catalog').click();
    await page.getByRole('heading', { name: '商品管理' }).waitFor();
    await page.getByLabel('搜索商品').focus();
    await typeByHand(page, 'MJ-0100');
    await page.getByText('找到 1 件商品').waitFor();

    await page.keyboard.press('F6');
    let dialog = await openedDialog(page, '入库：纯棉毛巾');
    expect(await dialog.getByLabel('入库数量').inputValue()).toBe('');
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    // 5 on hand + 50 received = 55
    await page.getByText('已入库 50 件 纯棉毛巾，现有库存 55').waitFor();
    expect(onHand()).toBe(55);

    await page.keyboard.press('F6');
    dialog = await openedDialog(page, '入库：纯棉毛巾');
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await dialog.getByText('请输入 1–100000 之间的整数').waitFor();
    expect(await dialog.getByLabel('入库数量').inputValue()).toBe('-5');
    expect(onHand()).toBe(55);
  });

  it('asks before saving a gold rate ten times the last one, showing both figures', async () => {
    const { page, till } = await openStore(MANAGER, () => undefined);
    const sell = (): unknown =>
      till.core.db
        .prepare(`SELECT sell_fen_per_gram FROM gold_rates WHERE purity = 'Au999' ORDER BY id DESC LIMIT 1`)
        .pluck()
        .get();
    await page.getByTestId('tile-goldRates').click();
    await page.getByRole('heading', { name: '今日金价' }).waitFor();
    // ￥6,120 typed for ￥612.00: beyond 10 % of the last rate
    await page.getByLabel('千足金 Au999 卖出价').fill('6120');
    await page.keyboard.press('Control+s');
    let confirm = await openedDialog(page, '金价变动较大，确认保存？');
    const told = (await confirm.textContent()) ?? '';
    expect(told).toContain('￥612.00/g');
    expect(told).toContain('￥6,120.00/g');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(sell()).toBe(61_200);

    await page.keyboard.press('Control+s');
    confirm = await openedDialog(page, '金价变动较大，确认保存？');
    await confirm.getByRole('button', { name: '确认保存' }).click();
    await page.getByText('已保存 1 个成色的今日金价').waitFor();
    expect(sell()).toBe(612_000);
  });

  it('takes old gold in at the store’s usual purity, not the first rated, the purity focused first and in the tab order', async () => {
    // the shop's weighed goods: a bangle in Au999 and pendants in Au750, a tie the finer purity wins (the first
    // rated, Au750, was the old default)
    const { page } = await openCounter();
    await addBySearch(page, 'htyp', 1, '￥380.00');
    await page.keyboard.press('F7');
    const dialog = await openedDialog(page, '以旧换新：旧料回收');
    await dialog.getByTestId('trade-in-rate').filter({ hasText: '今日回收价 ￥560.00/克' }).waitFor();
    // the purity has the focus first; Tab reaches the weight, Shift+Tab goes back
    const purityFocused = () =>
      page.waitForFunction(() =>
        document.activeElement?.closest('.ant-form-item')?.textContent?.includes('成色'),
      );
    await purityFocused();
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '克重');
    await page.keyboard.press('Shift+Tab');
    await purityFocused();
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '克重');
    // filled, not typed: a digit and Enter this fast would be taken for a scan
    await dialog.getByLabel('克重').fill('0.5');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // 0.500 g of Au999 at ￥560.00/g = ￥280.00 off
    const line = page.getByTestId('cart-line-2');
    await line.getByTestId('line-net').filter({ hasText: '-￥280.00' }).waitFor();
    expect(await line.textContent()).toContain('千足金');
  });
});
