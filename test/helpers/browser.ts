import { afterAll, afterEach, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import { startWebServer, type WebServer } from '../../electron/core/server/web-server';
import { resolveChromium } from '../../electron/cli/chromium';
import { cardNumbersIn } from './card-scan';
import { CHECKED_OUTPUTS } from './core';
import { FakePrinter } from './fake-printer';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');
/** Screenshots for people to look at; gitignored. */
export const ARTIFACTS_DIR = join(REPO_ROOT, 'test', '.artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await resolveChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // a test camera (Chromium's moving test pattern), granted without a prompt, for the repair photos
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  });
}

/** A till of its own for one test: a fresh data directory, the core and its browser-mode server. */
export interface BrowserTill {
  readonly core: Core;
  readonly server: WebServer;
  /** Stops the web server only, as when the till core goes away under an open page. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

/** `clock` and `idleCheckMs` let a test move the core's time apart from the page's. */
export async function startBrowserTill(
  options: Pick<CoreOptions, 'clock' | 'idleCheckMs'> = {},
): Promise<BrowserTill> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` before the end-to-end tests');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'counter-pos-e2e-'));
  const core = createCore({ ...options, dataDir, version: 'e2e', ...CHECKED_OUTPUTS });
  const server = await startWebServer({ core, rendererDir: RENDERER_DIR });
  let serving = true;
  const stopServer = async (): Promise<void> => {
    if (serving) await server.close();
    serving = false;
  };
  return {
    core,
    server,
    stopServer,
    async close() {
      await stopServer();
      // every end-to-end test's database is scanned as it closes: no card number got stored, whatever was typed
      const cards = cardNumbersIn(core.db);
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (cards.length > 0) throw new Error(`card numbers stored: ${JSON.stringify(cards)}`);
    },
  };
}

export interface AppPage {
  readonly page: Page;
  /** Uncaught exceptions and console errors (React and antd warnings, CSP violations) seen so far. */
  readonly problems: string[];
}

/**
 * Opens the app in a new page of its own. The page clock is installed before the first script runs,
 * so a test can fast-forward the idle lock; until then time flows as usual. `fakeClock: false` leaves
 * the page's own clock, for a test whose keys carry the times it gives them (the fake clock stamps each
 * event with the time a handler first reads it).
 */
export async function openApp(
  browser: Browser,
  till: BrowserTill,
  viewport = { width: 1280, height: 800 },
  { fakeClock = true }: { fakeClock?: boolean } = {},
): Promise<AppPage> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN' });
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  if (fakeClock) await page.clock.install();
  await page.goto(till.server.appUrl);
  return { page, problems };
}

/**
 * What is left of a page's problems once the previews' sandbox has refused Playwright's page clock, which
 * tries to install itself in every frame (refusing scripts is the point of the sandbox).
 */
export function besidesSandboxedPreviews(problems: readonly string[]): string[] {
  const sandboxed =
    /^console: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;
  return problems.filter((problem) => !sandboxed.test(problem));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/** What one e2e file shares between its tests: one browser, and the till and page of the running test. */
export interface E2eFixture {
  browser: Browser;
  till: BrowserTill | undefined;
  app: AppPage | undefined;
}

/**
 * Launches one browser for the file and, after each test, closes its page and till (keeping a screenshot
 * of a failure as `failure-<name>.png`); `cleanup` closes what else the file's tests opened.
 */
export function useE2eFixture(
  name: string,
  cleanup: () => Promise<void> = async () => undefined,
): E2eFixture {
  const fixture = { till: undefined, app: undefined } as unknown as E2eFixture;
  beforeAll(async () => {
    fixture.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fixture.browser.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && fixture.app)
      await screenshot(fixture.app.page, `failure-${name}`);
    await fixture.app?.page.close();
    await fixture.till?.close();
    await cleanup();
    fixture.app = undefined;
    fixture.till = undefined;
  });
  return fixture;
}

/**
 * useE2eFixture for tests that print: `startPrinter()` opens a network printer on 127.0.0.1 that is closed
 * after each test.
 */
export function usePrinterE2eFixture(name: string): E2eFixture & { startPrinter(): Promise<FakePrinter> } {
  let printer: FakePrinter | undefined;
  const fixture = useE2eFixture(name, async () => {
    await printer?.close().catch(() => undefined);
    printer = undefined;
  });
  return Object.assign(fixture, {
    startPrinter: async () => (printer = await FakePrinter.start()),
  });
}
