import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture, type BrowserTill } from '../helpers/browser';
import { stockShop } from '../helpers/sale-ui';
import { GOODS } from '../helpers/sales';
import { seedStore } from '../helpers/seed';
import { openShift } from '../helpers/shifts';
import { ADMIN, openedDialog, signIn, typeByHand } from '../helpers/till-ui';

const e2e = useE2eFixture('counter-sale');

const CASHIER = { name: '张三', role: 'cashier', pin: '1111' } as const;
const MANAGER = { name: '王经理', role: 'manager', pin: '888888' } as const;

const SCANNER = { kind: 'scanner', name: '柜台扫描枪', connection: { type: 'simulated' } } as const;

/** A simulated serial scanner's scan, sent through the core as its simulator panel sends it. */
function scanner(till: BrowserTill, deviceId: number): (code: string) => void {
  const session = `scanner-${deviceId}`;
  till.core.invoke(session, { channel: 'auth.login', input: { staffId: 1, pin: ADMIN.pin } });
  return (code) => {
    const result = till.core.invoke(session, {
      channel: 'devices.simulate',
      input: { action: 'scan', deviceId, code },
    });
    expect(result).toMatchObject({ ok: true });
  };
}

async function openSaleScreen(page: Page): Promise<void> {
  await page.getByTestId('tile-sales').click();
  await page.getByRole('heading', { name: '收银台' }).waitFor();
}

/** The cart line's text once the core has priced it with `net` (the line's amount as shown). */
async function lineWith(page: Page, lineNo: number, net: string): Promise<string> {
  const line = page.getByTestId(`cart-line-${lineNo}`);
  await line.getByTestId('line-net').filter({ hasText: net }).waitFor();
  return (await line.textContent()) ?? '';
}

/**
 * A stocked store with an open shift and a simulated scanner (device 1), 张三 signed in on the sale
 * screen; `staff` beyond the cashier.
 */
async function openCounter(terminalId: string, staff: (typeof MANAGER)[] = []) {
  const till = await startBrowserTill();
  e2e.till = till;
  seedStore(till, terminalId, [CASHIER, ...staff], [SCANNER]);
  stockShop(till);
  const scan = scanner(till, 1);
  e2e.app = await openApp(e2e.browser, till);
  const { page } = e2e.app;
  await signIn(page, CASHIER.name, CASHIER.pin);
  await openSaleScreen(page);
  return { page, db: till.core.db, scan };
}

