import { spawn } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { SpoolerTransport } from '../../../../shared/contract/printing';
import { PrinterFault, type ThermalLink } from './link';

export interface SpoolerOptions {
  timeoutMs: number;
  /** The folder holding `lp`; unset, `lp` is looked up on PATH. Tests put a stand-in there. */
  binDir?: string;
  platform?: NodeJS.Platform;
}

const text = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A printer in the system's spooler, given raw bytes: lp reads the job from stdin on Linux and macOS; on
 * Windows the bytes are appended to the shared printer's UNC path, which the spooler takes as a raw job.
 */
export function spoolerLink(
  transport: z.output<typeof SpoolerTransport>,
  options: SpoolerOptions,
): ThermalLink {
  const { queue } = transport;
  const windows = (options.platform ?? process.platform) === 'win32';
  const where = queue ?? 'the default printer';

  async function share(bytes: Uint8Array): Promise<string> {
    if (queue === null) {
      throw new PrinterFault(
        'offline',
        'Windows has no raw path to the default printer: share the label printer and enter its share name',
      );
    }
    const path = `\\\\localhost\\${queue}`;
    await appendFile(path, bytes).catch((error: unknown) => {
      throw new PrinterFault('offline', `${path}: ${text(error)}`);
    });
    return path;
  }

  function lp(bytes: Uint8Array): Promise<string> {
    const command = options.binDir ? join(options.binDir, 'lp') : 'lp';
    const args = ['-o', 'raw', ...(queue === null ? [] : ['-d', queue])];
    return new Promise((resolve, reject) => {
      // no shell: the queue name is an argument, never parsed; C locale so lp's reply reads the same everywhere
      const child = spawn(command, args, {
        env: { ...process.env, LC_ALL: 'C' },
        timeout: options.timeoutMs,
        windowsHide: true,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // lp that dies before reading all of stdin is reported by its exit, not by the broken pipe
      child.stdin.on('error', () => undefined);
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          new PrinterFault(
            'offline',
            error.code === 'ENOENT'
              ? `${command} not found: printing to a system printer needs CUPS's lp (package cups-client)`
              : `${command}: ${error.message}`,
          ),
        );
      });
      child.on('close', (code, signal) => {
        if (code === 0) {
          const line = stdout.split('\n').find((l) => /request id/i.test(l)) ?? stdout;
          return resolve(line.trim() || `lp ${where}`);
        }
        const why = signal ? `stopped by ${signal} after ${options.timeoutMs} ms` : `exit ${code}`;
        const said = stderr.trim();
        reject(new PrinterFault('offline', `lp ${where}: ${said ? `${said} (${why})` : why}`));
      });
      child.stdin.end(Buffer.from(bytes));
    });
  }

  return {
    // Not probed: lp answers for the queue at each job anyway, and a stopped CUPS queue still accepts jobs and
    // prints them once it resumes, so an lpstat before every job and health check would change nothing.
    async probe() {
      return 'ready';
    },
    async send(bytes) {
      return { paper: null, output: windows ? await share(bytes) : await lp(bytes) };
    },
  };
}
