import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a locally installed Chromium is looked for, as browser mode does. */
export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
] as const;

/** The first Chromium installed on this machine; null when there is none. */
export function findChromium(candidates: readonly string[] = CHROMIUM_PATHS): string | null {
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
 * A4). Runs as a child process, so the router and the print worker never wait on it synchronously; each
 * run gets a throwaway profile, so it neither touches nor locks the user's own browser profile.
 */
export async function htmlFileToPdf(htmlFile: string, pdfFile: string, options: PdfOptions): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'counter-pos-pdf-'));
  try {
    await run(
      options.executable,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-extensions',
        `--user-data-dir=${profile}`,
        `--print-to-pdf=${pdfFile}`,
        '--no-pdf-header-footer',
        pathToFileURL(htmlFile).href,
      ],
      options.timeoutMs ?? 30_000,
    );
    const written = await stat(pdfFile).catch(() => null);
    if (!written || written.size === 0) throw new Error('Chromium wrote no PDF');
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function run(executable: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2_000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(new Error(`Chromium exited with ${signal ?? code}: ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  });
}