describe('the counter sale screen', () => {
  it('sells by keyboard and a simulated scanner: gold by weight, a trade-in, a member, a discount a manager approves, cash and WeChat', async () => {
    const { page, db, scan } = await openCounter('T01', [MANAGER]);
    await page.getByTestId('sale-rates').filter({ hasText: '￥612.00' }).waitFor();

    // The day's rates turned to the customer from the search box (Shift+F7), and taken back with Esc.
    await page.keyboard.press('Shift+F7');
    const board = page.getByRole('dialog', { name: '今日金价' });
    const au999 = board.getByTestId('rates-board').getByRole('row', { name: /千足金/ });
    expect((await au999.innerText()).replace(/\s+/g, ' ')).toContain('￥612.00/克 ￥560.00/克');
    await page.keyboard.press('Escape');
    await board.waitFor({ state: 'hidden' });

    // The tagged bangle, scanned: 20.150 g of Au999 at ￥612.00/g plus ￥15.00/g labor.
    // metal 20.150 × 612.00 = 12,331.80; labor 20.150 × 15.00 = 302.25; together 12,634.05.
    scan(GOODS.bangle.barcodes[0] as string);
    const bangle = await lineWith(page, 1, '￥12,634.05');
    expect(bangle).toContain('20.150g × ￥612.00/克 = ￥12,331.80');
    expect(bangle).toContain('工费 ￥15.00/克 = ￥302.25');
    expect(bangle).toContain('千足金');
    expect(await page.getByLabel('搜索商品').inputValue()).toBe('');

    // The jade found by its pinyin initials as the cashier types, added with Enter.
    await page.getByLabel('搜索商品').focus();
    await typeByHand(page, 'htyp');
    await page.getByRole('option', { name: /和田玉平安扣/ }).waitFor();
    await page.keyboard.press('Enter');
    await lineWith(page, 2, '￥380.00');

    // 10 % off the jade with a reason: beyond the cashier's 5 %, so the manager will be asked at payment.
    // 380.00 × 10 % = 38.00 off → 342.00.
    await page.keyboard.press('Enter');
    let dialog = await openedDialog(page, '修改：和田玉平安扣');
    await dialog.getByLabel('优惠比例（5 即优惠 5%，九五折）').fill('10');
    await dialog.getByLabel('原因').fill('老顾客');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await lineWith(page, 2, '￥342.00')).toContain('折扣 10% −￥38.00');
    await page.getByText('折扣 10% 超出您的权限 5%，收款时需主管授权').waitFor();

    // Old gold handed in: 5.000 g of Au999 bought back at ￥560.00/g = −￥2,800.00.
    await page.keyboard.press('F7');
    dialog = await openedDialog(page, '以旧换新：旧料回收');
    await dialog.getByLabel('成色').click();
    await page.keyboard.type('Au999');
    await page.keyboard.press('Enter');
    await dialog.getByTestId('trade-in-rate').filter({ hasText: '今日回收价 ￥560.00/克' }).waitFor();
    await dialog.getByLabel('克重').fill('5');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await lineWith(page, 3, '-￥2,800.00')).toContain('旧料 5.000g × 回收价 ￥560.00/克');

    // A new customer registered on the spot with a mobile number and a name.
    await page.keyboard.press('F4');
    dialog = await openedDialog(page, '会员');
    await dialog.getByLabel('手机号').fill('13812345678');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('姓名').fill('李女士');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByTestId('sale-member')
      .filter({ hasText: '李女士' })
      .filter({ hasText: '积分 0' })
      .waitFor();

    // 12,634.05 + 342.00 − 2,800.00 = 10,176.05
    await page.getByTestId('sale-total').filter({ hasText: '￥10,176.05' }).waitFor();
    await screenshot(page, 'sale-cart-zh-CN');

    // WeChat Pay ￥10,000.00 with its reference, the rest in cash: ￥200 for ￥176.05 leaves ￥23.95 change.
    await page.keyboard.press('F9');
    await page.getByTestId('pay-due').filter({ hasText: '￥10,176.05' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: '微信支付', pressed: true }).waitFor();
    // typed at a person's pace: a burst of keys at a test's speed would be taken for a scan
    await typeByHand(page, '10000');
    await page.getByLabel('交易流水号 / 凭证号（可扫码）').fill('4200001234202611230001');
    await page.keyboard.press('Enter');
    await page.getByTestId('pay-due').filter({ hasText: '￥176.05' }).waitFor();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.getByRole('button', { name: '现金', pressed: true }).waitFor();
    await typeByHand(page, '200');
    await page.keyboard.press('Enter');
    await page.getByTestId('pay-change').filter({ hasText: '￥23.95' }).waitFor();
    await screenshot(page, 'sale-payment-zh-CN');

    // Commit: the manager approves the discount with a PIN; the change is shown large.
    await page.keyboard.press('F9');
    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('change-due').filter({ hasText: '￥23.95' }).waitFor();
    const first = (await page.getByTestId('receipt-no').textContent()) ?? '';
    expect(first).toMatch(/^T01-\d{8}-0001$/);
    await page.getByText('本单积分 +10176').waitFor();
    await page.keyboard.press('5');
    await page.getByText('感谢您的评价！').waitFor();
    await screenshot(page, 'sale-done-zh-CN');

    // Turned to the customer: thanks, the change, and the prompt in large; the cashier takes it back.
    await page.keyboard.press('F7');
    const display = page.getByRole('dialog', { name: '顾客评价' });
    await display.getByText('感谢您的光临').waitFor();
    expect(await display.textContent()).toContain('￥23.95');
    await display.getByRole('button', { name: '非常满意' }).waitFor();
    await screenshot(page, 'sale-customer-zh-CN');
    await page.keyboard.press('Escape');
    await display.waitFor({ state: 'hidden' });

    const sale = db
      .prepare(
        `SELECT s.total_fen, s.change_fen, s.trade_in_fen, s.line_discount_fen, c.name AS customer, a.name AS approver
         FROM sales s JOIN customers c ON c.id = s.customer_id JOIN staff a ON a.id = s.approver_id
         WHERE s.receipt_no = ?`,
      )
      .get(first);
    expect(sale).toEqual({
      total_fen: 1_017_605,
      change_fen: 2_395,
      trade_in_fen: 280_000,
      line_discount_fen: 3_800,
      customer: '李女士',
      approver: MANAGER.name,
    });
    expect(
      db
        .prepare(
          `SELECT method, amount_fen, tendered_fen, reference FROM sale_payments
           WHERE sale_id = (SELECT id FROM sales WHERE receipt_no = ?) ORDER BY payment_no`,
        )
        .all(first),
    ).toEqual([
      { method: 'wechat', amount_fen: 1_000_000, tendered_fen: null, reference: '4200001234202611230001' },
      { method: 'cash', amount_fen: 17_605, tendered_fen: 20_000, reference: null },
    ]);
    expect(db.prepare('SELECT rating FROM sale_ratings').pluck().all()).toEqual([5]);

    // The next sale: the bangle is sold now, and says so; two towels by their SKU, paid exactly in cash.
    await page.keyboard.press('F9');
    await page.getByText('请扫码或搜索商品，开始新的交易').waitFor();
    scan(GOODS.bangle.sku);
    await page.getByTestId('sale-error').filter({ hasText: '“足金古法手镯”（JZ-0001）已售出' }).waitFor();
    scan(GOODS.towel.sku);
    await lineWith(page, 1, '￥39.00');
    scan(GOODS.towel.sku);
    expect(await lineWith(page, 1, '￥78.00')).toContain('2 × ￥39.00');
    await page.keyboard.press('F9');
    await page.keyboard.press('F1');
    await page.getByTestId('pay-change').filter({ hasText: '￥0.00' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('change-due').filter({ hasText: '￥0.00' }).waitFor();
    const second = await page.getByTestId('receipt-no').textContent();
    expect(second).toBe(first.replace(/0001$/, '0002'));

    // Today's sales: the towels' receipt reprinted as a copy, then voided with the manager's PIN.
    await page.keyboard.press('F9');
    await page.keyboard.press('F1');
    const today = await openedDialog(page, '今日销售');
    await today.getByRole('row', { name: new RegExp(first) }).waitFor();
    await today
      .getByRole('row', { name: new RegExp(second ?? '') })
      .filter({ hasText: '￥78.00' })
      .waitFor();
    await page.keyboard.press('r');
    await page.getByText(`已重印小票 ${second}（标注“重印”）`).waitFor();
    expect(
      db
        .prepare(`SELECT count(*) FROM print_jobs WHERE reference = ? AND copy_of IS NOT NULL`)
        .pluck()
        .get(second),
    ).toBe(1);
    await page.keyboard.press('v');
    await today.getByLabel('作废原因').fill('顾客改主意');
    await page.keyboard.press('Enter');
    const voidApproval = await openedDialog(page, '主管授权');
    await voidApproval.getByText(MANAGER.name, { exact: true }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByText(`小票 ${second} 已作废`).waitFor();
    await today
      .getByRole('row', { name: new RegExp(second ?? '') })
      .filter({ hasText: '已作废' })
      .waitFor();
    expect(db.prepare('SELECT state FROM sales WHERE receipt_no = ?').pluck().get(second)).toBe('voided');
    await page.keyboard.press('Escape');
    await today.waitFor({ state: 'hidden' });

    expect(e2e.app?.problems).toEqual([]);
  });

  it('puts a simulated scale’s stable weight on a weighed gold line at the right price', async () => {
    e2e.till = await startBrowserTill();
    seedStore(
      e2e.till,
      'T02',
      [CASHIER],
      [{ kind: 'scale', name: '柜台电子秤', protocol: 'and', connection: { type: 'simulated' } }, SCANNER],
    );
    const ring = { ...GOODS.pendant, sku: 'BJ-0950', name: 'Pt950铂金戒指', purity: 'Pt950' } as const;
    stockShop(e2e.till, [ring], { openShift: false });
    const scan = scanner(e2e.till, 2);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    await signIn(page, CASHIER.name, CASHIER.pin);
    await openSaleScreen(page);

    e2e.till.core.invoke('sim', { channel: 'auth.login', input: { staffId: 1, pin: ADMIN.pin } });
    // Nobody has opened a shift: the cashier is told before ringing anything up, and Ctrl+O leads to the
    // shift screen. Once a shift is open (its own test opens one there) the notice is gone.
    await page.getByTestId('shift-not-open').filter({ hasText: '本机尚未开班' }).waitFor();
    await page.keyboard.press('Control+o');
    await page.getByRole('heading', { name: '班次与日结' }).waitFor();
    openShift(e2e.till.core, 'sim');
    await page.getByRole('button', { name: '首页' }).click();
    await openSaleScreen(page);
    await page.locator('.sale-screen[data-shift="open"]').waitFor();
    expect(await page.getByTestId('shift-not-open').count()).toBe(0);

    // No Pt950 rate today: the cashier is told so, and nothing is added.
    scan(ring.sku);
    await page.getByTestId('sale-error').filter({ hasText: '今日尚未设置 Pt950 的金价' }).waitFor();
    await page.getByText('请扫码或搜索商品，开始新的交易').waitFor();

    // The 18K pendant has no tag weight: scanning it asks for one, and the scale gives it.
    scan(GOODS.pendant.sku);
    const dialog = await openedDialog(page, '修改：18K金吊坠');
    const simulate = (weightMg: number, stable: boolean): void => {
      const result = e2e.till?.core.invoke('sim', {
        channel: 'devices.simulate',
        input: { action: 'weight', deviceId: 1, weightMg, stable },
      });
      expect(result).toMatchObject({ ok: true });
    };
    // While it settles the weight cannot be taken.
    simulate(3_456, false);
    await dialog
      .getByTestId('scale-live')
      .and(page.locator('[data-accepted="false"]'))
      .filter({ hasText: '3.456g' })
      .waitFor();
    await page.keyboard.press('F6');
    await dialog.getByText('重量尚未稳定，请稍候').waitFor();
    simulate(3_456, true);
    await dialog.getByTestId('scale-live').and(page.locator('[data-accepted="true"]')).waitFor();
    await page.keyboard.press('F6');
    await dialog.getByLabel('克重').and(page.locator('[value="3.456"]')).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // 3.456 g × ￥470.00/g = ￥1,624.32, plus ￥380.00 labor per piece = ￥2,004.32.
    const line = await lineWith(page, 1, '￥2,004.32');
    expect(line).toContain('3.456g × ￥470.00/克 = ￥1,624.32');
    expect(line).toContain('工费 ￥380.00/件 = ￥380.00');
    await page.getByTestId('sale-total').filter({ hasText: '￥2,004.32' }).waitFor();
    await screenshot(page, 'sale-scale-zh-CN');

    // The screen locked with the customer still at the counter: unlocked, the cart is as it was.
    await page.keyboard.press('F2');
    await page.getByText('屏幕已锁定').waitFor();
    await page.keyboard.type(CASHIER.pin);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `您好，${CASHIER.name}` }).waitFor();
    await openSaleScreen(page);
    await lineWith(page, 1, '￥2,004.32');

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sales counter' }).waitFor();
    expect(await page.getByTestId('cart-line-1').textContent()).toContain('3.456g × ￥470.00/g = ￥1,624.32');
    await screenshot(page, 'sale-scale-en');

    expect(e2e.app?.problems).toEqual([]);
  });

  it('holds a cart for a moment, voids another, recalls the first with an order discount and an invoice, paid by card and Alipay', async () => {
    const { page, db, scan } = await openCounter('T03');

    // The vase is put aside (挂单) while another customer is served and changes her mind (作废).
    scan(GOODS.vase.sku);
    await lineWith(page, 1, '￥1,280.00');
    await page.keyboard.press('F5');
    await page.getByText('已挂单（1 行），可按 F6 取回').waitFor();
    scan(GOODS.jade.sku);
    await lineWith(page, 1, '￥380.00');
    await page.keyboard.press('Control+Delete');
    const confirm = page.locator('.ant-modal-confirm').filter({ hasText: '作废本单？' });
    await confirm.getByRole('button', { name: '作废' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByText('请扫码或搜索商品，开始新的交易').waitFor();
    expect(db.prepare(`SELECT payload FROM journal WHERE type = 'sale.cartVoided'`).pluck().all()).toEqual([
      JSON.stringify({ amountFen: 38_000, lineCount: 1, reason: null }),
    ]);

    await page.keyboard.press('F6');
    const held = await openedDialog(page, '取单');
    await held.getByText('1 行', { exact: false }).waitFor();
    await page.keyboard.press('Enter');
    await held.waitFor({ state: 'hidden' });
    await lineWith(page, 1, '￥1,280.00');

    // ￥50 off the order (within the cashier's 5 % of ￥1,280.00 = ￥64.00), and a company invoice.
    await page.keyboard.press('F10');
    let dialog = await openedDialog(page, '整单折扣');
    await dialog.getByText('按金额').click();
    await dialog.getByLabel('优惠金额').fill('50');
    await dialog.getByLabel('原因').fill('开业活动');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('sale-total').filter({ hasText: '￥1,230.00' }).waitFor();
    await page.keyboard.press('Control+i');
    dialog = await openedDialog(page, '开具发票');
    await dialog.getByLabel('发票抬头').fill('上海金福贸易有限公司');
    await dialog.getByLabel('纳税人识别号（个人可不填）').fill('91310000mA1k4x7q2b');
    await dialog.getByLabel('接收邮箱').fill('finance@example.com');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('发票：上海金福贸易有限公司').waitFor();

    // ￥1,000.00 by bank card (slip reference and last four digits), the rest by Alipay.
    await page.keyboard.press('F9');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: '银行卡', pressed: true }).waitFor();
    await typeByHand(page, '1000');
    await page.getByLabel('交易流水号 / 凭证号（可扫码）').fill('000777');
    await page.getByLabel('卡号后四位').fill('4321');
    await page.keyboard.press('Enter');
    await page.getByTestId('pay-due').filter({ hasText: '￥230.00' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: '支付宝', pressed: true }).waitFor();
    await page.getByLabel('交易流水号 / 凭证号（可扫码）').fill('2026112322001');
    await page.keyboard.press('Enter');
    await page.getByTestId('pay-due').filter({ hasText: '￥0.00' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('change-due').filter({ hasText: '￥0.00' }).waitFor();
    const receiptNo = await page.getByTestId('receipt-no').textContent();

    const saleId = db.prepare('SELECT id FROM sales WHERE receipt_no = ?').pluck().get(receiptNo);
    expect(
      db.prepare('SELECT title, tax_number, email FROM sale_invoices WHERE sale_id = ?').get(saleId),
    ).toEqual({
      title: '上海金福贸易有限公司',
      tax_number: '91310000MA1K4X7Q2B',
      email: 'finance@example.com',
    });
    expect(
      db
        .prepare(
          'SELECT method, amount_fen, reference, card_last4 FROM sale_payments WHERE sale_id = ? ORDER BY payment_no',
        )
        .all(saleId),
    ).toEqual([
      { method: 'bankCard', amount_fen: 100_000, reference: '000777', card_last4: '4321' },
      { method: 'alipay', amount_fen: 23_000, reference: '2026112322001', card_last4: null },
    ]);
    expect(db.prepare('SELECT order_discount_fen, total_fen FROM sales WHERE id = ?').get(saleId)).toEqual({
      order_discount_fen: 5_000,
      total_fen: 123_000,
    });
    expect(db.prepare('SELECT count(*) FROM held_carts').pluck().get()).toBe(0);

    expect(e2e.app?.problems).toEqual([]);
  });
});
