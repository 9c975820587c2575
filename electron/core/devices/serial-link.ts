import type { DeviceProblem, SerialConnection } from '../../../shared/contract/devices';
import type { Link, LinkListener, LinkState } from './link';
import { deviceProblem } from './problem';
import { openOptions, openProblem, type SerialPortClass, type SerialPortLike } from './serial-port';

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 10_000 };

/** How often an open port is asked whether it is still there. */
export const DEFAULT_PROBE_MS = 1000;

/** Doubling waits, capped: quick after a brief unplug, gentle on a port that stays missing for hours. */
export function retryDelay(failures: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(failures, 30));
}

/** A serial port kept open: reopened with backoff after an unplug, a failed open or a silent device. */
export class SerialLink implements Link {
  private listener: LinkListener | null = null;
  private port: SerialPortLike | null = null;
  private probe: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  /** The open in flight, so close() can wait for it rather than leave a port opening behind it. */
  private opening: Promise<void> | null = null;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly Port: SerialPortClass,
    private readonly connection: SerialConnection,
    private readonly backoff: Backoff,
    private readonly probeMs = DEFAULT_PROBE_MS,
  ) {}

  start(listener: LinkListener): void {
    this.listener = listener;
    this.open('connecting');
  }

  write(bytes: Buffer): boolean {
    const port = this.port;
    if (!port?.isOpen) return false;
    // A failed write is followed by the stream's own disconnect handling ('close'), which reconnects.
    port.write(bytes, () => undefined);
    return true;
  }

  restart(problem: DeviceProblem): void {
    if (this.port) this.drop(this.port, problem);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.opening;
    const port = this.detach();
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  /** Forgets the open port, so its 'close' event is known to be ours rather than an unplug. */
  private detach(): SerialPortLike | null {
    const port = this.port;
    this.port = null;
    if (this.probe) clearInterval(this.probe);
    this.probe = null;
    return port;
  }

  private drop(port: SerialPortLike, problem: DeviceProblem): void {
    if (this.port !== port) return;
    this.detach();
    port.close(() => this.retry('disconnected', problem));
  }

  private report(state: LinkState, problem: DeviceProblem | null, retryInMs: number | null): void {
    if (!this.closed) this.listener?.status({ state, problem, retryInMs });
  }

  private open(state: 'connecting' | 'reconnecting'): void {
    this.retryTimer = null;
    this.report(state, null, null);
    let port: SerialPortLike;
    try {
      port = new this.Port(openOptions(this.connection));
    } catch (error) {
      // serialport checks options as it constructs; this runs in a timer, where a throw ends the app.
      return this.retry('error', openProblem(error as Error, this.connection.path));
    }
    // Errors raised without a callback (a write racing an unplug) also end in 'close', handled below;
    // without a listener Node would throw them.
    port.on('error', () => undefined);
    this.opening = new Promise((resolve) => {
      port.open((error) => {
        resolve();
        if (this.closed) {
          if (!error) port.close(() => undefined);
          return;
        }
        if (error) return this.retry('error', openProblem(error, this.connection.path));
        this.connected(port);
      });
    });
  }

  private connected(port: SerialPortLike): void {
    this.port = port;
    this.failures = 0;
    const unplugged = deviceProblem('DEVICE_DISCONNECTED', { path: this.connection.path });
    port.on('data', (chunk) => this.listener?.data(chunk));
    port.on('close', () => {
      // Only an unplug closes the port behind our back; our own closes detach it first.
      if (this.port !== port) return;
      this.detach();
      this.retry('disconnected', unplugged);
    });
    // When a terminal hangs up (USB adapter pulled, pty peer gone) between two reads, serialport's
    // Unix binding can miss it: reads return 0 bytes, which it retries forever, and no 'close'
    // comes. Any query on a hung-up terminal fails, so a cheap one tells.
    this.probe = setInterval(() => {
      port.port?.getBaudRate().catch(() => this.drop(port, unplugged));
    }, this.probeMs).unref();
    this.report('connected', null, null);
  }

  private retry(state: 'disconnected' | 'error', problem: DeviceProblem): void {
    if (this.closed) return;
    const delay = retryDelay(this.failures, this.backoff);
    this.failures += 1;
    this.report(state, problem, delay);
    this.retryTimer = setTimeout(() => this.open('reconnecting'), delay).unref();
  }
}
