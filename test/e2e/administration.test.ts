import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { seedStore } from '../helpers/seed';
import { ADMIN, loginHeading, openedDialog, signIn } from '../helpers/till-ui';

const e2e = useE2eFixture('administration');

describe('administration screens', () => {
  it('manages staff, changes settings, reads the verified journal and shows a lost connection', async () => {
    e2e.till = await startBrowserTill();
    seedStore(e2e.till, 'T02', [
      { name: '张三', role: 'cashier', pin: '1111' },
      { name: '李四', role: 'cashier', pin: '2222' },
    ]);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    const db = e2e.till.core.db;

    await loginHeading(page).waitFor();
    await signIn(page, ADMIN.name, ADMIN.pin);

    // A reload keeps the tab's token and the core's session.
    await page.reload();
    await page.getByRole('heading', { name: `您好，${ADMIN.name}` }).waitFor();

    // Staff: rename and re-role 张三, reset the PIN, disable 李四.
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { name: '员工管理' }).waitFor();
    const row = (name: string) => page.locator('.ant-table-row').filter({ hasText: name });
    // Escape in a dialog closes the dialog only, not the screen behind it.
    await row('张三').getByRole('button', { name: '编辑' }).click();
    const escaped = await openedDialog(page, '编辑员工：张三');
    await escaped.getByText('编辑员工：张三').click();
    await page.keyboard.press('Escape');
    await escaped.waitFor({ state: 'hidden' });
    expect(await page.getByRole('heading', { name: '员工管理' }).isVisible()).toBe(true);
    await row('张三').getByRole('button', { name: '编辑' }).click();
    const edit = await openedDialog(page, '编辑员工：张三');
    await edit.getByLabel('姓名').fill('张小三');
    await edit.getByText('维修接待', { exact: true }).click();
    await edit.getByRole('button', { name: '保存' }).click();
    await row('张小三').filter({ hasText: '维修接待' }).waitFor();

    await row('张小三').getByRole('button', { name: '重置 PIN' }).click();
    const reset = await openedDialog(page, '重置 PIN：张小三');
    await reset.getByLabel('新 PIN 码').fill('4321');
    await reset.getByLabel('确认 PIN 码').fill('4322');
    await reset.getByRole('button', { name: '保存' }).click();
    await reset.getByText('两次输入的 PIN 码不一致').waitFor();
    await reset.getByLabel('确认 PIN 码').fill('4321');
    await reset.getByRole('button', { name: '保存' }).click();
    await page.getByText('已重置 张小三 的 PIN 码').waitFor();

    await row('李四').getByRole('button', { name: '停用' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await row('李四').filter({ hasText: '已停用' }).waitFor();
    expect(await row(ADMIN.name).getByRole('button', { name: '停用' }).isDisabled()).toBe(true);
    expect(db.prepare("SELECT role, active FROM staff WHERE name = '张小三'").get()).toEqual({
      role: 'repairDesk',
      active: 1,
    });
    expect(db.prepare("SELECT active FROM staff WHERE name = '李四'").pluck().get()).toBe(0);

    // Settings: a new store name shows in the top bar; a one-minute idle lock takes effect at once.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+6');
    await page.getByRole('heading', { name: '系统设置' }).waitFor();
    await page.getByLabel('门店名称').fill('金福珠宝 旗舰店');
    await page.getByLabel('无操作自动锁屏').fill('60');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('设置已保存').waitFor();
    await page.getByTestId('store-name').filter({ hasText: '金福珠宝 旗舰店' }).waitFor();
    await screenshot(page, 'settings-zh-CN');

    // The journal verifies the chain and lists the changes just made, newest first.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    const recorded = db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
    await page.getByText(`审计链完整：已校验 ${recorded} 条记录`).waitFor();
    const firstRow = page.locator('.ant-table-row').first();
    expect(await firstRow.textContent()).toContain('修改设置');
    expect(await firstRow.textContent()).toContain(ADMIN.name);
    expect(await page.locator('.ant-table-row').count()).toBe(recorded);
    await screenshot(page, 'journal-zh-CN');

    await page.clock.fastForward('01:01');
    await page.getByText('屏幕已锁定').waitFor();

    // The renamed repair-desk user signs in with the new PIN; the disabled cashier is not offered.
    await page.keyboard.press('Escape');
    await loginHeading(page).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: '李四' }).count()).toBe(0);
    // The number beside a name picks it.
    const names = await page.getByRole('listitem').allTextContents();
    const position = names.findIndex((text) => text.includes('张小三')) + 1;
    expect(position).toBeGreaterThan(0);
    await page.keyboard.press(String(position));
    await page.locator('.pin-step').filter({ hasText: '张小三' }).waitFor();
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '您好，张小三' }).waitFor();
    expect(await page.getByTestId('tile-repairs').isEnabled()).toBe(true);
    expect(await page.getByTestId('tile-sales').count()).toBe(0);

    // The core goes away: the next ping turns the indicator red.
    await e2e.till.stopServer();
    // A ping already on its way when the server stopped sets the next one's timer only once it fails,
    // so the clock moves again until a ping has run against the stopped server.
    await expect
      .poll(async () => {
        await page.clock.fastForward(5_000);
        return page.getByTestId('connection').getAttribute('data-state');
      })
      .toBe('lost');
    await page.getByTestId('connection').filter({ hasText: '连接中断' }).waitFor();

    // Chromium logs each refused request of the stopped server; nothing else may go wrong.
    expect(e2e.app.problems.filter((problem) => !problem.includes('net::ERR_CONNECTION_REFUSED'))).toEqual(
      [],
    );
  });
});
