import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SerialPort } from 'serialport';

const RELAY = fileURLToPath(new URL('./pty-pair.py', import.meta.url));

/**
 * Two pseudo-terminals joined by a small python3 relay (python3 is there wherever better-sqlite3 builds),
 * standing in for a serial cable: the app opens `device` with the real serialport binding while the test
 * plays the scale or scanner on `peer`. Stopping the relay is pulling the plug: both terminals hang up and
 * the links disappear.
 */
export class PtyPair {
  readonly device: string;
  readonly peer: string;
  private relay: ChildProcess | null = null;

  constructor(dir: string, name: string) {
    this.device = join(dir, name);
    this.peer = join(dir, `${name}-peer`);
  }

  /** Resolves once the relay says it is ready, i.e. both links exist. */
  start(): Promise<void> {
    const relay = spawn('python3', [RELAY, this.device, this.peer], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.relay = relay;
    return new Promise((resolve, reject) => {
      let log = '';
      relay.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      relay.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
      relay.once('error', reject);
      relay.once('exit', (code) => reject(new Error(`the pty relay exited with ${code}: ${log}`)));
    });
  }

  async stop(): Promise<void> {
    const relay = this.relay;
    this.relay = null;
    if (!relay || relay.exitCode !== null || relay.signalCode !== null) return;
    await new Promise((resolve) => {
      relay.once('exit', resolve);
      relay.kill('SIGTERM');
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
    // A hang-up when the relay stops surfaces here; the test has already moved on.
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
