import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** Where a locally installed Chromium is looked for, as browser mode does. */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
] as const;

/** The Chromium named by CHROME_PATH, else the first one installed; null when there is none. */
export function findChromium(candidates: readonly string[] = CHROMIUM_PATHS): string | null {
  const named = process.env['CHROME_PATH'];
  if (named && existsSync(named)) return named;
  return candidates.find((path) => existsSync(path)) ?? null;
}

export interface PdfOptions {
  /** The Chromium to run; found with findChromium when not given. */
  executable: string;
  /** A hung browser is killed after this long. */
  timeoutMs?: number;
}

/**
 * Prints a saved HTML page to a PDF with headless Chromium, honouring the page's own `@page` size (A5,
 * A4). Chromium is driven over its DevTools pipe rather than `--print-to-pdf`, which some headless
 * builds never finish, and the PDF is written once the page has loaded (fonts included). Runs as a child
 * process with a throwaway profile, so neither the print worker nor the user's own browser is blocked.
 */
export async function htmlFileToPdf(htmlFile: string, pdfFile: string, options: PdfOptions): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'counter-pos-pdf-'));
  try {
    const pdf = await printOverPipe(options.executable, profile, pathToFileURL(htmlFile).href, options);
    if (pdf.length === 0) throw new Error('Chromium wrote no PDF');
    await writeFile(pdfFile, pdf);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

interface DevToolsMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

function printOverPipe(
  executable: string,
  profile: string,
  url: string,
  options: PdfOptions,
): Promise<Buffer> {
  const child = spawn(
    executable,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-extensions',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2_000);
  });

  let nextId = 0;
  const pending = new Map<number, { resolve: (m: DevToolsMessage) => void; reject: (e: Error) => void }>();
  const loaded = new Set<string>();
  const loadWaiters = new Map<string, () => void>();
  let buffered = '';
  fromChromium.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffered.slice(0, end)) as DevToolsMessage;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message);
      } else if (message.method === 'Page.loadEventFired' && message.sessionId) {
        loaded.add(message.sessionId);
        loadWaiters.get(message.sessionId)?.();
      }
    }
  });
  const send = (method: string, params: object, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: (m) => resolve(m.result ?? {}), reject });
      toChromium.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const loadOf = (sessionId: string): Promise<void> =>
    loaded.has(sessionId) ? Promise.resolve() : new Promise((resolve) => loadWaiters.set(sessionId, resolve));

  const print = async (): Promise<Buffer> => {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const session = String(sessionId);
    await send('Page.enable', {}, session);
    const load = loadOf(session);
    await send('Page.navigate', { url }, session);
    await load;
    await send('Runtime.evaluate', { expression: 'document.fonts.ready', awaitPromise: true }, session);
    const { data } = await send(
      'Page.printToPDF',
      { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false },
      session,
    );
    await send('Browser.close', {}).catch(() => undefined);
    return Buffer.from(String(data), 'base64');
  };

  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('Chromium did not finish the PDF in time'));
    }, options.timeoutMs ?? 30_000);
    const failed = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      for (const waiter of pending.values()) waiter.reject(error);
      reject(error);
    };
    child.once('error', failed);
    child.once('exit', (code, signal) => {
      if (pending.size > 0 || nextId === 0)
        failed(new Error(`Chromium exited with ${signal ?? code}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
    print().then(
      (pdf) => {
        clearTimeout(timer);
        // The profile folder is removed next: let Chromium finish writing to it first.
        if (child.exitCode !== null || child.signalCode !== null) resolve(pdf);
        else {
          const closing = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(closing);
            resolve(pdf);
          });
        }
      },
      (error: unknown) => failed(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
