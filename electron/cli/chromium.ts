import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the end-to-end tests and the benchmark drive: CHROME_PATH when set, else the system's, else the one that
 * ships inside the @sparticuz/chromium npm package (unpacked to the temp folder on first use), so the
 * suite needs no hand-installed browser.
 */
export async function resolveChromium(): Promise<string> {
  const named = process.env['CHROME_PATH'];
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROME_PATH names ${named}, which does not exist`);
    return named;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}
