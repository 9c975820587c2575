import { SerialPort } from 'serialport';
import type { z } from 'zod';
import type { SerialTransport } from '../../../../shared/contract/printing';
import {
  PAPER_STATUS_REQUEST,
  paperState,
  PrinterFault,
  withDeadline,
  withRequest,
  type LinkOptions,
  type ThermalLink,
} from './link';

/** The part of a serialport stream the link uses; SerialPort and serialport's SerialPortMock both fit. */
export interface SerialConnection {
  open(callback: (error: Error | null) => void): void;
  write(data: Buffer): boolean;
  drain(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  once(event: 'data', listener: (data: Buffer) => void): unknown;
  readonly isOpen: boolean;
}

export type OpenSerial = (options: { path: string; baudRate: number }) => SerialConnection;

const openSerialPort: OpenSerial = (options) => new SerialPort({ ...options, autoOpen: false });

const callback = (run: (done: (error: Error | null) => void) => void): Promise<void> =>
  new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));

/** A serial printer or a USB printer's virtual COM port, opened for each job and closed after it. */
export function serialLink(
  transport: z.output<typeof SerialTransport>,
  options: LinkOptions,
  open: OpenSerial = openSerialPort,
): ThermalLink {
  const where = transport.path;

  /** Writes `bytes` and, when `expectReply`, waits for the printer's first answer. */
  async function exchange(bytes: Uint8Array, expectReply: boolean): Promise<Uint8Array | null> {
    const port = open({ path: transport.path, baudRate: transport.baudRate });
    try {
      await callback((done) => port.open(done));
      // listen before writing: a printer answers a status request as soon as it reads it
      const reply = expectReply
        ? withDeadline(
            new Promise<Uint8Array>((resolve) => port.once('data', resolve)),
            options.timeoutMs,
            `${where}: no reply to the status request`,
          )
        : null;
      port.write(Buffer.from(bytes));
      await callback((done) => port.drain(done));
      return reply && (await reply);
    } catch (error) {
      throw error instanceof PrinterFault
        ? error
        : new PrinterFault('offline', `${where}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (port.isOpen) await callback((done) => port.close(done)).catch(() => undefined);
    }
  }

  return {
    async probe() {
      const reply = await exchange(
        Uint8Array.from(options.statusReplies ? PAPER_STATUS_REQUEST : []),
        options.statusReplies,
      );
      return reply ? paperState(reply) : 'ready';
    },
    async send(bytes) {
      const reply = await exchange(options.statusReplies ? withRequest(bytes) : bytes, options.statusReplies);
      return { paper: reply && paperState(reply), output: null };
    },
  };
}
