import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture, type BrowserTill } from '../helpers/browser';
import { decodeEscPos, textOf } from '../helpers/escpos-decoder';
import { FakePrinter } from '../helpers/fake-printer';
import { tcpPrinter, waitFor } from '../helpers/printing';
import { stockShop } from '../helpers/sale-ui';
import { GOODS, RATES } from '../helpers/sales';
import { seedStore } from '../helpers/seed';
import { drawerOf } from '../helpers/shifts';
import { CASHIER, MANAGER } from '../helpers/till-store';
import { ADMIN, openedDialog, signIn, typeByHand } from '../helpers/till-ui';

// Issue 13's screen: a receipt scanned on 退换货, one of its two lines taken back after inspection with the
// simulated scale's weight, refunded to the two tenders as they paid, the return receipt read back from the
// printer's bytes, and the return in the shift's Z report.

let printer: FakePrinter | undefined;
const e2e = useE2eFixture('returns', async () => {
  await printer?.close().catch(() => undefined);
  printer = undefined;
});

const SCALE = {
  kind: 'scale',
  name: '柜台电子秤',
  protocol: 'and',
  connection: { type: 'simulated' },
} as const;
const SCANNER = { kind: 'scanner', name: '柜台扫描枪', connection: { type: 'simulated' } } as const;

