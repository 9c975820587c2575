import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProductInput } from '../../shared/contract/catalog';
import { formatGrams } from '../../shared/domain/money';
import { openApp, screenshot, startBrowserTill, useE2eFixture, type BrowserTill } from '../helpers/browser';
import { seedStore } from '../helpers/seed';
import { PLACES } from '../helpers/stock';
import { ADMIN, loginHeading, openedDialog, signIn, typeByHand, wedgeScan } from '../helpers/till-ui';

const e2e = useE2eFixture('stock-places');

const MANAGER = { name: '王经理', role: 'manager', pin: '888888' } as const;
const CASHIER = { name: '张三', role: 'cashier', pin: '1111' } as const;

/** Three tagged gold bangles of 20.150 g, 18.000 g and 10.500 g. */
const PIECES = [
  { sku: 'JZ-0001', barcode: '6901234567890', weightMg: 20_150 },
  { sku: 'JZ-0002', barcode: '6901234567891', weightMg: 18_000 },
  { sku: 'JZ-0003', barcode: '6901234567892', weightMg: 10_500 },
] as const;

function addPieces(till: BrowserTill): number[] {
  const call = <T>(channel: string, input: unknown): T => {
    const result = till.core.invoke('seed', { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  call('auth.login', { staffId: 1, pin: ADMIN.pin });
  const ids = PIECES.map((piece, index) => {
    const product: ProductInput = {
      kind: 'weighed',
      sku: piece.sku,
      name: `足金手镯${index + 1}`,
      category: '黄金',
      barcodes: [piece.barcode],
      purity: 'Au999',
      weightMg: piece.weightMg,
      laborFee: { kind: 'perGram', fen: 1_500 },
      serialized: true,
      certificateNo: null,
      warrantyMonths: 12,
    };
    return call<{ id: number }>('catalog.save', { product }).id;
  });
  call('auth.logout', {});
  return ids;
}

/** Each piece's place, read straight from the movements. */
function placeOf(till: BrowserTill, productId: number): number[] {
  return till.core.db
    .prepare(
      `SELECT place_id FROM stock_movements WHERE product_id = ? GROUP BY place_id HAVING sum(quantity) > 0`,
    )
    .pluck()
    .all(productId) as number[];
}

async function openPlaces(page: Page): Promise<void> {
  await page.getByTestId('tile-stockPlaces').click();
  await page.getByRole('heading', { name: '库位', exact: true }).waitFor();
}

/** The transfer's target chosen by keyboard: the place's name typed into the list, Enter takes the first. */
async function chooseTarget(page: Page, typed: string, shown: string): Promise<void> {
  const transfer = page.getByRole('region', { name: '调拨' });
  await transfer.getByLabel('移到').focus();
  await typeByHand(page, typed);
  await page.locator('.ant-select-item-option-active').filter({ hasText: shown }).waitFor();
  await page.keyboard.press('Enter');
  await transfer.getByTitle(shown).waitFor();
}

describe('the 库位 screen', () => {
  it('sets up a counter and a tray, transfers scanned pieces into the tray, finds them, and writes one off with approval', async () => {
    const till = await startBrowserTill();
    e2e.till = till;
    seedStore(till, 'T05', [MANAGER, CASHIER]);
    const ids = addPieces(till);
    e2e.app = await openApp(e2e.browser, till);
    const { page } = e2e.app;
    const db = till.core.db;
    await signIn(page, MANAGER.name, MANAGER.pin);

    // The goods arrive: each piece is received into the stockroom, the receive dialog's default place.
    await page.getByTestId('tile-catalog').click();
    await page.getByRole('heading', { name: '商品管理' }).waitFor();
    for (const [index, piece] of PIECES.entries()) {
      await wedgeScan(page, piece.barcode);
      const form = await openedDialog(page, `编辑商品：足金手镯${index + 1}`);
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'hidden' });
      await page.keyboard.press('F6');
      const receive = await openedDialog(page, `入库：足金手镯${index + 1}`);
      await receive.getByText('库房', { exact: true }).waitFor();
      await page.keyboard.type('1');
      await page.keyboard.press('Enter');
      await receive.waitFor({ state: 'hidden' });
    }
    expect(ids.map((id) => placeOf(till, id))).toEqual([
      [PLACES.stockroom],
      [PLACES.stockroom],
      [PLACES.stockroom],
    ]);
    await page.getByRole('button', { name: '首页' }).click();

    // A counter, then a tray in it.
    await openPlaces(page);
    await page.keyboard.press('F4');
    let form = await openedDialog(page, '新增库位');
    await form.getByLabel('编码').fill('C1');
    await form.getByLabel('名称').fill('一号柜台');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存库位 一号柜台').waitFor();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: '一号柜台 的货品' }).waitFor();
    await page.getByRole('button', { name: '添加托盘' }).click();
    form = await openedDialog(page, '新增库位');
    await form.getByText('一号柜台', { exact: true }).waitFor();
    await form.getByLabel('编码').fill('C1-T1');
    await form.getByLabel('名称').fill('托盘一');
    await page.keyboard.press('Enter');
    await page.getByText('已保存库位 托盘一').waitFor();
    await form.waitFor({ state: 'hidden' });
    const tray = db
      .prepare("SELECT id, parent_id AS parentId, kind FROM stock_places WHERE code = 'C1-T1'")
      .get() as { id: number; parentId: number; kind: string };
    expect(tray.kind).toBe('tray');
    expect(db.prepare("SELECT id FROM stock_places WHERE code = 'C1'").pluck().get()).toBe(tray.parentId);

    // The stockroom holds the three pieces: 48.650 g.
    await page.getByTestId('place-STOCKROOM').click();
    await page.getByRole('heading', { name: '库房 的货品' }).waitFor();
    await page
      .getByTestId('place-totals')
      .filter({ hasText: `3 件 · ${formatGrams(48_650)}` })
      .waitFor();

    // Two pieces scanned into the transfer, the tray chosen, Ctrl+S.
    const transfer = page.getByRole('region', { name: '调拨' });
    await wedgeScan(page, PIECES[0].barcode);
    await transfer.getByText('足金手镯1').waitFor();
    await wedgeScan(page, PIECES[1].barcode);
    await transfer.getByText('足金手镯2').waitFor();
    await chooseTarget(page, '托盘一', '一号柜台 / 托盘一 · 托盘');
    await screenshot(page, 'stock-places-transfer-zh-CN');
    await page.keyboard.press('Control+s');
    await page.getByText(/^已调拨 2 件到 托盘一/).waitFor();
    await page
      .getByTestId('place-totals')
      .filter({ hasText: `1 件 · ${formatGrams(10_500)}` })
      .waitFor();
    expect(ids.map((id) => placeOf(till, id))).toEqual([[tray.id], [tray.id], [PLACES.stockroom]]);

    // The tray's contents list the two pieces.
    await page.getByTestId('place-C1-T1').click();
    await page.getByRole('heading', { name: '托盘一 的货品' }).waitFor();
    const rows = page.locator('.place-contents .ant-table-row');
    await rows.filter({ hasText: PIECES[0].sku }).waitFor();
    await rows.filter({ hasText: PIECES[1].sku }).waitFor();
    expect(await rows.count()).toBe(2);
    await page
      .getByTestId('place-totals')
      .filter({ hasText: `2 件 · ${formatGrams(38_150)}` })
      .waitFor();
    await screenshot(page, 'stock-places-zh-CN');

    // A tray holding pieces is not closed: the core's refusal is said in the user's language.
    await page.getByRole('button', { name: '停用' }).click();
    const closing = await openedDialog(page, '停用库位“托盘一”？');
    await closing.getByRole('button', { name: '停用' }).click();
    await page.getByText('“托盘一”里还有 2 件货品或启用的托盘，不能停用').waitFor();
    await closing.waitFor({ state: 'hidden' });
    expect(db.prepare('SELECT active FROM stock_places WHERE id = ?').pluck().get(tray.id)).toBe(1);

    // 查位置 answers the tray, the transfer being the last movement.
    await page.keyboard.press('F3');
    const whereIs = await openedDialog(page, '查位置');
    await wedgeScan(page, PIECES[1].barcode);
    const answer = whereIs.getByTestId('where-is-answer');
    await answer.getByText('托盘一 · 托盘').waitFor();
    expect(await answer.textContent()).toContain('调拨');
    await page.keyboard.press('Escape');
    await whereIs.waitFor({ state: 'hidden' });

    // The cashier writes the third piece off: a reason is asked for, then a manager's approval.
    await page.keyboard.press('F12');
    await loginHeading(page).waitFor();
    await signIn(page, CASHIER.name, CASHIER.pin);
    await openPlaces(page);
    await page.getByRole('heading', { name: '库房 的货品' }).waitFor();
    expect(await page.getByRole('button', { name: /新增库位/ }).count()).toBe(0);
    await wedgeScan(page, PIECES[2].barcode);
    await transfer.getByText('足金手镯3').waitFor();
    await chooseTarget(page, '已报损', '已报损');
    await transfer.getByText('报损或退供应商须填写原因，并由主管授权').waitFor();
    await page.keyboard.press('Control+s');
    await transfer.getByText('报损或退供应商请填写原因').waitFor();
    await transfer.getByLabel('原因').fill('镯身断裂');
    await page.keyboard.press('Enter');
    const approval = await openedDialog(page, '主管授权');
    expect(await approval.textContent()).toContain('报损与退供应商');
    await approval.getByText(MANAGER.name, { exact: true }).click();
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByText(/^已调拨 1 件到 已报损/).waitFor();
    expect(placeOf(till, ids[2] ?? 0)).toEqual([PLACES.writtenOff]);
    const moved = db
      .prepare("SELECT payload FROM journal WHERE type = 'stock.moved' ORDER BY seq DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(moved)).toMatchObject({ toId: PLACES.writtenOff, note: '镯身断裂' });

    expect(e2e.app.problems).toEqual([]);
  });
});
