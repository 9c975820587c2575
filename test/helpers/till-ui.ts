import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { keyUp, SCANNER_KEY_GAP_MS, scannerKeys } from '../../electron/cli/bench/scanner-keys';

/** Steps through the UI that several end-to-end tests share, in the words a user sees (zh-CN). */

export const ADMIN = { name: '管理员', pin: '123456' };

/** The first-run choice of one's own store (not the demo), then its form. */
export async function completeFirstRun(page: Page, storeName: string): Promise<void> {
  await page.getByRole('button', { name: /设置我的门店/ }).click();
  await page.getByRole('heading', { name: '首次设置' }).waitFor();
  expect(await page.getByLabel('终端编号').inputValue()).toBe('T01');
  await page.getByLabel('门店名称').fill(storeName);
  await page.getByLabel('系统管理员姓名').fill(ADMIN.name);
  await page.getByLabel('PIN 码', { exact: true }).fill(ADMIN.pin);
  await page.getByLabel('确认 PIN 码').fill(ADMIN.pin);
  await page.getByRole('button', { name: '完成设置' }).click();
  await loginHeading(page).waitFor();
}

export function loginHeading(page: Page) {
  return page.getByRole('heading', { name: '请选择您的账号' });
}

export function pinDots(page: Page, length: number) {
  return page.locator(`[data-testid="pin-dots"][data-length="${length}"]`);
}

/** Picks a name on the login screen by mouse and types the PIN on the keyboard. */
export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('listitem').filter({ hasText: name }).click();
  await pinDots(page, 0).waitFor();
  await page.keyboard.type(pin);
  await pinDots(page, pin.length).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `您好，${name}` }).waitFor();
}

/**
 * Waits for a dialog to finish zooming in: a click during antd's open animation can land on the
 * neighbour of the control it aimed at.
 */
export async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.and(page.locator(':not([class*="-appear"]):not([class*="-enter"])')).waitFor();
  return dialog;
}

export async function addStaff(page: Page, name: string, roleLabel: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: '新增员工' }).click();
  const dialog = await openedDialog(page, '新增员工');
  await dialog.getByLabel('姓名').fill(name);
  await dialog.getByText(roleLabel, { exact: true }).click();
  await dialog.getByLabel('PIN 码', { exact: true }).fill(pin);
  await dialog.getByLabel('确认 PIN 码').fill(pin);
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已新增员工 ${name}`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * What a keyboard-wedge scanner does: the code as a burst of real key events, then Enter. The renderer
 * tells a scan from typing by the keys' event.timeStamp, on the page's clock (installed by openApp):
 * the clock is paused for the burst and moved on 4 ms after each key, so the keys carry the times a
 * scanner's would however slowly a busy test machine delivers them, and no timer of the page (the
 * scanner's give-back of a burst that stopped) runs in between.
 */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const presses = scannerKeys(code);
  // pausing moves the clock forward to a time that must not have passed by the time it is asked
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  for (const press of presses) {
    // each CDP key event answers once the page has handled it
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...press });
    await cdp.send('Input.dispatchKeyEvent', keyUp(press));
    await page.clock.runFor(SCANNER_KEY_GAP_MS);
  }
  await page.clock.resume();
  await cdp.detach();
}

/** A person's pause between two keys: far beyond a scanner's (the renderer's WEDGE_TIMING.maxGapMs). */
export const PERSON_KEY_GAP_MS = 150;

/**
 * Types `text` as a person does, on a page with openApp's clock: the clock is paused and moved on
 * PERSON_KEY_GAP_MS after each key, so no burst of keys is taken for a scan however fast the test machine
 * delivers them, and the page's timers (a search's debounce) run between the keys as they would.
 */
export async function typeByHand(page: Page, text: string): Promise<void> {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  for (const char of text) {
    // each key answers once the page has handled it
    await page.keyboard.type(char);
    await page.clock.runFor(PERSON_KEY_GAP_MS);
  }
  await page.clock.resume();
}
