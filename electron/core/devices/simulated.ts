import type { DeviceProblem, ScannerSuffix } from '../../../shared/contract/devices';
import type { Link, LinkListener } from './link';
import { deviceProblem } from './problem';
import type { PrintedWeight, ScaleProtocol } from './scale/protocol';
import { SUFFIX_TEXT } from './scanner/scanner';

/**
 * A device played in memory for development and demos. It speaks bytes like the real one, so the
 * framer, the protocol parser, the stability rule and the live view all run as with hardware.
 */
abstract class SimulatedLink implements Link {
  private listener: LinkListener | null = null;
  private connected = false;
  private closed = false;

  start(listener: LinkListener): void {
    this.listener = listener;
    setImmediate(() => this.plug(true));
  }

  /** Unplugs or plugs the simulated device back in. */
  plug(connected: boolean, problem: DeviceProblem = deviceProblem('DEVICE_DISCONNECTED')): void {
    if (this.closed || connected === this.connected) return;
    this.connected = connected;
    this.listener?.status(
      connected
        ? { state: 'connected', problem: null, retryInMs: null }
        : { state: 'disconnected', problem, retryInMs: null },
    );
    this.plugged(connected);
  }

  write(bytes: Buffer): boolean {
    if (!this.connected) return false;
    const text = bytes.toString('latin1');
    setImmediate(() => this.received(text));
    return true;
  }

  /** A simulated device comes straight back: there is no cable to wait for. */
  restart(problem: DeviceProblem): void {
    this.plug(false, problem);
    setImmediate(() => this.plug(true));
  }

  async close(): Promise<void> {
    this.plug(false);
    this.closed = true;
  }

  /** Sends bytes to the driver as the device would, a moment later, as a port would. */
  protected emit(bytes: Buffer): void {
    setImmediate(() => {
      if (this.connected) this.listener?.data(bytes);
    });
  }

  protected abstract received(commands: string): void;
  protected abstract plugged(connected: boolean): void;
}

/** A scale in the configured protocol: prints every `continuousMs`, or answers requests when null. */
export class SimulatedScale extends SimulatedLink {
  private weight: PrintedWeight = { weightMg: 0, stable: true, overload: false };
  /** What tare or zero took off, as the scale's own display would. */
  private offsetMg = 0;
  private printer: NodeJS.Timeout | null = null;

  constructor(
    private readonly protocol: ScaleProtocol,
    private readonly continuousMs: number | null,
  ) {
    super();
  }

  set(weight: PrintedWeight): void {
    this.weight = weight;
  }

  protected received(commands: string): void {
    for (const command of commands.split(/[\r\n]+/)) {
      if (command === this.protocol.request) this.print();
      else if (command === this.protocol.tare || command === this.protocol.zero) {
        this.offsetMg = this.weight.weightMg;
      }
    }
  }

  protected plugged(connected: boolean): void {
    if (this.printer) clearInterval(this.printer);
    this.printer = null;
    if (connected && this.continuousMs !== null) {
      this.printer = setInterval(() => this.print(), this.continuousMs).unref();
    }
  }

  private print(): void {
    const line = this.protocol.print({ ...this.weight, weightMg: this.weight.weightMg - this.offsetMg });
    if (line !== null) this.emit(Buffer.from(`${line}\r\n`, 'latin1'));
  }
}

/** A scanner with the configured prefix and suffix. */
export class SimulatedScanner extends SimulatedLink {
  constructor(
    private readonly prefix: string,
    private readonly suffix: ScannerSuffix,
  ) {
    super();
  }

  scan(code: string): void {
    this.emit(Buffer.from(`${this.prefix}${code}${SUFFIX_TEXT[this.suffix]}`, 'utf8'));
  }

  // A scanner takes no commands and streams nothing by itself.
  protected received(): void {}
  protected plugged(): void {}
}