/** Calls the core as `session`, failing the test on a refusal. */
function coreCall<T>(till: BrowserTill, session: string, channel: string, input: unknown): T {
  const result = till.core.invoke(session, { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The simulated devices' controls as the simulator panel sends them: the scale is device 1, the scanner 2. */
function devices(till: BrowserTill) {
  coreCall(till, 'sim', 'auth.login', { staffId: 1, pin: ADMIN.pin });
  return {
    weigh: (weightMg: number, stable: boolean) =>
      coreCall(till, 'sim', 'devices.simulate', { action: 'weight', deviceId: 1, weightMg, stable }),
    scan: (code: string) => coreCall(till, 'sim', 'devices.simulate', { action: 'scan', deviceId: 2, code }),
  };
}

/** A stocked store with its shift open, the receipt printer on loopback for sales, returns and Z reports. */
async function openStore() {
  printer = await FakePrinter.start();
  const till = await startBrowserTill();
  e2e.till = till;
  seedStore(till, 'T01', [CASHIER, MANAGER], [SCALE, SCANNER]);
  const ids = stockShop(till);
  coreCall(till, 'admin', 'auth.login', { staffId: 1, pin: ADMIN.pin });
  const { id } = coreCall<{ id: number }>(till, 'admin', 'printing.savePrinter', tcpPrinter(printer.port));
  for (const documentType of ['receipt', 'returnReceipt', 'zReport'])
    coreCall(till, 'admin', 'printing.saveRoute', { documentType, printerId: id, copies: 1 });
  return { till, ids, printer, ...devices(till) };
}

/** The printed text of the job holding `marker`, once the printer has taken it. */
async function printed(fake: FakePrinter, marker: string): Promise<string> {
  const text = await waitFor(`a printed job holding ${marker}`, () =>
    fake.jobs.map((job) => textOf(decodeEscPos(job))).find((t) => t.includes(marker)),
  );
  // the paper's columns are laid out with spaces: compare its words
  return text.replace(/\s+/g, ' ');
}

async function signInToSale(till: BrowserTill): Promise<Page> {
  e2e.app = await openApp(e2e.browser, till);
  const { page } = e2e.app;
  await signIn(page, CASHIER.name, CASHIER.pin);
  await page.getByTestId('tile-sales').click();
  await page.getByRole('heading', { name: '收银台' }).waitFor();
  return page;
}

describe('the returns screen', () => {
  it('scans a receipt, takes one of two lines back weighed on the scale, refunds both tenders as they paid; the Z report shows it', async () => {
    const { till, ids, printer: fake, weigh, scan } = await openStore();

    // The sale: the tagged bangle, 20.150 g Au999 at ￥612.00/g plus ￥15.00/g labor = 12,331.80 + 302.25 =
    // ￥12,634.05, and the jade at ￥380.00: ￥13,014.05, of which ￥10,000.00 by WeChat Pay and ￥3,014.05 cash.
    coreCall(till, 'sale', 'auth.login', { staffId: 2, pin: CASHIER.pin });
    const sale = coreCall<{ receiptNo: string }>(till, 'sale', 'sales.commit', {
      saleId: randomUUID(),
      cart: {
        lines: [
          { kind: 'product', productId: ids[GOODS.bangle.sku], goldRateFenPerGram: RATES.Au999.sell },
          { kind: 'product', productId: ids[GOODS.jade.sku] },
        ],
      },
      tenders: [
        { method: 'wechat', amountFen: 1_000_000, reference: '4200000001' },
        { method: 'cash', amountFen: 301_405 },
      ],
    });

    // From the sale screen, Shift+F9 opens 退换货; the receipt's barcode is scanned there.
    const page = await signInToSale(till);
    await page.keyboard.press('Shift+F9');
    await page.getByRole('heading', { name: '退换货' }).waitFor();
    scan(sale.receiptNo);
    await page.getByTestId('returns-sale').filter({ hasText: sale.receiptNo }).waitFor();
    const bangle = page.getByTestId('return-line-1');
    expect((await bangle.innerText()).replace(/\s+/g, ' ')).toMatch(/足金古法手镯 .* 1 0 1 ￥12,634\.05/);
    expect((await page.getByTestId('return-line-2').innerText()).replace(/\s+/g, ' ')).toMatch(
      /和田玉平安扣 .*1 0 1 ￥380\.00/,
    );

    // Enter inspects the first line: the bangle back on the scale at 20.148 g (F6), tag and certificate with it,
    // returned for its size, back to stock.
    await bangle.and(page.locator('[aria-current="true"]')).waitFor();
    await page.keyboard.press('Enter');
    const dialog = await openedDialog(page, '检验：足金古法手镯');
    const live = dialog.getByTestId('scale-live');
    // settling first, so the stable reading seen next is the bangle's and not the empty pan's
    weigh(20_148, false);
    await live.and(page.locator('[data-accepted="false"]')).waitFor();
    weigh(20_148, true);
    await live.and(page.locator('[data-accepted="true"]')).waitFor();
    await page.keyboard.press('F6');
    await dialog.getByLabel('退回克重').and(page.locator('[value="20.148"]')).waitFor();
    expect(await dialog.getByRole('checkbox', { name: '吊牌完好' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: /证书齐全（NGTC-2026-118）/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: '质量问题' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('radio', { name: '尺寸不合' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: '退回库存' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await bangle.and(page.locator('[aria-selected="true"]')).waitFor();

    // The quote: inside the window, at what was paid; 2 mg lighter, within the QC tolerance. The ￥12,634.05 goes
    // back in proportion to what each tender paid: WeChat 12,634.05 × 10,000.00 / 13,014.05 = 9,708.00|79 and
    // cash 12,634.05 × 3,014.05 / 13,014.05 = 2,926.04|21; the fen left over goes to the larger remainder.
    const quoted = page.getByTestId('quote-line-1');
    await quoted
      .getByTestId('rule')
      .filter({ hasText: '购买第 0 天，在 7 天退货期内：按原价退款' })
      .waitFor();
    expect(await quoted.innerText()).toContain('-0.002g');
    expect(await quoted.locator('.ant-tag').count()).toBe(0);
    await page.getByTestId('refund-total').filter({ hasText: '￥12,634.05' }).waitFor();
    expect(await page.getByTestId('refund-wechat').innerText()).toMatch(/微信支付\s+￥9,708\.01/);
    expect(await page.getByTestId('refund-cash').innerText()).toMatch(/现金\s+￥2,926\.04/);
    await screenshot(page, 'returns-quote-zh-CN');

    // F9 asks first for the WeChat refund's reference, then commits.
    await page.keyboard.press('F9');
    await page.waitForFunction(() => document.activeElement?.id === 'returns-reference-wechat');
    await page.keyboard.type('4200000002');
    await page.keyboard.press('F9');
    await page.getByTestId('done-total').filter({ hasText: '￥12,634.05' }).waitFor();
    expect(await page.getByTestId('return-no').textContent()).toBe('T01-R000001');
    expect(await page.getByTestId('done-refund-wechat').innerText()).toMatch(/微信支付\s+￥9,708\.01/);
    expect(await page.getByTestId('done-refund-cash').innerText()).toMatch(/现金\s+￥2,926\.04/);
    await screenshot(page, 'returns-done-zh-CN');

    // The return receipt, read back from the printer's bytes.
    const paper = await printed(fake, '退货单');
    for (const figure of [
      /单号 T01-R000001/,
      new RegExp(`原小票 ${sale.receiptNo}`),
      /足金古法手镯 1 件 原价退款 ￥12,634\.05/,
      /实称 20\.148g/,
      /处理：回库/,
      /退款合计 ￥12,634\.05/,
      /微信支付 ￥9,708\.01 退款单号 4200000002/,
      /现金 ￥2,926\.04/,
    ])
      expect(paper).toMatch(figure);
    expect(paper).not.toContain('和田玉平安扣');

    // The same receipt again: the bangle is fully returned and cannot be chosen; the jade still can.
    await page.keyboard.press('F9');
    scan(sale.receiptNo);
    await bangle.filter({ hasText: '已全部退回' }).and(page.locator('[aria-disabled="true"]')).waitFor();
    expect(await bangle.getByTestId('returnable').textContent()).toBe('0');
    await page.getByTestId('returns-paid').filter({ hasText: '已退 ￥9,708.01' }).waitFor();
    await page.getByTestId('return-line-2').and(page.locator('[aria-current="true"]')).waitFor();
    await page.keyboard.press('ArrowUp');
    await bangle.and(page.locator('[aria-current="true"]')).waitFor();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // The shift closes: cash expected 500.00 float + 3,014.05 − 2,926.04 = ￥588.01, counted ￥588.00; WeChat
    // settled 10,000.00 − 9,708.01 = ￥291.99. The Z report shows the return, per tender.
    coreCall(till, 'admin', 'shifts.closeCount', {
      counts: drawerOf(58_800),
      settled: { bankCard: 0, wechat: 29_199, alipay: 0 },
    });
    coreCall(till, 'admin', 'shifts.close', { leftInFen: 50_000 });
    const z = await printed(fake, 'Z000001');
    for (const figure of [
      /销售总额 1 笔 ￥13,014\.05/,
      /退货 1 笔 -￥12,634\.05/,
      /退货 .* 微信支付 -￥9,708\.01 .*净销售/,
      /退货 .* 现金 -￥2,926\.04 .*净销售/,
      /净销售 ￥380\.00/,
      /- 现金退款 ￥2,926\.04/,
      /= 应有现金 ￥588\.01/,
    ])
      expect(z).toMatch(figure);
    expect(e2e.app?.problems).toEqual([]);
  }, 90_000);

  it('buys old gold back without a purchase: weighed, the seller named, a manager’s PIN, paid in cash', async () => {
    const { till, printer: fake, weigh } = await openStore();
    const page = await signInToSale(till);
    await page.keyboard.press('Shift+F9');
    await page.getByRole('heading', { name: '退换货' }).waitFor();

    // F7: Au999 chosen by typing in the purity list, 5.000 g from the scale, the seller's name and ID number.
    await page.keyboard.press('F7');
    const dialog = await openedDialog(page, '旧料回收');
    await page.keyboard.type('Au999');
    await page.keyboard.press('Enter');
    await dialog.getByTestId('buy-back-rate').filter({ hasText: '今日回收价 ￥560.00/克' }).waitFor();
    weigh(5_000, false);
    await dialog.getByTestId('scale-live').and(page.locator('[data-accepted="false"]')).waitFor();
    weigh(5_000, true);
    await dialog.getByTestId('scale-live').and(page.locator('[data-accepted="true"]')).waitFor();
    await page.keyboard.press('F6');
    await dialog.getByLabel('旧料克重').and(page.locator('[value="5.000"]')).waitFor();
    await dialog.getByLabel('出售人姓名').focus();
    await page.keyboard.type('李四');
    // the ID number as a card reader gives it, whole, into its field
    await dialog.getByLabel('出售人证件号（身份证或护照）').fill('110101199001011234');
    await page.keyboard.press('Enter');

    // A cashier may not buy back: the manager approves by PIN, and the cash goes out.
    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await typeByHand(page, MANAGER.pin);
    await page.keyboard.press('Enter');

    // 5.000 g × ￥560.00/g, no deduction set: ￥2,800.00 in cash; the ID number masked on screen and paper.
    await page.getByTestId('done-total').filter({ hasText: '￥2,800.00' }).waitFor();
    expect(await page.getByTestId('return-no').textContent()).toBe('T01-R000001');
    expect(await page.getByTestId('done-seller').textContent()).toBe('出售人：李四 110***********1234');
    expect(await page.getByTestId('done-refund-cash').innerText()).toMatch(/现金\s+￥2,800\.00/);
    const paper = await printed(fake, '旧料回收单');
    for (const figure of [
      /单号 T01-R000001/,
      /出售人 李四 110\*{11}1234/,
      /授权主管 王经理/,
      /付款合计 ￥2,800\.00/,
    ])
      expect(paper).toMatch(figure);
    expect(paper).not.toContain('110101199001011234');
    expect(e2e.app?.problems).toEqual([]);
  }, 60_000);

  it('takes a piece back without its receipt as the member’s store credit, with a manager’s PIN', async () => {
    const { till, printer: fake, scan } = await openStore();
    const member = coreCall<{ id: number }>(till, 'admin', 'customers.register', {
      phone: '13812345678',
      name: '李女士',
    });
    const page = await signInToSale(till);
    await page.keyboard.press('Shift+F9');
    await page.getByRole('heading', { name: '退换货' }).waitFor();

    // F10: the jade scanned, a gift brought back without its receipt, to the member's store credit (the default).
    await page.keyboard.press('F10');
    const dialog = await openedDialog(page, '无小票退货');
    scan(GOODS.jade.sku);
    await dialog.getByTestId('no-receipt-product').filter({ hasText: '和田玉平安扣' }).waitFor();
    expect(await dialog.getByRole('radio', { name: '退为储值' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: '礼品退回' }).focus();
    await page.keyboard.press('Space');
    await dialog.getByLabel('无小票原因').focus();
    await page.keyboard.type('礼品无票');
    // the member's number given whole, as it would be read out and typed
    await dialog.getByLabel('会员手机号（退为储值）').fill('13812345678');
    await page.keyboard.press('Enter');

    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await typeByHand(page, MANAGER.pin);
    await page.keyboard.press('Enter');

    // today's price of the jade, ￥380.00, as store credit
    await page.getByTestId('done-total').filter({ hasText: '￥380.00' }).waitFor();
    expect(await page.getByTestId('return-no').textContent()).toBe('T01-R000001');
    expect(await page.getByTestId('done-refund-storeCredit').innerText()).toMatch(/储值\s+￥380\.00/);
    const credit = till.core.db
      .prepare('SELECT sum(amount_fen) FROM store_credit_movements WHERE customer_id = ?')
      .pluck()
      .get(member.id);
    expect(credit).toBe(38_000);
    const paper = await printed(fake, 'T01-R000001');
    for (const figure of [/原小票 无小票/, /和田玉平安扣/, /授权主管 王经理/, /储值余额 ￥380\.00/])
      expect(paper).toMatch(figure);
    expect(e2e.app?.problems).toEqual([]);
  }, 60_000);

  it('exchanges a jade for a vase: the customer pays the difference in cash, the exchange receipt is printed', async () => {
    const { till, ids, printer: fake, scan } = await openStore();
    // The sale: the jade at ￥380.00, paid by WeChat Pay.
    coreCall(till, 'sale', 'auth.login', { staffId: 2, pin: CASHIER.pin });
    const sale = coreCall<{ receiptNo: string }>(till, 'sale', 'sales.commit', {
      saleId: randomUUID(),
      cart: { lines: [{ kind: 'product', productId: ids[GOODS.jade.sku] }] },
      tenders: [{ method: 'wechat', amountFen: 38_000, reference: '4200000011' }],
    });
    const page = await signInToSale(till);
    await page.keyboard.press('Shift+F9');
    await page.getByRole('heading', { name: '退换货' }).waitFor();
    scan(sale.receiptNo);
    await page.getByTestId('return-line-1').and(page.locator('[aria-current="true"]')).waitFor();

    // The jade inspected (its size does not suit), then F4 turns the return into an exchange.
    await page.keyboard.press('Enter');
    const dialog = await openedDialog(page, '检验：和田玉平安扣');
    await dialog.getByRole('radio', { name: '质量问题' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('refund-total').filter({ hasText: '￥380.00' }).waitFor();
    await page.keyboard.press('F4');
    await page.getByTestId('exchange').waitFor();
    expect(await page.getByTestId('exchange-returned').textContent()).toBe('退回：和田玉平安扣 ×1');

    // The vase found by its SKU typed in the search box and Enter, as at the sale screen.
    await typeByHand(page, GOODS.vase.sku);
    await page.getByRole('option', { name: /青花瓷瓶/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line-1').filter({ hasText: '青花瓷瓶' }).waitFor();

    // The jade's ￥380.00 goes towards the vase's ￥1,280.00: the customer pays 1,280.00 − 380.00 = ￥900.00.
    await page.getByTestId('exchange-new').filter({ hasText: '￥1,280.00' }).waitFor();
    expect(await page.getByTestId('exchange-credit').textContent()).toBe('￥380.00');
    expect(await page.getByTestId('exchange-difference').textContent()).toBe('￥900.00');
    await screenshot(page, 'exchange-zh-CN');

    // F9 takes the difference: a ￥1,000.00 note, ￥100.00 change; F9 again commits.
    await page.keyboard.press('F9');
    await page.getByTestId('pay-due').filter({ hasText: '￥900.00' }).waitFor();
    await typeByHand(page, '1000');
    await page.keyboard.press('Enter');
    await page.getByTestId('pay-change').filter({ hasText: '￥100.00' }).waitFor();
    await page.keyboard.press('F9');
    await page.getByTestId('done-change').filter({ hasText: '￥100.00' }).waitFor();
    expect(await page.getByTestId('done-paid').textContent()).toBe('￥900.00');
    expect(await page.getByTestId('return-no').textContent()).toBe('T01-R000001');
    const receiptNo = /T01-\d{8}-0002/.exec(
      (await page.getByTestId('done-exchange').textContent()) ?? '',
    )?.[0];
    expect(receiptNo).toBeDefined();

    // The exchange receipt, read back from the printer's bytes.
    const paper = await printed(fake, '换货单');
    for (const figure of [
      /单号 T01-R000001/,
      new RegExp(`原小票 ${sale.receiptNo}`),
      /和田玉平安扣 1 件 原价退款 ￥380\.00/,
      new RegExp(`换购商品 ${receiptNo}`),
      /青花瓷瓶 ×1 ￥1,280\.00/,
      /新购合计 ￥1,280\.00/,
      /退回抵扣 -￥380\.00/,
      /顾客补付 ￥900\.00/,
      /找零 ￥100\.00/,
    ])
      expect(paper).toMatch(figure);
    expect(e2e.app?.problems).toEqual([]);
  }, 90_000);

  it('pays the customer out of the drawer for a trade-in worth more than the new goods: the seller named, a manager’s PIN', async () => {
    const { till, printer: fake, scan } = await openStore();
    const page = await signInToSale(till);

    // The jade at ￥380.00 scanned, then 5 g of old Au999 traded in at ￥560.00/g: ￥2,800.00.
    scan(GOODS.jade.sku);
    await page.getByTestId('cart-line-1').filter({ hasText: '和田玉平安扣' }).waitFor();
    await page.keyboard.press('F7');
    const tradeIn = await openedDialog(page, '以旧换新：旧料回收');
    await tradeIn.getByLabel('成色').click();
    await page.keyboard.type('Au999');
    await page.keyboard.press('Enter');
    await tradeIn.getByTestId('trade-in-rate').filter({ hasText: '今日回收价 ￥560.00/克' }).waitFor();
    await tradeIn.getByLabel('克重').fill('5');
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line-2').waitFor();

    // F9: the old gold is worth 2,800.00 − 380.00 = ￥2,420.00 more; the customer gets it in cash.
    await page.keyboard.press('F9');
    const payout = await openedDialog(page, '以旧换新：付给顾客差价');
    expect(await payout.getByTestId('payout-amount').textContent()).toBe('￥2,420.00');
    await payout.getByLabel('出售人姓名').focus();
    await page.keyboard.type('李四');
    await payout.getByLabel('出售人证件号（身份证或护照）').fill('110101199001011234');
    // once the field is left, the number shows masked
    await page.keyboard.press('Shift+Tab');
    await payout.locator('[data-masked="true"][value="110***********1234"]').waitFor();
    await page.keyboard.press('Enter');

    // A cashier may not pay out: the manager approves by PIN.
    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await typeByHand(page, MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('payout-done').filter({ hasText: '￥2,420.00' }).waitFor();
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';

    // The receipt, read back from the printer's bytes: the payout, the seller with the ID masked.
    const paper = await printed(fake, receiptNo);
    for (const figure of [
      /和田玉平安扣/,
      /旧料抵扣/,
      /应付顾客 ￥2,420\.00/,
      /现金付出 ￥2,420\.00/,
      /出售人 李四 110\*{11}1234/,
    ])
      expect(paper).toMatch(figure);
    expect(paper).not.toContain('110101199001011234');
    expect(e2e.app?.problems).toEqual([]);
  }, 90_000);

  it('finds the member by mobile number and picks the receipt from their purchases, newest first, by keyboard', async () => {
    const { till, ids } = await openStore();
    const member = coreCall<{ id: number }>(till, 'admin', 'customers.register', {
      phone: '13812345678',
      name: '李女士',
    });
    coreCall(till, 'sale', 'auth.login', { staffId: 2, pin: CASHIER.pin });
    const sell = (lines: unknown[], amountFen: number) =>
      coreCall<{ receiptNo: string }>(till, 'sale', 'sales.commit', {
        saleId: randomUUID(),
        cart: { customerId: member.id, lines },
        tenders: [{ method: 'cash', amountFen }],
      }).receiptNo;
    // the jade at ￥380.00, then two towels at ￥39.00: ￥78.00
    const jade = sell([{ kind: 'product', productId: ids[GOODS.jade.sku] }], 38_000);
    const towels = sell([{ kind: 'product', productId: ids[GOODS.towel.sku], quantity: 2 }], 7_800);
    // the store's business day, as the receipt number carries it
    const day = (receiptNo: string): string =>
      receiptNo.replace(/^T01-(\d{4})(\d{2})(\d{2})-\d{4}$/, '$1-$2-$3');

    const page = await signInToSale(till);
    await page.keyboard.press('Shift+F9');
    await page.getByRole('heading', { name: '退换货' }).waitFor();
    await page.keyboard.press('F6');
    const dialog = await openedDialog(page, '会员购买记录');
    // the number given whole, as it would be read out and typed
    await dialog.getByLabel('会员手机号').fill('13812345678');
    await page.keyboard.press('Enter');
    await dialog.getByTestId('purchases-member').filter({ hasText: '李女士' }).waitFor();

    // newest first: the towels, then the jade, each with its date, amount and what can still come back
    const rows = dialog.locator('[data-testid^="purchase-T01"]');
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')))).toEqual([
      `purchase-${towels}`,
      `purchase-${jade}`,
    ]);
    const towelRow = (await dialog.getByTestId(`purchase-${towels}`).innerText()).replace(/\s+/g, ' ');
    expect(towelRow).toContain(`${towels} · ${day(towels)}`);
    expect(towelRow).toMatch(/纯棉毛巾 ￥78\.00 可退 2 件 ￥78\.00/);
    const jadeRow = (await dialog.getByTestId(`purchase-${jade}`).innerText()).replace(/\s+/g, ' ');
    expect(jadeRow).toMatch(/和田玉平安扣 ￥380\.00 可退 1 件 ￥380\.00/);

    // ↓ to the jade's receipt, Enter: its lines on the returns screen, ready to inspect
    await page.keyboard.press('ArrowDown');
    await dialog.getByTestId(`purchase-${jade}`).and(page.locator('[aria-current="true"]')).waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('returns-sale').filter({ hasText: jade }).waitFor();
    expect(await page.getByTestId('returns-sale').innerText()).toContain('会员 李女士');
    expect((await page.getByTestId('return-line-1').innerText()).replace(/\s+/g, ' ')).toMatch(
      /和田玉平安扣 .*1 0 1 ￥380\.00/,
    );
    await page.getByTestId('return-line-1').and(page.locator('[aria-current="true"]')).waitFor();
    expect(e2e.app?.problems).toEqual([]);
  }, 90_000);
});
