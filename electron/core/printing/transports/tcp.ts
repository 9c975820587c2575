import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import type { z } from 'zod';
import type { TcpTransport } from '../../../../shared/contract/printing';
import {
  PAPER_STATUS_REQUEST,
  paperState,
  PrinterFault,
  withDeadline,
  withRequest,
  type LinkOptions,
  type ThermalLink,
} from './link';

/**
 * A network printer through node-thermal-printer's TCP interface, used as a transport only: our bytes go
 * out through raw execute, never its own layout. Each call is one connection, as the library makes it.
 */
export function tcpLink(transport: z.output<typeof TcpTransport>, options: LinkOptions): ThermalLink {
  const where = `${transport.host}:${transport.port}`;
  const printer = (): ThermalPrinter =>
    new ThermalPrinter({
      type: PrinterTypes.EPSON,
      interface: `tcp://${where}`,
      options: { timeout: options.timeoutMs },
    });

  const offline = (error: unknown): PrinterFault =>
    error instanceof PrinterFault
      ? error
      : new PrinterFault('offline', `${where}: ${error instanceof Error ? error.message : String(error)}`);

  /**
   * Sends bytes that end in a status request and returns the reply. The library settles on the first
   * data; a printer that closes the connection without answering never settles it, hence the deadline.
   */
  async function exchange(bytes: Uint8Array): Promise<Uint8Array> {
    const connection = printer();
    connection.setBuffer(Buffer.from(bytes));
    try {
      const reply = await withDeadline(
        connection.execute({ waitForResponse: true }) as Promise<unknown>,
        options.timeoutMs,
        `${where}: no reply to the status request`,
      );
      if (!(reply instanceof Uint8Array)) throw new PrinterFault('offline', `${where}: no reply`);
      return reply;
    } catch (error) {
      throw offline(error);
    }
  }

  return {
    async probe() {
      if (options.statusReplies) return paperState(await exchange(Uint8Array.from(PAPER_STATUS_REQUEST)));
      if (await printer().isPrinterConnected()) return 'ready';
      throw new PrinterFault('offline', `${where}: no connection`);
    },
    async send(bytes) {
      if (options.statusReplies)
        return { paper: paperState(await exchange(withRequest(bytes))), output: null };
      try {
        await printer().raw(Buffer.from(bytes));
      } catch (error) {
        throw offline(error);
      }
      return { paper: null, output: null };
    },
  };
}
