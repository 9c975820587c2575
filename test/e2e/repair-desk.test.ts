import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { seedStore } from '../helpers/seed';
import { openShift } from '../helpers/shifts';
import { openedDialog, signIn, wedgeScan } from '../helpers/till-ui';

const e2e = useE2eFixture('repair-desk');

const DESK = { name: '赵师傅', role: 'repairDesk', pin: '3333' } as const;
const SCALE = {
  kind: 'scale',
  name: '柜台电子秤',
  protocol: 'and',
  mode: 'continuous',
  pollIntervalMs: 100,
  connection: { type: 'simulated' },
} as const;

/**
 * The simulated scale settles on `weightMg`: set through the core as the simulator panel does, and waited
 * for until the core would hand it out (enough identical stable readings).
 */
async function settleScale(core: Core, weightMg: number): Promise<void> {
  const simulate = core.invoke('sim', {
    channel: 'devices.simulate',
    input: { action: 'weight', deviceId: 1, weightMg, stable: true },
  });
  if (!simulate.ok) throw new Error(simulate.error.message);
  for (let tries = 0; tries < 200; tries++) {
    const read = core.invoke('sim', { channel: 'devices.readWeight', input: {} });
    if (read.ok && (read.value as { weightMg: number }).weightMg === weightMg) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the scale never settled on ${weightMg} mg`);
}

/** The smallest PNG there is: one red pixel. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

const drawerStatus = (page: Page, status: string) =>
  page.getByTestId('ticket-status').filter({ hasText: status }).waitFor();

describe('the repair desk', () => {
  it('receives an item weighed on the scale, quotes, repairs, checks, calls and hands it over', async () => {
    e2e.till = await startBrowserTill();
    const { core } = e2e.till;
    seedStore(e2e.till, 'T05', [DESK], [SCALE]);
    const admin = core.invoke('sim', { channel: 'auth.login', input: { staffId: 1, pin: '123456' } });
    if (!admin.ok) throw new Error(admin.error.message);
    openShift(core, 'sim');
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    await signIn(page, DESK.name, DESK.pin);
    await page.getByTestId('tile-repairs').click();
    await page.getByRole('heading', { name: '维修台' }).waitFor();

    // Intake: a new customer registered on the spot, the bangle weighed on the scale.
    await page.keyboard.press('F4');
    await page.getByLabel('顾客手机号').fill('13812345678');
    await page.keyboard.press('Enter');
    await page.getByText('未找到该顾客').waitFor();
    await page.getByLabel('顾客姓名').fill('李女士');
    await page.keyboard.press('Enter');
    await page.getByTestId('repair-customer').filter({ hasText: '李女士' }).waitFor();
    await page.getByLabel('类别（戒指、项链…）').fill('手镯');
    await page.getByLabel('物品描述').fill('足金古法手镯');
    await page.getByText('划痕', { exact: true }).click();
    await settleScale(core, 20_150);
    await page.getByLabel('物品描述').click();
    await page.keyboard.press('F7');
    await page.getByTestId('weight-value').filter({ hasText: '20.150g' }).waitFor();
    expect(await page.getByTestId('weight-value').textContent()).toContain('电子秤稳定读数');
    await page.getByText('改圈口').click();
    await page.getByText('报价 ￥50.00，等待顾客确认').click();
    await page.getByLabel('订金金额（可不收）').fill('20');
    await page.getByLabel('金额', { exact: true }).fill('50');
    // a photo from a file: scaled and sent as JPEG, kept with the ticket
    await page.locator('input[type="file"]:not([capture])').setInputFiles({
      name: 'bangle.png',
      mimeType: 'image/png',
      buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
    });
    await page.getByRole('img', { name: '物品照片' }).waitFor();
    // and one from the till's camera: F10 opens it, Space takes the picture
    await page.keyboard.press('F10');
    const camera = await openedDialog(page, '拍照');
    await camera.locator('video').evaluate(
      (video: HTMLVideoElement) =>
        new Promise<void>((resolve) => {
          if (video.videoWidth > 0) resolve();
          else video.addEventListener('loadedmetadata', () => resolve(), { once: true });
        }),
    );
    await page.keyboard.press('Space');
    await camera.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('img', { name: '物品照片' }).count()).toBe(2);
    await screenshot(page, 'repair-intake-zh-CN');
    await page.keyboard.press('Control+Enter');
    await page.getByText('已收件，维修单号 WX-T05-000001').waitFor();

    // The board lists it and the new ticket opens, its quote waiting for the customer: approved by phone.
    await page.getByRole('cell', { name: 'WX-T05-000001' }).waitFor();
    await drawerStatus(page, '待顾客确认报价');
    await page.keyboard.press('F9');
    await drawerStatus(page, '顾客已同意');
    await page.keyboard.press('F9');
    await drawerStatus(page, '维修中');
    await page.keyboard.press('F9');
    await drawerStatus(page, '待质检');
    await settleScale(core, 20_170);
    await page.keyboard.press('F7');
    await page.getByTestId('weight-value').filter({ hasText: '20.170g' }).waitFor();
    await page.keyboard.press('F9');
    await drawerStatus(page, '待取件');
    await page
      .getByRole('button', { name: 'Close' })
      .or(page.getByRole('button', { name: '关闭' }))
      .click();

    // The call list: the script names the customer and the ticket; the call reached her.
    await page.keyboard.press('F6');
    const call = page.getByTestId('call-WX-T05-000001');
    await call.filter({ hasText: '您好，请问是李女士吗？这里是金福珠宝' }).waitFor();
    await call.getByRole('button', { name: /已接通/ }).click();
    await call.filter({ hasText: '下次跟进' }).waitFor();
    await screenshot(page, 'repair-calls-zh-CN');

    // Pick-up: the claim stub scanned, the weight out beside the QC weight, the balance paid in cash.
    await page.keyboard.press('F3');
    await page.getByRole('heading', { name: '维修台' }).click();
    await wedgeScan(page, 'WX-T05-000001');
    await drawerStatus(page, '待取件');
    await page.getByTestId('balance-due').filter({ hasText: '￥30.00' }).waitFor();
    await settleScale(core, 20_170);
    await page.keyboard.press('F7');
    await page.getByTestId('weight-out').filter({ hasText: '20.170g' }).waitFor();
    await page.getByLabel('金额', { exact: true }).fill('50');
    await page.getByTestId('change-due').filter({ hasText: '找零 ￥20.00' }).waitFor();
    await screenshot(page, 'repair-pickup-zh-CN');
    await page.keyboard.press('F9');
    await drawerStatus(page, '已取件');

    const db = core.db;
    expect(
      db
        .prepare('SELECT status, weight_in_mg, qc_weight_mg, weight_out_mg, quote_fen FROM repair_tickets')
        .get(),
    ).toEqual({
      status: 'collected',
      weight_in_mg: 20_150,
      qc_weight_mg: 20_170,
      weight_out_mg: 20_170,
      quote_fen: 5_000,
    });
    expect(
      db
        .prepare('SELECT purpose, method, amount_fen, tendered_fen FROM repair_payments ORDER BY payment_no')
        .all(),
    ).toEqual([
      { purpose: 'deposit', method: 'cash', amount_fen: 2_000, tendered_fen: 5_000 },
      { purpose: 'balance', method: 'cash', amount_fen: 3_000, tendered_fen: 5_000 },
    ]);
    expect(db.prepare('SELECT outcome FROM repair_calls').pluck().all()).toEqual(['reached']);
    expect(
      db.prepare('SELECT mime, source, length(data) > 0 AS kept FROM repair_photos ORDER BY photo_no').all(),
    ).toEqual([
      { mime: 'image/jpeg', source: 'file', kept: 1 },
      { mime: 'image/jpeg', source: 'camera', kept: 1 },
    ]);
    expect(db.prepare('SELECT document_type FROM print_jobs ORDER BY id').pluck().all()).toEqual([
      'repairSlip',
      'repairCollection',
    ]);

    await page
      .getByRole('button', { name: 'Close' })
      .or(page.getByRole('button', { name: '关闭' }))
      .click();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Repair desk' }).waitFor();
    await page.keyboard.press('F4');
    await page.getByText('Receive and print the claim stub').waitFor();
    await screenshot(page, 'repair-intake-en');
    expect(e2e.app.problems).toEqual([]);
  });

  it('lets the administrator add a service with its price and turnaround, offered at the next intake', async () => {
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T06', [DESK]);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    await signIn(page, '管理员', '123456');
    await page.getByTestId('tile-repairs').click();
    await page.getByRole('heading', { name: '维修台' }).waitFor();
    await page.keyboard.press('Control+,');
    await page.getByRole('button', { name: '添加维修项目' }).click();
    await page.getByLabel('代码').last().fill('engrave');
    await page.getByLabel('维修项目').last().fill('刻字');
    await page.getByLabel('默认价格').last().fill('30');
    await page.keyboard.press('Control+s');
    await page.getByText('维修设置已保存').waitFor();
    const stored = e2e.till.core.db.prepare(`SELECT value FROM settings WHERE key = 'repairs'`).pluck().get();
    expect(JSON.parse(stored as string).services.at(-1)).toEqual({
      code: 'engrave',
      name: '刻字',
      priceFen: 3_000,
      turnaroundDays: 3,
      warrantyCovered: false,
    });
    await page.keyboard.press('F4');
    await page.getByText('刻字').waitFor();
    expect(e2e.app.problems).toEqual([]);
  });
});
