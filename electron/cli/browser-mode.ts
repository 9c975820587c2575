import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../core/core';
import { DomainError } from '../core/errors';
import { errorBody } from '../core/router/outcome';
import { serveStartupFailure } from '../core/server/startup-failure';
import { defaultDataDir } from '../core/data-dir';
import { findChromium } from '../core/printing/pdf';
import { startWebServer } from '../core/server/web-server';
import { APP_ROOT, appVersion } from './app-root';

/**
 * Runs the whole app without Electron: the core in this Node process, the renderer in a browser.
 * With `openBrowser`, opens the first installed Chromium in app mode (its own window, no address bar).
 */
export async function runBrowserMode(options: { openBrowser: boolean; port?: number }): Promise<void> {
  const dataDir = defaultDataDir();
  let core: Core;
  try {
    core = createCore({ dataDir, version: appVersion() });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return failedStart(errorBody(error.code, error.details), options.port);
  }
  const server = await startWebServer({
    core,
    rendererDir: join(APP_ROOT, 'out', 'renderer'),
    port: options.port,
  });
  console.log(`柜台收银 Counter POS — browser mode`);
  console.log(`  data:  ${core.databaseFile}`);
  console.log(`  open:  ${server.appUrl}`);

  const browser = options.openBrowser ? findChromium() : null;
  if (browser) {
    const profile = mkdtempSync(join(tmpdir(), 'counter-pos-browser-'));
    const child = spawn(browser, [`--app=${server.appUrl}`, `--user-data-dir=${profile}`, '--no-first-run'], {
      stdio: 'ignore',
      detached: false,
    });
    child.on('exit', () =>
      console.log('The browser window was closed; the till core keeps running (Ctrl+C stops it).'),
    );
  }

  const stop = async (): Promise<void> => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** The reason in one line on the console, and on every page the browser opens; no stack trace. */
async function failedStart(error: ReturnType<typeof errorBody>, port: number | undefined): Promise<void> {
  console.error(`柜台收银无法启动 / Counter POS could not start: ${error.message}`);
  const page = await serveStartupFailure(error, port);
  console.log(`  open:  ${page.url}`);
  process.exitCode = 1;
  const stop = (): void => void page.close().then(() => process.exit(1));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
