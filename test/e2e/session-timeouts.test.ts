import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openApp,
  screenshot,
  startBrowserTill,
  type AppPage,
  type BrowserTill,
} from '../helpers/browser';
import { TestClock } from '../helpers/core';
import { seedStore } from '../helpers/seed';
import { loginHeading, signIn } from '../helpers/till-ui';

let browser: Browser;
let till: BrowserTill | undefined;
let app: AppPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && app) await screenshot(app.page, 'failure-session-timeouts');
  await app?.page.close();
  await till?.close();
  app = undefined;
  till = undefined;
});

const IDLE_MS = 300_000;

describe('session timeouts between the screen and the core', () => {
  it('keeps a session alive while someone uses the screen, and follows the core when it locks an idle one', async () => {
    // The core's clock is moved by hand; its idle backstop looks every 50 ms.
    const coreClock = new TestClock(Date.now());
    till = await startBrowserTill({ clock: coreClock.now, idleCheckMs: 50 });
    seedStore(till, 'T03', [{ name: '张三', role: 'cashier', pin: '1111' }]);
    app = await openApp(browser, till);
    const { page } = app;
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
    await page.keyboard.press('Alt+1');
    await page.getByText('目前没有被锁定的同事').waitFor();

    // Nobody touches the till: the core locks the session itself and pushes the event to the screen.
    coreClock.advance(IDLE_MS + 1_000);
    await page.getByText('屏幕已锁定').waitFor();
    expect(await page.locator('.pin-step').textContent()).toContain('张三');
    expect(app.problems).toEqual([]);
  });
});
