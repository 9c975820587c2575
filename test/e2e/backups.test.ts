import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { tempDir } from '../helpers/core';
import { seedStore } from '../helpers/seed';
import { CASHIER, MANAGER } from '../helpers/till-store';
import { loginHeading, openedDialog, signIn } from '../helpers/till-ui';

const e2e = useE2eFixture('backups');

describe('the backups screen', () => {
  it('sets the folder, backs up now, shows the status, restores a backup, and warns at home when one fails', async () => {
    e2e.till = await startBrowserTill();
    const till = e2e.till;
    seedStore(till, 'T01', [MANAGER]);
    e2e.app = await openApp(e2e.browser, till);
    const { page } = e2e.app;
    await signIn(page, MANAGER.name, MANAGER.pin);

    await page.getByTestId('tile-backups').click();
    await page.getByRole('heading', { name: '数据备份' }).waitFor();
    const state = page.getByTestId('backup-status').locator('.ant-tag');
    expect(await state.textContent()).toBe('未设置');

    // a relative folder is refused on the screen, as the core would
    const folder = page.getByTestId('backup-folder');
    await folder.fill('backups');
    await folder.press('Enter');
    await page.getByText('请填写完整路径').waitFor();
    const usb = tempDir('counter-pos-usb-');
    await folder.fill(usb);
    await folder.press('Enter');
    await page.getByText('备份设置已保存').waitFor();

    // F9 backs up now; the status and the list follow when the check in the background is done
    await page.getByRole('heading', { name: '数据备份' }).click();
    await page.keyboard.press('F9');
    await page
      .getByTestId('backup-status')
      .filter({ hasText: '上次成功' })
      .filter({ hasText: '.db' })
      .waitFor();
    expect(await state.textContent()).toBe('正常');
    const rows = page.getByTestId('backup-list').locator('.ant-table-row');
    const file = till.core.backups.status().lastSuccess?.file ?? '';
    expect(file).toMatch(/^counter-pos-T01-\d{4}-\d{2}-\d{2}-\d{9}\.db$/);
    await rows.filter({ hasText: file }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('已保存');
    expect(readdirSync(join(usb, 'counter-pos-T01')).sort()).toEqual([file, `${file}.key`]);
    await screenshot(page, 'backups-zh-CN');

    // someone is added after the backup: the restore takes the till back to before them
    const admin = (channel: string, input: unknown) => till.core.invoke('e2e-admin', { channel, input });
    expect(admin('auth.login', { staffId: 1, pin: '123456' }).ok).toBe(true);
    expect(admin('staff.create', CASHIER).ok).toBe(true);

    await rows.first().getByRole('button', { name: '恢复' }).click();
    const confirm = await openedDialog(page, '的备份恢复？');
    await confirm.getByRole('button', { name: '恢复' }).click();
    const done = page.locator('.ant-modal-confirm-success');
    await done.getByText('已从备份恢复').waitFor();
    await done.getByRole('button').click();
    await loginHeading(page).waitFor();

    const db = till.core.db;
    expect(db.prepare('SELECT count(*) FROM staff WHERE name = ?').pluck().get(CASHIER.name)).toBe(0);
    expect(db.prepare('SELECT type FROM journal ORDER BY seq DESC LIMIT 1').pluck().get()).toBe(
      'backup.restored',
    );
    const dataDir = join(till.core.databaseFile, '..');
    expect(readdirSync(dataDir).some((name) => name.startsWith('counter-pos.db.before-restore-'))).toBe(true);

    // the drive is gone: the next backup fails, and everyone sees it on the home screen
    await signIn(page, MANAGER.name, MANAGER.pin);
    await page.getByTestId('tile-backups').click();
    const gone = join(usb, 'unplugged');
    expect(existsSync(gone)).toBe(false);
    await folder.fill(gone);
    await folder.press('Enter');
    await page.getByText('备份设置已保存').waitFor();
    await page.getByRole('heading', { name: '数据备份' }).click();
    await page.keyboard.press('F9');
    await state.filter({ hasText: '失败' }).waitFor();
    expect(await page.getByTestId('backup-status').textContent()).toContain('不存在');
    await page.keyboard.press('Escape');
    const warning = page.getByTestId('backup-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('数据备份失败');
    expect(await warning.textContent()).toContain(gone);
  });
});
