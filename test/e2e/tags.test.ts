import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, usePrinterE2eFixture } from '../helpers/browser';
import { GOODS } from '../helpers/sales';
import { seedAsAdmin, seedStore } from '../helpers/seed';
import { loginHeading, openedDialog, signIn } from '../helpers/till-ui';
import { decodeTspl } from '../helpers/tspl-decoder';

const e2e = usePrinterE2eFixture('tags');

const MANAGER = { name: '王经理', role: 'manager' as const, pin: '888888' };

describe('tags', () => {
  it('sets up a label printer, then F5 on the goods screen previews and prints the piece’s tag', async () => {
    const printer = await e2e.startPrinter();
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T03', [MANAGER]);
    const seed = seedAsAdmin(e2e.till);
    const { id } = seed.call('catalog.save', { product: GOODS.bangle });
    seed.call('catalog.receiveStock', { productId: id, quantity: 1, note: '' });
    seed.done();
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;

    await loginHeading(page).waitFor();
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-printers').click();
    await page.getByRole('heading', { name: '打印机' }).waitFor();

    // The label printer on this machine's loopback: TCP, TSPL.
    await page.keyboard.press('F4');
    const form = await openedDialog(page, '新增打印机');
    await form.getByLabel('名称').fill('标签机');
    await form.getByLabel('主机地址').fill('127.0.0.1');
    await form.getByLabel('端口').fill(String(printer.port));
    await form.getByText('标签机（TSPL）').click();
    await form.getByText('203 dpi').waitFor();
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存打印机 标签机').waitFor();
    await page.locator('.ant-table-row').filter({ hasText: '标签 TSPL 203 dpi' }).waitFor();

    // Tags go to it, on the default dumbbell stock.
    await page.getByRole('tab', { name: '商品标签' }).click();
    await page.getByLabel('标签打印机').click();
    await page.locator('.ant-select-dropdown').getByText('标签机', { exact: true }).click();
    await page.keyboard.press('Control+s');
    await page.getByText('标签设置已保存').waitFor();

    // On the goods screen: find the bangle, tick it, F5.
    await page.getByRole('button', { name: '首页' }).click();
    await page.getByTestId('tile-catalog').click();
    await page.getByRole('heading', { name: '商品管理' }).waitFor();
    await page.getByLabel('搜索商品').fill('JZ-0001');
    const row = page.locator('.ant-table-row').filter({ hasText: '足金古法手镯' });
    await row.locator('.ant-checkbox-input').check();
    await page.keyboard.press('F5');
    const dialog = await openedDialog(page, '打印标签');
    await dialog.getByText('所选商品（1 件）').waitFor();
    const preview = dialog.getByTestId('tag-preview').locator('img');
    await preview.waitFor();
    expect(await preview.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    // the preview is the label in dots: 72 × 10 mm at 8 dots a mm
    expect(await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
      576, 80,
    ]);
    await screenshot(page, 'tags-preview');
    await page.keyboard.press('Enter');
    await page.getByText('已送出 1 张标签').waitFor();

    const [bytes] = await printer.waitForJobs(1);
    const tspl = decodeTspl(bytes as Uint8Array);
    expect(tspl.commands[0]).toEqual({ name: 'SIZE', args: ['72 mm', '10 mm'] });
    expect(tspl.barcodes.map((b) => [b.type, b.content])).toEqual([['128', '6901234567890']]);
    expect(tspl.texts.map((t) => t.content)).toContain('20.15g');
    expect(tspl.bitmaps.length).toBeGreaterThan(0);
    expect(tspl.commands.at(-1)).toEqual({ name: 'PRINT', args: [1] });

    const journal = e2e.till.core.db
      .prepare(`SELECT payload FROM journal WHERE type = 'tags.printed'`)
      .pluck()
      .all() as string[];
    expect(journal.map((payload) => JSON.parse(payload) as { barcode: string })).toMatchObject([
      { productId: id, barcode: '6901234567890', weightMg: 20_150 },
    ]);
    expect(e2e.app.problems).toEqual([]);
  }, 60_000);
});
