import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ProductInput } from '../../shared/contract/catalog';
import { openApp, screenshot, startBrowserTill, usePrinterE2eFixture } from '../helpers/browser';
import { openTile } from '../helpers/demo-ui';
import { stockShop } from '../helpers/sale-ui';
import { RATES } from '../helpers/sales';
import { seedStore, simulatedScale } from '../helpers/seed';
import { CASHIER, MANAGER, asAdmin } from '../helpers/till-store';
import { loginHeading, openedDialog, signIn, wedgeScan } from '../helpers/till-ui';
import { decodeTspl } from '../helpers/tspl-decoder';

const e2e = usePrinterE2eFixture('tally');

const SCALE = simulatedScale('柜台秤');

/** A tagged Au999 ring with a per-gram labor fee of ￥15. */
const ring = (sku: string, barcode: string, weightMg: number): ProductInput => ({
  kind: 'weighed',
  sku,
  name: `古法戒指 ${sku}`,
  category: '黄金',
  barcodes: [barcode],
  purity: 'Au999',
  weightMg,
  laborFee: { kind: 'perGram', fen: 1_500 },
  serialized: true,
  certificateNo: null,
  warrantyMonths: 12,
});

// In-store EAN-13 codes (prefix 2) with their check digits: a tag's print job and journal row carry the
// code, and a 13-digit code that is no EAN-13 but passes the Luhn check would read as a card number there.
const GF2_BARCODE = '2100000000029';
const RINGS = [
  ring('GF-1', '2100000000012', 3_000),
  ring('GF-2', GF2_BARCODE, 4_250),
  ring('GF-3', '2100000000036', 5_125),
];

