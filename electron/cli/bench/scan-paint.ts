import { spawnSync } from 'node:child_process';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import type { Core } from '../../core/core';
import { startWebServer } from '../../core/server/web-server';
import { resolveChromium } from '../chromium';
import { SCANNER_KEY_GAP_MS, scannerKeys, sendKeys } from './scanner-keys';

// Scan → cart line painted, in Chromium against browser mode on the bench file: the time from the page
// taking the scanner's Enter to the frame after the new line is in the page, read in the page on its own
// clock. (The keys of a scan are sent at once, so the Enter waits behind the others in the page's queue;
// a scanner spreads them over the 50 ms of its burst, so that wait is not the app's and is left out.) Each scan is a different product; the cart is cleared every few lines, as carts at a
// counter are short.

export interface ScanPaintOptions {
  core: Core;
  rendererDir: string;
  cashier: { name: string; pin: string };
  /** Barcodes of distinct products a cashier can sell by scanning alone (no weight to enter). */
  codes: readonly string[];
  /** Scans made first and not counted: compiled code, warm caches. */
  warmUp: number;
  linesPerCart: number;
}

/**
 * Installed before the app's scripts, so its keydown listener runs before the scanner's (which stops the
 * Enter of a scan): the time the page starts on the Enter, and a promise of the line's paint.
 */
const PAGE_PROBE = `
  addEventListener('keydown', (event) => {
    if (event.key === 'Enter') window.__benchEnterAt = performance.now();
  }, { capture: true });
  window.__benchPainted = (lineNo) => new Promise((resolve) => {
    const selector = '[data-testid="cart-line-' + lineNo + '"]';
    // after the frame that shows the line: a task posted from requestAnimationFrame runs once it is painted
    const afterPaint = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - window.__benchEnterAt);
      channel.port2.postMessage(null);
    });
    if (document.querySelector(selector)) return afterPaint();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      afterPaint();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
`;

/**
 * Types a code as a scanner does: the keys stamped 4 ms apart ending now, so the Enter carries the time
 * it is sent and the keys before it times already passed: however slowly they are delivered the page
 * sees a scanner's burst.
 */
async function scan(cdp: CDPSession, code: string): Promise<void> {
  const keys = scannerKeys(code);
  await sendKeys(cdp, keys, Date.now() - (keys.length - 1) * SCANNER_KEY_GAP_MS);
}

async function openCounter(page: Page, url: string, cashier: ScanPaintOptions['cashier']): Promise<void> {
  await page.goto(url);
  await page.getByRole('listitem').filter({ hasText: cashier.name }).click();
  await page.keyboard.type(cashier.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('tile-sales').click();
  await page.getByRole('heading', { name: '收银台' }).waitFor();
}

/** Delete on the empty search box removes the chosen line, the last one: one at a time, as each is priced. */
async function clearCart(page: Page, lines: number): Promise<void> {
  for (let lineNo = lines; lineNo >= 1; lineNo--) {
    await page.keyboard.press('Delete');
    await page.getByTestId(`cart-line-${lineNo}`).waitFor({ state: 'detached' });
  }
}

/** Builds the renderer as it is now, so the figures are this code's. */
export function buildRenderer(appRoot: string): void {
  const build = spawnSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], {
    cwd: appRoot,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the renderer build failed:\n${build.stdout}${build.stderr}`);
}

/** Milliseconds from each counted scan's Enter to its line painted. */
export async function measureScanPaint(options: ScanPaintOptions): Promise<number[]> {
  const { core, codes, warmUp, linesPerCart } = options;
  const server = await startWebServer({ core, rendererDir: options.rendererDir });
  const browser = await chromium.launch({
    executablePath: await resolveChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.setDefaultTimeout(15_000);
    await page.addInitScript(PAGE_PROBE);
    await openCounter(page, server.appUrl, options.cashier);
    const cdp = await page.context().newCDPSession(page);
    const samples: number[] = [];
    for (const [i, code] of codes.entries()) {
      const lineNo = (i % linesPerCart) + 1;
      const painted = page.evaluate(
        (n) => (globalThis as unknown as { __benchPainted(n: number): Promise<number> }).__benchPainted(n),
        lineNo,
      );
      await scan(cdp, code);
      const ms = await painted;
      if (i >= warmUp) samples.push(ms);
      if (lineNo === linesPerCart) await clearCart(page, linesPerCart);
    }
    return samples;
  } finally {
    await browser.close();
    await server.close();
  }
}
