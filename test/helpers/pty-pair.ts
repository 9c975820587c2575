import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SerialPort } from 'serialport';

/**
 * Two pseudo-terminals joined by socat, standing in for a serial cable: the app opens `device` with
 * the real serialport binding while the test plays the scale or scanner on `peer`. Stopping socat is
 * pulling the plug: both terminals hang up and the links disappear.
 */
export class PtyPair {
  readonly device: string;
  readonly peer: string;
  private socat: ChildProcess | null = null;

  constructor(dir: string, name: string) {
    this.device = join(dir, name);
    this.peer = join(dir, `${name}-peer`);
  }

  /** Resolves once socat says it is transferring, i.e. both links exist. */
  start(timeoutMs = 5000): Promise<void> {
    const socat = spawn(
      'socat',
      ['-d', '-d', `pty,raw,echo=0,link=${this.device}`, `pty,raw,echo=0,link=${this.peer}`],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.socat = socat;
    return new Promise((resolve, reject) => {
      let log = '';
      const fail = (error: Error): void => {
        clearTimeout(timer);
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new Error(`socat did not start in ${timeoutMs} ms: ${log}`)),
        timeoutMs,
      );
      socat.stderr?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (!log.includes('starting data transfer loop')) return;
        clearTimeout(timer);
        resolve();
      });
      socat.once('error', fail);
      socat.once('exit', (code) => fail(new Error(`socat exited with ${code}: ${log}`)));
    });
  }

  async stop(): Promise<void> {
    const socat = this.socat;
    this.socat = null;
    if (!socat || socat.exitCode !== null || socat.signalCode !== null) return;
    await new Promise((resolve) => {
      socat.once('exit', resolve);
      socat.kill('SIGTERM');
    });
  }
}

/** The far end of a PtyPair, played by the test through the real serialport binding. */
export class PeerDevice {
  /** Everything the app wrote to the device. */
  received = '';
  private port: SerialPort | null = null;
  private streaming: NodeJS.Timeout | null = null;

  constructor(private readonly path: string) {}

  async open(): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: 9600, autoOpen: false });
    // A hang-up when socat stops surfaces here; the test has already moved on.
    port.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
    port.on('data', (chunk: Buffer) => (this.received += chunk.toString('latin1')));
    this.port = port;
  }

  write(text: string): void {
    this.port?.write(Buffer.from(text, 'latin1'));
  }

  /** Prints a line every intervalMs, as a scale in continuous mode. */
  stream(line: () => string, intervalMs: number): void {
    this.streaming = setInterval(() => this.write(`${line()}\r\n`), intervalMs);
  }

  /** Answers each command line the app sends, as a scale in request mode. */
  answer(responder: (command: string) => string | null): void {
    let pending = '';
    this.port?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('latin1')).split(/\r\n|\r|\n/);
      pending = lines.pop() ?? '';
      for (const command of lines.filter(Boolean)) {
        const reply = responder(command);
        if (reply !== null) this.write(`${reply}\r\n`);
      }
    });
  }

  async close(): Promise<void> {
    if (this.streaming) clearInterval(this.streaming);
    this.streaming = null;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise((resolve) => port.close(resolve));
  }
}
