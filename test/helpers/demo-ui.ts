import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { BrowserTill } from './browser';
import { loginHeading, pinDots } from './till-ui';

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
  call('auth.login', { staffId: adminId, pin: '9999' });
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
