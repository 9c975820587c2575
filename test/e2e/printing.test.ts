import { describe, expect, it } from 'vitest';
import {
  besidesSandboxedPreviews,
  openApp,
  screenshot,
  startBrowserTill,
  usePrinterE2eFixture,
} from '../helpers/browser';
import { decodeEscPos, textOf } from '../helpers/escpos-decoder';
import { seedAsAdmin, seedStore } from '../helpers/seed';
import { tcpPrinter } from '../helpers/printing';
import { loginHeading, openedDialog, signIn } from '../helpers/till-ui';

const e2e = usePrinterE2eFixture('printing');

const MANAGER = { name: '王经理', role: 'manager' as const, pin: '888888' };

describe('printers', () => {
  it('are set up by a manager, print a Chinese test page, preview templates and show a failing printer', async () => {
    const printer = await e2e.startPrinter();
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T03', [MANAGER]);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;

    await loginHeading(page).waitFor();
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-printers').click();
    await page.getByRole('heading', { name: '打印机' }).waitFor();
    await page.getByText('还没有打印机').waitFor();

    // A network receipt printer on this machine's loopback, added with its keyboard shortcut.
    await page.keyboard.press('F4');
    const form = await openedDialog(page, '新增打印机');
    await form.getByLabel('名称').fill('前台小票机');
    await form.getByLabel('主机地址').fill('127.0.0.1');
    await form.getByLabel('端口').fill(String(printer.port));
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存打印机 前台小票机').waitFor();
    await form.waitFor({ state: 'hidden' });
    const row = page.locator('.ant-table-row').filter({ hasText: '前台小票机' });
    await row
      .filter({ hasText: `TCP 127.0.0.1:${printer.port}` })
      .filter({ hasText: '80 mm' })
      .waitFor();

    // The test page reaches the listener, in Chinese, and the printer shows as ready.
    await row.getByRole('button', { name: '打印测试页' }).click();
    await page.getByText('测试页已发送到 前台小票机').waitFor();
    const [job] = await printer.waitForJobs(1);
    const printed = textOf(decodeEscPos(job as Uint8Array));
    expect(printed).toContain('打印测试页');
    expect(printed).toContain('前台小票机');
    await row.getByText('就绪').waitFor();

    // Receipts go to it.
    await page.getByRole('tab', { name: '单据路由' }).click();
    await page.getByLabel('打印机 销售小票').click();
    await page.locator('.ant-select-dropdown').getByText('前台小票机').click();
    await page.getByText('单据路由已保存').waitFor();

    // The receipt template with sample data, in a sandboxed frame.
    await page.getByRole('tab', { name: '模板预览' }).click();
    const frame = page.locator('iframe.template-preview-frame');
    await frame.and(page.locator('[title="销售小票 · 80mm 预览"]')).waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    await page.frameLocator('iframe.template-preview-frame').getByText('金福珠宝').first().waitFor();
    await page.frameLocator('iframe.template-preview-frame').getByText('合计').first().waitFor();
    // The sandboxed frame cannot load the app's fonts: the preview carries the bundled font it uses.
    const previewFrame = await (await frame.elementHandle())?.contentFrame();
    const bundledFaces = await previewFrame?.evaluate(async () => {
      await document.fonts.ready;
      // spread, not forEach: the frame's sandbox refuses to run callbacks
      const faces = [...(document.fonts as unknown as Iterable<FontFace>)];
      return faces.filter((face) => face.family.includes('Noto Sans SC') && face.status === 'loaded').length;
    });
    expect(bundledFaces).toBeGreaterThan(0);
    await screenshot(page, 'printing-preview');
    const controls = page.locator('.template-preview-controls');
    await controls.getByText('质保单', { exact: true }).click();
    await controls.getByText('A5', { exact: true }).click();
    await frame.and(page.locator('[title="质保单 · A5 预览"]')).waitFor();
    await page.frameLocator('iframe.template-preview-frame').getByText('质保单').first().waitFor();

    // The printer goes away: the next page cannot be sent, and the shell says so.
    await printer.close();
    await page.getByRole('tab', { name: '打印机' }).click();
    await row.getByRole('button', { name: '打印测试页' }).click();
    const banner = page.getByTestId('print-banner');
    await banner.filter({ hasText: '打印机“前台小票机”离线' }).waitFor();
    await row.getByText('离线').waitFor();
    await screenshot(page, 'printing-banner');

    // The jobs list, from the banner: the job waits with its last error and attempts.
    await page.getByRole('button', { name: '查看打印任务' }).click();
    const jobs = await openedDialog(page, '打印任务');
    const waiting = jobs.locator('.ant-table-row').filter({ hasText: 'TEST-1' });
    await waiting.filter({ hasText: '等待打印' }).filter({ hasText: 'ECONNREFUSED' }).waitFor();
    // the drawer has finished sliding in before it is photographed
    await page.waitForFunction(() => {
      const drawer = document.querySelector('.ant-drawer-content-wrapper');
      return drawer !== null && drawer.getBoundingClientRect().right <= window.innerWidth + 1;
    });
    await screenshot(page, 'printing-jobs');
    await waiting.getByRole('button', { name: '取消任务' }).click();
    await page.getByText('已取消 TEST-1').waitFor();
    await jobs.getByText('没有待打印或失败的任务').waitFor();

    expect(besidesSandboxedPreviews(e2e.app.problems)).toEqual([]);
  }, 60_000);

  it('open the drawer without a sale for a cashier, with a reason and a manager’s approval', async () => {
    const printer = await e2e.startPrinter();
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T03', [MANAGER, { name: '张三', role: 'cashier', pin: '1111' }]);
    const seed = seedAsAdmin(e2e.till);
    const { id } = seed.call('printing.savePrinter', tcpPrinter(printer.port, { name: '前台小票机' }));
    seed.call('printing.saveRoute', { documentType: 'receipt', printerId: id, copies: 1 });
    seed.done();
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;

    await loginHeading(page).waitFor();
    await signIn(page, '张三', '1111');
    await page.getByTestId('tile-noSale').click();
    await page.getByRole('heading', { name: '无销售开钱箱' }).waitFor();
    await page.getByText('收银员开钱箱需店长授权').waitFor();
    await page.getByText('顾客换零钱', { exact: true }).click();
    expect(await page.getByLabel('原因').inputValue()).toBe('顾客换零钱');
    await page.getByLabel('原因').press('Enter');

    const approval = await openedDialog(page, '主管授权');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByText(/已发送开钱箱指令（NOSALE-\d+）/).waitFor();
    await screenshot(page, 'printing-no-sale');

    const [job] = await printer.waitForJobs(1);
    const events = decodeEscPos(job as Uint8Array);
    expect(events.some((event) => event.type === 'drawer' && event.pin === 2)).toBe(true);
    expect(textOf(events)).toContain('顾客换零钱');
    expect(e2e.app.problems).toEqual([]);
  }, 60_000);
});