describe('点货 in browser mode', () => {
  it('tags three rings received into a tray, sells one, and counts the tray: the sold ring is gone, the hidden one missing', async () => {
    const printer = await e2e.startPrinter();
    const till = await startBrowserTill();
    e2e.till = till;
    seedStore(till, 'T01', [CASHIER, MANAGER], [SCALE]);
    stockShop(till);
    asAdmin(till, 'auth.login', { staffId: 1, pin: '123456' });

    // Receive three rings into tray A1 of counter A.
    const counter = (
      asAdmin(till, 'stock.savePlace', { code: 'A', name: 'A柜', kind: 'counter' }) as { id: number }
    ).id;
    const tray = (
      asAdmin(till, 'stock.savePlace', {
        code: 'A1',
        name: 'A柜一号盘',
        kind: 'tray',
        parentId: counter,
      }) as {
        id: number;
      }
    ).id;
    const ids = RINGS.map((product) => {
      const { id } = asAdmin(till, 'catalog.save', { product }) as { id: number };
      asAdmin(till, 'catalog.receiveStock', { productId: id, quantity: 1, note: '', placeId: tray });
      return id;
    });

    // Their tags, printed by the manager from the goods screen (F5 on the ticked rows) to a TSPL label
    // printer on loopback; setting the printer up on screen is the tags test's.
    const labelPrinter = asAdmin(till, 'printing.savePrinter', {
      name: '标签机',
      settings: {
        kind: 'label',
        transport: { type: 'tcp', host: '127.0.0.1', port: printer.port },
        dpi: 203,
      },
    }) as { id: number };
    asAdmin(till, 'tags.saveSettings', {
      ...(asAdmin(till, 'tags.settings', {}) as object),
      printerId: labelPrinter.id,
    });
    e2e.app = await openApp(e2e.browser, till);
    const { page } = e2e.app;
    await signIn(page, MANAGER.name, MANAGER.pin);
    await openTile(page, 'catalog');
    await page.getByRole('heading', { name: '商品管理' }).waitFor();
    await page.getByLabel('搜索商品').fill('古法戒指');
    for (const { sku } of RINGS) {
      await page.locator('.ant-table-row').filter({ hasText: sku }).locator('.ant-checkbox-input').check();
    }
    await page.keyboard.press('F5');
    const tagDialog = await openedDialog(page, '打印标签');
    await tagDialog.getByText('所选商品（3 件）').waitFor();
    await tagDialog.getByTestId('tag-preview').locator('img').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('已送出 3 张标签').waitFor();
    // one label a piece, each barcode the printer's own CODE128 of the piece's barcode
    const labels = (await printer.waitForJobs(3)).map((bytes) => decodeTspl(bytes));
    expect(labels.map((label) => label.barcodes.map((b) => [b.type, b.content]))).toEqual(
      expect.arrayContaining(RINGS.map((product) => [['128', product.barcodes[0]]])),
    );
    expect(labels).toHaveLength(3);
    for (const label of labels) expect(label.commands.at(-1)).toEqual({ name: 'PRINT', args: [1] });
    const printed = till.core.db
      .prepare(`SELECT payload FROM journal WHERE type = 'tags.printed' ORDER BY seq`)
      .pluck()
      .all() as string[];
    expect(printed.map((row) => (JSON.parse(row) as { productId: number }).productId).sort()).toEqual(
      [...ids].sort(),
    );
    await page.keyboard.press('F12');
    await loginHeading(page).waitFor();

    // Sell GF-1 (3.000 g): 3 × ￥612.00 metal + 3 × ￥15.00 labor = ￥1,836.00 + ￥45.00 = ￥1,881.00.
    const sale = asAdmin(till, 'sales.commit', {
      saleId: randomUUID(),
      cart: { lines: [{ kind: 'product', productId: ids[0], goldRateFenPerGram: RATES.Au999.sell }] },
      tenders: [{ method: 'cash', amountFen: 188_100 }],
    });
    expect(sale).toMatchObject({ totalFen: 188_100, changeFen: 0 });

    await signIn(page, CASHIER.name, CASHIER.pin);
    await openTile(page, 'tally');
    const start = page.getByTestId('tally-counter-A').getByRole('button', { name: /开始点货/ });
    await start.waitFor();
    await start.click();

    // The tray's books: GF-2 and GF-3; the sold GF-1 is not among them.
    const trayPanel = page.getByTestId('tally-tray-A1');
    await trayPanel.waitFor();
    expect(await trayPanel.locator('.tally-piece').count()).toBe(2);
    expect(await trayPanel.textContent()).not.toContain('GF-1');
    await page.getByTestId('tally-progress').filter({ hasText: '已点 0 / 应有 2 件' }).waitFor();

    // GF-3 is hidden under the tray's cloth: only GF-2 is scanned, and scanned twice.
    await wedgeScan(page, GF2_BARCODE);
    await page.locator(`[data-product="${ids[1]}"][data-counted="true"]`).waitFor();
    await wedgeScan(page, GF2_BARCODE);
    await page.getByTestId('tally-last-scan').and(page.locator('[data-outcome="again"]')).waitFor();
    await page.getByTestId('tally-progress').filter({ hasText: '已点 1 / 应有 2 件' }).waitFor();

    // On the scale: GF-2 alone, 4.250 g.
    const devices = asAdmin(till, 'devices.list', {}) as { device: { id: number; kind: string } }[];
    const deviceId = devices.find(({ device }) => device.kind === 'scale')?.device.id;
    asAdmin(till, 'devices.simulate', { action: 'weight', deviceId, weightMg: 4_250, stable: true });
    await page
      .getByTestId('scale-live')
      .and(page.locator('[data-accepted="true"]'))
      .filter({ hasText: '4.250g' })
      .waitFor();
    await page.keyboard.press('F6');
    // books 4.250 + 5.125 = 9.375 g; weighed 4.250 g: 5.125 g short
    await page
      .locator('tr[data-purity="Au999"][data-status="beyond"]')
      .filter({ hasText: '-5.125g' })
      .waitFor();
    await screenshot(page, 'tally-counting-zh-CN');

    await page.keyboard.press('F9');
    await page.getByTestId('tally-finish').waitFor();
    await page.keyboard.press('F9');
    const result = page.getByTestId('tally-result');
    await result.and(page.locator('[data-status="flagged"]')).waitFor();
    const missing = await result.getByTestId('tally-missing').textContent();
    expect(missing).toContain('GF-3');
    expect(missing).not.toContain('GF-2');
    expect(await result.textContent()).not.toContain('GF-1');
    await screenshot(page, 'tally-result-zh-CN');

    // Back to the counters: the count is listed, flagged for the manager.
    await page.keyboard.press('Enter');
    await page
      .locator('.tally-recent')
      .filter({ hasText: '有差异' })
      .filter({ hasText: '1 件缺少' })
      .waitFor();

    const row = till.core.db
      .prepare(`SELECT payload FROM journal WHERE type = 'tally.finished'`)
      .pluck()
      .get() as string;
    expect(JSON.parse(row)).toMatchObject({
      counterId: counter,
      status: 'flagged',
      expectedPieces: 2,
      countedPieces: 1,
      missing: [{ productId: ids[2], placeId: tray, quantity: 1 }],
      duplicates: [{ productId: ids[1], scans: 2 }],
      purities: [
        { purity: 'Au999', expectedMg: 9_375, countedMg: 4_250, differenceMg: -5_125, source: 'scale' },
      ],
    });
  });
});
