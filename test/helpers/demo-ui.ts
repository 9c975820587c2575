import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { BrowserTill } from './browser';
import { loginHeading, openedDialog, pinDots, typeByHand } from './till-ui';

/** Steps through the demo store that the README's tour and its screenshots follow (zh-CN). */

/** Seeding the demo enters a month of trading call by call: far longer than a screen usually takes. */
const DEMO_BUILD_MS = 180_000;

/** Chooses the demo store on the first-run screen by keyboard and waits for its PIN pad. */
export async function chooseDemoStore(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '开始使用' }).waitFor();
  // the demo is the first choice and has the focus: Enter takes it
  await page.getByTestId('setup-demo').and(page.locator(':focus')).waitFor();
  await page.keyboard.press('Enter');
  await loginHeading(page).waitFor({ timeout: DEMO_BUILD_MS });
}

/** Picks a name on the PIN pad by the number shown beside it, then types the PIN. */
export async function signInByKeyboard(page: Page, name: string, pin: string): Promise<void> {
  const number = await page
    .getByRole('listitem')
    .filter({ hasText: name })
    .locator('.staff-button-number')
    .textContent();
  await page.keyboard.press(number ?? '');
  await pinDots(page, 0).waitFor();
  await page.keyboard.type(pin);
  await pinDots(page, pin.length).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `您好，${name}` }).waitFor();
}

/** Opens a home tile by its Alt+n key, as shown on the tile. */
export async function openTile(page: Page, tile: string): Promise<void> {
  const key = await page.getByTestId(`tile-${tile}`).locator('kbd').textContent();
  expect(key).toMatch(/^Alt\+\d$/);
  await page.keyboard.press(key ?? '');
}

/**
 * The shift screen with no shift open: counts the float by keyboard, `notes` ￥100 notes (the count in the
 * first field, Enter down the grid to the button, Enter opens the shift), and waits for the open shift.
 */
export async function openShiftCounting(page: Page, cashier: string, notes: number): Promise<void> {
  await openTile(page, 'shift');
  await page.getByText('本机尚未开班：清点备用金后开班').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '￥100.00 张数');
  await page.keyboard.type(String(notes));
  for (let i = 0; i < 9; i++) await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`^${cashier} 于 .+ 开班，当班：${cashier}$`)).waitFor();
}

/** A simulation without its device: each kind keeps its own fields. */
type WithoutDevice<S> = S extends unknown ? Omit<S, 'deviceId'> : never;
type Simulation = WithoutDevice<ChannelInput<'devices.simulate'>>;

/**
 * What the simulator panel (F8) sends, sent through the core as the demo's administrator: the weight on
 * the demo's simulated scale, a code read by its simulated scanner.
 */
export function demoSimulator(till: BrowserTill): (input: Simulation) => void {
  const session = 'demo-simulator';
  const call = (channel: string, input: unknown): unknown => {
    const result = till.core.invoke(session, { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };
  const adminId = till.core.db.prepare(`SELECT id FROM staff WHERE name = '陈静'`).pluck().get();
  call('auth.login', { staffId: adminId, pin: '999999' });
  const devices = call('devices.list', {}) as { device: { id: number; kind: string } }[];
  const idOf = (kind: string): number => {
    const found = devices.find(({ device }) => device.kind === kind);
    if (!found) throw new Error(`the demo has no simulated ${kind}`);
    return found.device.id;
  };
  return (input) =>
    void call('devices.simulate', {
      ...input,
      deviceId: idOf(input.action === 'scan' ? 'scanner' : 'scale'),
    });
}

/**
 * On the sale screen: finds loose gold by its pinyin initials as a cashier types them, adds it, and answers
 * the weight the line asks for with the simulated scale's stable reading (F6), saved with Enter.
 */
export async function sellWeighed(
  page: Page,
  simulate: (input: Simulation) => void,
  goods: { initials: string; name: string; weightMg: number },
): Promise<void> {
  await page.getByLabel('搜索商品').focus();
  await typeByHand(page, goods.initials);
  await page.getByRole('option', { name: new RegExp(goods.name) }).waitFor();
  await page.keyboard.press('Enter');
  const dialog = await openedDialog(page, `修改：${goods.name}`);
  simulate({ action: 'weight', weightMg: goods.weightMg, stable: true });
  const grams = (goods.weightMg / 1000).toFixed(3);
  // accepted once the scale has repeated this stable weight (the empty pan's 0 g was accepted too)
  await dialog
    .getByTestId('scale-live')
    .and(page.locator('[data-accepted="true"]'))
    .filter({ hasText: `${grams}g` })
    .waitFor();
  await page.keyboard.press('F6');
  // the field's value as set, not its attribute, which React does not always keep in step
  await expect.poll(() => dialog.getByLabel('克重').inputValue(), { timeout: 10_000 }).toBe(grams);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
}
