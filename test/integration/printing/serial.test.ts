import { SerialPortMock } from 'serialport';
import { beforeEach, describe, expect, it } from 'vitest';
import { PrinterFault } from '../../../electron/core/printing/transports/link';
import { serialLink, type OpenSerial } from '../../../electron/core/printing/transports/serial';
import { decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { PAPER_REPLY } from '../../helpers/fake-printer';

const PATH = '/dev/ttyPRINTER';
const TRANSPORT = { type: 'serial', path: PATH, baudRate: 9600 } as const;

/** serialport's mock binding as a serial printer: it records what it gets and may answer DLE EOT 4. */
function mockPrinter(reply: number | null): { open: OpenSerial; received: () => Uint8Array } {
  let received = Buffer.alloc(0);
  const open: OpenSerial = (options) => {
    const port = new SerialPortMock({ ...options, autoOpen: false });
    port.on('open', () => {
      const binding = port.port;
      if (!binding) return;
      const write = binding.write.bind(binding);
      binding.write = async (buffer: Buffer) => {
        await write(buffer);
        received = Buffer.concat([received, buffer]);
        if (reply !== null && buffer.subarray(-3).equals(Buffer.from([0x10, 0x04, 0x04]))) {
          binding.emitData(Buffer.of(reply));
        }
      };
    });
    return port;
  };
  return { open, received: () => received };
}

beforeEach(() => {
  SerialPortMock.binding.reset();
  SerialPortMock.binding.createPort(PATH, { echo: false });
});

const JOB = Uint8Array.from([0x1b, 0x40, 0x1c, 0x26, 0xbd, 0xf0, 0x0a]); // ESC @, FS &, 金, LF

describe('the serial transport', () => {
  it('sends the job with a status request and takes the answer as delivery', async () => {
    const printer = mockPrinter(PAPER_REPLY.paperLow);
    const link = serialLink(TRANSPORT, { statusReplies: true, timeoutMs: 1_000 }, printer.open);
    expect(await link.probe()).toBe('paperLow');
    expect(await link.send(JOB)).toEqual({ paper: 'paperLow', output: null });
    const events = decodeEscPos(printer.received());
    expect(textOf(events)).toBe('金');
    expect(events.filter((e) => e.type === 'statusRequest')).toHaveLength(2);
  });

  it('reports a printer that never answers as offline, and writes blind when told it cannot answer', async () => {
    const silent = mockPrinter(null);
    const asking = serialLink(TRANSPORT, { statusReplies: true, timeoutMs: 100 }, silent.open);
    await expect(asking.send(JOB)).rejects.toThrow(/no reply to the status request/);
    const blind = serialLink(TRANSPORT, { statusReplies: false, timeoutMs: 100 }, silent.open);
    expect(await blind.probe()).toBe('ready');
    expect(await blind.send(JOB)).toEqual({ paper: null, output: null });
    expect(textOf(decodeEscPos(silent.received().subarray(JOB.length + 3)))).toBe('金');
  });

  it('reports a port that is not there as offline', async () => {
    const link = serialLink(
      { ...TRANSPORT, path: '/dev/ttyNONE' },
      { statusReplies: true, timeoutMs: 100 },
      mockPrinter(0x12).open,
    );
    const failure = link.probe().catch((error: unknown) => error);
    expect(await failure).toBeInstanceOf(PrinterFault);
    expect(await failure).toMatchObject({
      status: 'offline',
      message: expect.stringContaining('/dev/ttyNONE'),
    });
  });
});
