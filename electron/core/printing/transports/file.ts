import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import type { FileTransport } from '../../../../shared/contract/printing';
import { PrinterFault, type ThermalLink } from './link';

/** A plain name lives in the data folder's prints/; a /dev/usb/lpN path is a Linux printer device. */
export function filePath(dataDir: string, transport: z.output<typeof FileTransport>): string {
  return transport.path.startsWith('/dev/') ? transport.path : join(dataDir, 'prints', transport.path);
}

/** Appends each job to a file: a development printer, or a Linux USB printer's device file. */
export function fileLink(path: string): ThermalLink {
  const fault = (error: unknown): PrinterFault =>
    new PrinterFault('offline', `${path}: ${error instanceof Error ? error.message : String(error)}`);
  return {
    async probe() {
      await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
        throw fault(error);
      });
      return 'ready';
    },
    async send(bytes) {
      await appendFile(path, bytes).catch((error: unknown) => {
        throw fault(error);
      });
      return { paper: null, output: null };
    },
  };
}
