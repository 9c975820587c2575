import { describe, expect, it } from 'vitest';
import { openApp, startBrowserTill, useE2eFixture } from '../helpers/browser';
import { TestClock } from '../helpers/core';
import { seedStore } from '../helpers/seed';
import { loginHeading, signIn } from '../helpers/till-ui';

const e2e = useE2eFixture('session-timeouts');

const IDLE_MS = 300_000;

describe('session timeouts between the screen and the core', () => {
  it('keeps a session alive while someone uses the screen, and follows the core when it locks an idle one', async () => {
    // The core's clock is moved by hand; its idle backstop looks every 50 ms.
    const coreClock = new TestClock(Date.now());
    e2e.till = await startBrowserTill({ clock: coreClock.now, idleCheckMs: 50 });
    seedStore(e2e.till, 'T03', [{ name: '张三', role: 'cashier', pin: '1111' }]);
    e2e.app = await openApp(e2e.browser, e2e.till);
    const { page } = e2e.app;
    await loginHeading(page).waitFor();
    await signIn(page, '张三', '1111');

    // Someone reads and moves the mouse for a while without calling the core: the screen reports it.
    coreClock.advance(IDLE_MS - 50_000);
    await page.mouse.move(200, 300);
    await page.mouse.move(260, 340);
    const keepAlive = page.waitForResponse(
      (response) => response.request().postData()?.includes('"settings.get"') ?? false,
    );
    await page.clock.fastForward(30_000);
    expect(await (await keepAlive).json()).toMatchObject({ ok: true });

    // Past the idle limit since sign-in, but not since the keep-alive: the core still answers.
    coreClock.advance(IDLE_MS - 50_000);
    await page.keyboard.press('Alt+2');
    await page.getByText('目前没有被锁定的同事').waitFor();

    // Nobody touches the e2e.till: the core locks the session itself and pushes the event to the screen.
    coreClock.advance(IDLE_MS + 1_000);
    await page.getByText('屏幕已锁定').waitFor();
    expect(await page.locator('.pin-step').textContent()).toContain('张三');
    expect(e2e.app.problems).toEqual([]);
  });
});
