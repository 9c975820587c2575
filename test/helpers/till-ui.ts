import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** The physical key a US-layout scanner presses for a character, and whether it holds Shift. */
function scannerKey(char: string): { code: string; shift: boolean; keyCode: number } {
  if (/^[0-9]$/.test(char)) return { code: `Digit${char}`, shift: false, keyCode: char.charCodeAt(0) };
  if (/^[a-z]$/i.test(char)) {
    const upper = char.toUpperCase();
    return { code: `Key${upper}`, shift: char === upper, keyCode: upper.charCodeAt(0) };
  }
  if (char === '-') return { code: 'Minus', shift: false, keyCode: 189 };
  throw new Error(`a scanner in this test cannot type ${JSON.stringify(char)}`);
}

/**
 * What a keyboard-wedge scanner does: the code as one burst of real key events, then Enter, which the
 * renderer tells from typing by the timing. The events are sent to Chromium's input pipeline in one
 * batch rather than one round trip per key, so a busy test machine cannot stretch the burst into what
 * looks like typing.
 */
export async function wedgeScan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const keys = [...code].map((char) => ({ char, ...scannerKey(char) }));
  const presses = [
    ...keys.map(({ char, code: keyCode, shift, keyCode: vk }) => ({
      key: char,
      code: keyCode,
      text: char,
      modifiers: shift ? 8 : 0,
      windowsVirtualKeyCode: vk,
    })),
    { key: 'Enter', code: 'Enter', text: '\r', modifiers: 0, windowsVirtualKeyCode: 13 },
  ];
  await Promise.all(
    presses.flatMap((press) => [
      cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...press }),
      cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key: press.key,
        code: press.code,
        modifiers: press.modifiers,
        windowsVirtualKeyCode: press.windowsVirtualKeyCode,
      }),
    ]),
  );
  await cdp.detach();
}
