import type { CDPSession, Page } from 'playwright-core';
import { SCANNER_KEY_GAP_MS, scannerKeys, sendKeys, typedKeys } from '../../electron/cli/bench/scanner-keys';
import { PERSON_KEY_GAP_MS } from './till-ui';

/**
 * A keyboard-wedge scanner whose keys carry the time they went down (CDP's timestamp, which Chromium
 * gives the event as its timeStamp) however late the page handles them. Needs a page without the fake
 * clock (openApp's fakeClock: false), which would stamp each event when a handler first reads it.
 */
export class TimedScanner {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<TimedScanner> {
    return new TimedScanner(page, await page.context().newCDPSession(page));
  }

  /**
   * Scans `code`: its keys 4 ms apart by their timestamps, then Enter. With `busyAfter` the page is kept
   * busy after that many keys until the scanner's give-back timer (70 ms) has run, and only then gets the
   * rest of the keys, stamped with the times they were pressed: what a page busy rendering does to a scan.
   */
  async scan(code: string, { busyAfter }: { busyAfter?: number } = {}): Promise<void> {
    // in the past, so no key is stamped later than it is sent
    const startMs = Date.now() - 1_000;
    const keys = scannerKeys(code);
    const split = busyAfter ?? keys.length;
    await sendKeys(this.cdp, keys.slice(0, split), startMs);
    if (split === keys.length) return;
    await this.busyPastGiveBack();
    await sendKeys(this.cdp, keys.slice(split), startMs + split * SCANNER_KEY_GAP_MS);
  }

  /** Types `text` as a person does: its keys stamped PERSON_KEY_GAP_MS apart, so they are no scan. */
  async typeByHand(text: string): Promise<void> {
    const keys = typedKeys(text);
    await sendKeys(this.cdp, keys, Date.now() - keys.length * PERSON_KEY_GAP_MS, PERSON_KEY_GAP_MS);
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }

  /**
   * Blocks the page's main thread for longer than the give-back timer, then lets its timers run (a
   * timeout queued after the busy spell runs after every timer that fell due during it).
   */
  private async busyPastGiveBack(): Promise<void> {
    await this.page.evaluate(async () => {
      const until = performance.now() + 100;
      while (performance.now() < until);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}
