import { SerialPortMock, type SerialPortMockOpenOptions } from 'serialport';
import type { SerialPortClass } from '../../electron/core/devices/serial-port';

/** Answers one command line written to the port; null sends nothing back. */
export type Responder = (command: string) => string | null;

/**
 * serialport's MockBinding behind the device layer. The binding is taken from SerialPortMock itself:
 * importing '@serialport/binding-mock' here could load its ESM build, a second registry of ports.
 */
export class MockSerial {
  readonly binding = SerialPortMock.binding;
  /** Every port the device layer constructed, in order. */
  readonly opened: SerialPortMock[] = [];
  /** Everything written to each path, as text. */
  readonly written = new Map<string, string>();
  readonly Port: SerialPortClass;
  private readonly responders = new Map<string, Responder>();

  constructor() {
    this.binding.reset();
    const opened = this.opened;
    const hook = (port: SerialPortMock): void => this.hook(port);
    this.Port = class RecordingPort extends SerialPortMock {
      constructor(options: SerialPortMockOpenOptions) {
        super(options);
        opened.push(this);
        // 'open' fires before the opener's callback, so no write can slip past the hook.
        this.on('open', () => hook(this));
      }
    };
  }

  /** Plugs a device in at this path (echo off: the mock would otherwise echo every request back). */
  plug(path: string): void {
    this.binding.createPort(path, { echo: false });
  }

  /** The port currently open at this path. */
  port(path: string): SerialPortMock {
    const port = this.opened.findLast((candidate) => candidate.path === path && candidate.isOpen);
    if (!port) throw new Error(`no open mock port at ${path}`);
    return port;
  }

  send(path: string, text: string): void {
    this.port(path).port?.emitData(Buffer.from(text, 'latin1'));
  }

  respond(path: string, responder: Responder): void {
    this.responders.set(path, responder);
  }

  /**
   * Pulls the cable: the device vanishes from the binding (so reopening fails until plug() again) and
   * the open stream is told, as the OS binding tells it when a read fails on a vanished device.
   * MockBinding forgets all its devices at once: a test with several plugs the others back.
   */
  unplug(path: string): void {
    this.binding.reset();
    this.port(path)._disconnected(new Error('device unplugged'));
  }

  /** A hang-up serialport does not report: the port stays 'open' but every query on it fails. */
  hangUp(path: string): void {
    const binding = this.port(path).port;
    if (binding)
      binding.getBaudRate = () => Promise.reject(new Error('Input/output error, cannot get baud rate'));
  }

  private hook(port: SerialPortMock): void {
    const binding = port.port;
    if (!binding) return;
    const write = binding.write.bind(binding);
    binding.write = async (buffer: Buffer) => {
      await write(buffer);
      const text = buffer.toString('latin1');
      this.written.set(port.path, (this.written.get(port.path) ?? '') + text);
      const responder = this.responders.get(port.path);
      for (const command of text.split(/\r\n|\r|\n/).filter(Boolean)) {
        const answer = responder?.(command);
        if (answer != null && binding.isOpen) binding.emitData(Buffer.from(answer, 'latin1'));
      }
    };
  }
}
