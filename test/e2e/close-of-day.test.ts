import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  besidesSandboxedPreviews,
  openApp,
  screenshot,
  startBrowserTill,
  useE2eFixture,
  type BrowserTill,
} from '../helpers/browser';
import { seedStore } from '../helpers/seed';
import { loginHeading, openedDialog, signIn } from '../helpers/till-ui';

const e2e = useE2eFixture('close-of-day');

const CASHIER = { name: '张三', role: 'cashier' as const, pin: '1111' };
const MANAGER = { name: '王经理', role: 'manager' as const, pin: '888888' };

/** Calls the core as `session`, failing the test on a refusal: the goods and sales behind the screens. */
function coreCall(till: BrowserTill, session: string, channel: string, input: unknown): unknown {
  const result = till.core.invoke(session, { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** Signs the cashier in on a fresh page of the till and opens the shift screen. */
async function openShiftScreen(till: BrowserTill) {
  e2e.app = await openApp(e2e.browser, till);
  const { page } = e2e.app;
  await loginHeading(page).waitFor();
  await signIn(page, CASHIER.name, CASHIER.pin);
  await page.getByTestId('tile-shift').click();
  await page.getByText('本机尚未开班：清点备用金后开班').waitFor();
  await focusOn(page, '￥100.00 张数');
  return { page, problems: e2e.app.problems };
}

/** Waits until the field named `label` has the keyboard's focus (a panel focuses its first field as it appears). */
async function focusOn(page: Page, label: string): Promise<void> {
  await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, label);
}

describe('close of day', () => {
  it('a cashier opens and closes the shift by keyboard, blind, the Z preview matches; the manager closes the day', async () => {
    e2e.till = await startBrowserTill();
    const till = e2e.till;
    seedStore(till, 'T01', [CASHIER, MANAGER]);
    coreCall(till, 'office', 'auth.login', { staffId: 1, pin: '123456' });
    const product = coreCall(till, 'office', 'catalog.save', {
      product: {
        kind: 'quantity',
        sku: 'MJ-0100',
        name: '纯棉毛巾',
        category: '家居',
        priceFen: 3_900,
        barcodes: [],
        serialized: false,
        certificateNo: null,
        warrantyMonths: 0,
      },
    }) as { id: number };
    coreCall(till, 'office', 'catalog.receiveStock', { productId: product.id, quantity: 10, note: '' });

    const { page, problems } = await openShiftScreen(till);

    // the float by keyboard: five ￥100 notes, Enter down the grid to the note, Enter opens the shift
    await page.keyboard.type('5');
    for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByText('本机首个班次').waitFor();

    // the day's sales, made at this till in the open shift: ￥39 cash from a ￥100 note, ￥78 by WeChat Pay
    coreCall(till, 'sales', 'auth.login', { staffId: 2, pin: CASHIER.pin });
    const cart = (quantity: number) => ({ lines: [{ kind: 'product', productId: product.id, quantity }] });
    coreCall(till, 'sales', 'sales.commit', {
      saleId: randomUUID(),
      cart: cart(1),
      tenders: [{ method: 'cash', amountFen: 10_000 }],
    });
    coreCall(till, 'sales', 'sales.commit', {
      saleId: randomUUID(),
      cart: cart(2),
      tenders: [{ method: 'wechat', amountFen: 7_800, reference: '4200000001' }],
    });

    // the blind close: ￥519 counted (￥20 short) and the settlement totals, all by keyboard
    await page.keyboard.press('F9');
    await page.getByText('盲点：按面额清点现金，录入各支付方式结算总额').waitFor();
    for (const quantity of ['5', '', '', '1', '1', '4', '', '']) {
      await page.keyboard.type(quantity);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await page.keyboard.type('78');
    await page.keyboard.press('Enter');
    await page.keyboard.type('0');
    expect(await page.getByTestId('count-total').textContent()).toBe('￥519.00');
    // nothing expected is on screen before the count is submitted
    const before = await page.locator('.shift-screen').innerText();
    expect(before).not.toContain('应有');
    expect(before).not.toContain('539');
    await screenshot(page, 'close-of-day-blind-count');
    await page.keyboard.press('Enter');

    const result = page.getByRole('table', { name: '清点结果' });
    await result.waitFor();
    const rowOf = (method: string) => result.locator(`tr[data-method="${method}"]`);
    expect(await rowOf('cash').innerText()).toMatch(/现金\s+￥539\.00\s+￥519\.00\s+-￥20\.00/);
    expect(await rowOf('wechat').innerText()).toMatch(/微信支付\s+￥78\.00\s+￥78\.00\s+￥0\.00/);
    await page.getByText('长短款超过 ￥10.00：须填写原因，并由主管授权').waitFor();

    // the reason has the focus; Enter closes, and the manager approves the shortage by PIN
    await page.keyboard.type('找零时多找给顾客');
    await page.keyboard.press('Enter');
    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByText('Z 报表 1 已送打印，本班次已锁定').waitFor();

    // the Z report preview shows the figures the close recorded
    const z = page.frameLocator('iframe.report-preview-frame');
    await z.getByText('Z000001').waitFor();
    // the paper's columns are laid out with (non-breaking) spaces: compare its words
    const paper = (await z.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const figure of [
      /销售总额 2 笔\s￥117\.00/,
      /净销售\s￥117\.00/,
      /现金 备用金 ￥500\.00 \+ 现金收入/,
      /\+ 现金收入\s￥100\.00/,
      /- 找零\s￥61\.00/,
      /= 应有现金\s￥539\.00/,
      /￥539\.00\s￥519\.00\s-￥20\.00/,
      /长短款原因：找零时多找给顾客/,
      /授权主管\s王经理/,
      /留存备用金\s￥500\.00/,
      /解缴金额\s￥19\.00/,
    ]) {
      expect(paper).toMatch(figure);
    }
    await screenshot(page, 'close-of-day-z-report');

    // the manager closes the business day and takes its summary as CSV, by keyboard too; Esc leaves the
    // Z report for the shift screen, ready for the next float count
    await page.keyboard.press('Escape');
    await page.getByText('开班：按面额清点备用金').waitFor();
    await page.keyboard.press('F12');
    await loginHeading(page).waitFor();
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-shift').click();
    await page.getByText('本机尚未开班：清点备用金后开班').waitFor();
    await page.keyboard.press('F10');
    const shifts = page.locator('.ant-table-row');
    await shifts.filter({ hasText: '张三' }).filter({ hasText: '-￥20.00' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByText(/已于 .+ 由 王经理 日结/).waitFor();
    const download = page.waitForEvent('download');
    await page.keyboard.press('F7');
    const csv = await readFile((await (await download).path()) as string, 'utf8');
    const [header, first, total] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toContain('应有现金,实点现金,长短款,留存备用金,解缴金额');
    expect(first).toMatch(/,T01,1,1,张三,.*,2,￥117\.00,￥539\.00,￥519\.00,-￥20\.00,￥500\.00,￥19\.00$/);
    expect(total).toMatch(/,合计,.*,2,￥117\.00,/);
    await screenshot(page, 'close-of-day-business-day');

    // the till is locked for sales until the next shift opens
    const refused = till.core.invoke('sales', {
      channel: 'sales.commit',
      input: { saleId: randomUUID(), cart: cart(1), tenders: [{ method: 'cash', amountFen: 3_900 }] },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'SHIFT_NOT_OPEN' } });
    expect(besidesSandboxedPreviews(problems)).toEqual([]);
  }, 90_000);

  it('during the shift: a paid-out approved by PIN, a mid-day count with a safe drop, a handover', async () => {
    e2e.till = await startBrowserTill();
    const till = e2e.till;
    seedStore(till, 'T01', [CASHIER, MANAGER, { name: '李四', role: 'cashier', pin: '2222' }]);
    const { page, problems } = await openShiftScreen(till);
    await page.keyboard.type('5');
    await page.keyboard.press('F9');
    await page.getByText('本机首个班次').waitFor();

    // F3: ￥50 paid out for petty cash; the cashier's request goes to the manager's PIN
    await page.keyboard.press('F3');
    await page.getByLabel('金额').fill('50');
    await page.getByLabel('事由').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '零星开支' }).click();
    await page.getByLabel('金额').press('Enter');
    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByText('已登记，单据已送打印').waitFor();
    // the prompt gives the focus back as it finishes closing: count once it has
    await approval.waitFor({ state: 'hidden' });

    // F4: the drawer counted blind (￥450), ￥300 to the safe; the difference is shown after
    await page.keyboard.press('F4');
    await focusOn(page, '￥100.00 张数');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1');
    for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
    expect(await page.locator('.shift-screen').innerText()).not.toContain('应有');
    await focusOn(page, '存入保险柜金额（可不填）');
    await page.keyboard.type('300');
    await page.keyboard.press('Enter');
    const result = page.getByRole('table', { name: '清点结果' });
    expect(await result.locator('tr[data-method="cash"]').innerText()).toMatch(
      /￥450\.00\s+￥450\.00\s+￥0\.00/,
    );
    await page.keyboard.press('F9');

    // F6: handed to 李四, who picks their name and types their PIN
    await page.keyboard.press('F6');
    await focusOn(page, '￥100.00 张数');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1');
    for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
    await page.keyboard.type('李四');
    await page.locator('.ant-select-item-option').filter({ hasText: '李四' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('2222');
    await page.keyboard.press('Enter');
    await page.getByText('已交接给 李四').waitFor();
    await page.getByText(/当班：李四/).waitFor();

    // a cashier counts blind: the X report, with its expected cash, is the manager's
    await page.keyboard.press('F7');
    await page.getByText('结班盲点：请先清点并录入结班金额，之后才能查看应有金额').waitFor();
    await page.keyboard.press('F12');
    await loginHeading(page).waitFor();
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-shift').click();
    await page.getByText(/当班：李四/).waitFor();
    const x = page.frameLocator('iframe.report-preview-frame');
    await page.keyboard.press('F7');
    await x.getByText('X 报表（班中，未结班）').waitFor();
    const paper = (await x.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(paper).toMatch(/- 付款（取出） ￥50\.00 [\d:]+ 付款 零星开支 张三 ￥50\.00/);
    expect(paper).toMatch(/- 存入保险柜 ￥300\.00/);
    expect(paper).toMatch(/= 应有现金 ￥150\.00/);
    expect(paper).toMatch(/交接 张三→李四 [\d:]+ ￥150\.00 \(￥0\.00\)/);
    expect(besidesSandboxedPreviews(problems)).toEqual([]);
  }, 90_000);
});
