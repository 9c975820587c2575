import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import {
  ADMIN,
  addStaff,
  completeFirstRun,
  loginHeading,
  openedDialog,
  pinDots,
  signIn,
} from '../helpers/till-ui';

const e2e = useE2eFixture('first-day');

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** Moves the focus through the name buttons with the arrow key until it rests on `name`. */
async function focusStaffByKeyboard(page: Page, name: string): Promise<void> {
  const count = await page.getByRole('listitem').count();
  for (let step = 0; step < count && !(await focusedText(page)).includes(name); step += 1) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await focusedText(page)).toContain(name);
}

async function wrongPin(page: Page, expected: string): Promise<void> {
  await page.keyboard.type('9999');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: expected }).waitFor();
}

describe('a store’s first day at the till', () => {
  it('sets up, staffs, signs in by keyboard, locks out, unlocks with a manager, idles and switches language', async () => {
    e2e.till = await startBrowserTill();
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;

    // First run (the demo or one's own store: own), then the token is gone from the address bar.
    await page.getByRole('heading', { name: '开始使用' }).waitFor();
    await screenshot(page, 'setup-zh-CN');
    await completeFirstRun(page, '金福珠宝');
    expect(page.url()).not.toContain('token=');
    expect(await page.getByTestId('connection').getAttribute('data-state')).toBe('connected');

    // The administrator adds two cashiers and a manager through the staff screen.
    await signIn(page, ADMIN.name, ADMIN.pin);
    expect(await page.getByTestId('store-name').textContent()).toBe('金福珠宝');
    for (const tile of ['unlock', 'journal', 'staff', 'settings']) {
      expect(await page.getByTestId(`tile-${tile}`).isEnabled()).toBe(true);
    }
    await screenshot(page, 'home-administrator-zh-CN');
    await page.getByTestId('tile-staff').click();
    await addStaff(page, '张三', '收银员', '1111');
    await addStaff(page, '李四', '收银员', '2222');
    await addStaff(page, '王经理', '店长/主管', '888888');
    const rows = page.locator('.ant-table-row');
    expect(await rows.count()).toBe(4);
    expect(await rows.filter({ hasText: '王经理' }).textContent()).toContain('店长/主管');
    await screenshot(page, 'staff-zh-CN');

    // F12 switches user; 张三 signs in with the keyboard only.
    await page.keyboard.press('F12');
    await loginHeading(page).waitFor();
    await screenshot(page, 'login-zh-CN');
    await focusStaffByKeyboard(page, '张三');
    await page.keyboard.press('Enter');
    await pinDots(page, 0).waitFor();
    await page.keyboard.type('111');
    await page.keyboard.press('Backspace');
    await pinDots(page, 2).waitFor();
    await page.keyboard.type('11');
    await screenshot(page, 'pin-pad-zh-CN');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '您好，张三' }).waitFor();

    // A cashier sees the sales counter and the unlock tile, nothing of an administrator's.
    expect(await page.getByTestId('tile-sales').isEnabled()).toBe(true);
    expect(await page.getByTestId('tile-unlock').isEnabled()).toBe(true);
    expect(await page.getByTestId('tile-staff').count()).toBe(0);
    expect(await page.getByTestId('tile-journal').count()).toBe(0);
    expect(await page.getByTestId('signed-in-user').textContent()).toBe('张张三收银员');
    await screenshot(page, 'home-cashier-zh-CN');

    // 李四 types a wrong PIN five times: four warnings counting down, then a wait at this till.
    await page.getByRole('button', { name: /切换用户/ }).click();
    await loginHeading(page).waitFor();
    await page.getByRole('listitem').filter({ hasText: '李四' }).click();
    for (const remaining of [4, 3, 2, 1]) await wrongPin(page, `PIN 错误，还可尝试 ${remaining} 次`);
    await wrongPin(page, 'PIN 错误次数过多，请 30 秒后再试或请主管解锁');
    await page.keyboard.type('2222');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'PIN 错误次数过多' }).waitFor();

    // Escape clears the PIN, a second Escape goes back to the names.
    await page.keyboard.type('12');
    await page.keyboard.press('Escape');
    await pinDots(page, 0).waitFor();
    await page.keyboard.press('Escape');
    await loginHeading(page).waitFor();
    await signIn(page, '张三', '1111');

    // 张三 may not unlock a colleague: the manager's approval is asked for, a wrong PIN shown, then granted.
    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { name: '解锁同事账户' }).waitFor();
    const card = page.locator('.locked-card').filter({ hasText: '李四' });
    await card.getByRole('button', { name: '解锁' }).click();
    let approval = await openedDialog(page, '主管授权');
    expect(await approval.textContent()).toContain('解锁员工账户');
    // Escape cancels, said as a notice: 李四 stays locked.
    await page.keyboard.press('Escape');
    await approval.waitFor({ state: 'hidden' });
    await page.getByText('已取消授权', { exact: true }).waitFor();
    await card.getByRole('button', { name: '解锁' }).click();
    approval = await openedDialog(page, '主管授权');
    await approval.getByText('管理员', { exact: true }).click();
    await page.keyboard.type('0000');
    await page.keyboard.press('Enter');
    await approval.getByRole('alert').filter({ hasText: 'PIN 错误，还可尝试 4 次' }).waitFor();
    await screenshot(page, 'approval-zh-CN');
    await approval.getByText('王经理', { exact: true }).click();
    await page.keyboard.type('888888');
    await page.keyboard.press('Enter');
    await page.getByText('已解锁 李四 的账户').waitFor();
    await approval.waitFor({ state: 'hidden' });
    await page.getByText('目前没有被锁定的同事').waitFor();

    const unlocked = e2e.till.core.db
      .prepare(
        `SELECT a.name AS actor, p.name AS approver, j.payload FROM journal j
         LEFT JOIN staff a ON a.id = j.actor_id LEFT JOIN staff p ON p.id = j.approver_id
         WHERE j.type = 'staff.unlocked'`,
      )
      .all() as { actor: string; approver: string; payload: string }[];
    expect(unlocked).toHaveLength(1);
    expect(unlocked[0]).toMatchObject({ actor: '张三', approver: '王经理' });
    expect(JSON.parse(unlocked[0]?.payload ?? '{}')).toMatchObject({ name: '李四' });
    const staffState = (name: string): unknown =>
      e2e.till?.core.db
        .prepare(
          `SELECT f.source, f.failures, f.wait_until AS waitUntil FROM pin_failures f
           JOIN staff s ON s.id = f.staff_id WHERE s.name = ?`,
        )
        .all(name);
    expect(staffState('李四')).toEqual([]);
    // The wrong PIN counted against the approver it was typed for, at this window, for approving.
    expect(staffState('管理员')).toEqual([
      { source: expect.stringMatching(/^web-.*\/approval$/) as unknown, failures: 1, waitUntil: null },
    ]);

    // Nobody touches the e2e.till: nothing happens at four minutes, the PIN pad for 张三 at five.
    await page.clock.fastForward('04:00');
    expect(await page.getByRole('heading', { name: '解锁同事账户' }).isVisible()).toBe(true);
    await page.clock.fastForward('01:01');
    await page.getByText('屏幕已锁定').waitFor();
    expect(await page.locator('.pin-step').textContent()).toContain('张三');
    expect(await page.getByRole('button', { name: /切换收银员/ }).isVisible()).toBe(true);
    await screenshot(page, 'locked-zh-CN');
    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '您好，张三' }).waitFor();

    // English and back, in the shell and on the login screen.
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Hello, 张三' }).waitFor();
    expect(await page.getByTestId('tile-unlock').textContent()).toContain('Unlock a colleague');
    expect(await page.getByTestId('connection').textContent()).toBe('Connected');
    await page.keyboard.press('F12');
    await page.getByRole('heading', { name: 'Who is signing in?' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: '王经理' }).textContent()).toContain('Manager');
    await screenshot(page, 'login-en');
    await page.getByText('中文', { exact: true }).click();
    await loginHeading(page).waitFor();
    expect(await page.getByTestId('connection').textContent()).toBe('已连接');

    expect(e2e.app.problems).toEqual([]);
  });
});
