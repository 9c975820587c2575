import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Paper sensor replies to DLE EOT 4: bits 1 and 4 always on; 0x0c nearly out, 0x60 out. */
export const PAPER_REPLY = { ready: 0x12, paperLow: 0x1e, paperOut: 0x72 } as const;

export interface FakePrinterBehaviour {
  paper?: keyof typeof PAPER_REPLY;
  /** Reads `chunk` bytes at a time with `delayMs` between reads, as a slow printer drains its buffer. */
  slow?: { chunk: number; delayMs: number };
  /** The first `times` job connections end after `afterBytes` bytes, without answering: FIN or RST. */
  hangUp?: { afterBytes: number; times: number; how: 'end' | 'reset' };
}

const STATUS_REQUEST = [0x10, 0x04, 0x04];

/**
 * A network printer on 127.0.0.1 for tests. It answers DLE EOT 4 with its paper state; bytes a connection
 * sends before such a request form a job. Connections that end without one (hang-ups) are kept apart.
 */
export class FakePrinter {
  /** Complete jobs, in the order they arrived. */
  readonly jobs: Uint8Array[] = [];
  /** Bytes of connections that hung up before the job's status request. */
  readonly partial: Uint8Array[] = [];
  connections = 0;
  private hangUps = 0;
  private readonly sockets = new Set<Socket>();
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: Server,
    readonly behaviour: FakePrinterBehaviour,
  ) {}

  /** Listens on `port` (0: any free port). */
  static async start(port = 0, behaviour: FakePrinterBehaviour = {}): Promise<FakePrinter> {
    const server = createServer();
    const printer = new FakePrinter(server, behaviour);
    server.on('connection', (socket) => printer.serve(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return printer;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Resolves once `count` jobs have arrived; rejects after `timeoutMs`. */
  waitForJobs(count: number, timeoutMs = 10_000): Promise<Uint8Array[]> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.jobs.length < count) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(this.jobs.slice(0, count));
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`expected ${count} jobs within ${timeoutMs} ms, got ${this.jobs.length}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private record(job: number[]): void {
    this.jobs.push(Uint8Array.from(job));
    for (const waiter of [...this.waiters]) waiter();
  }

  private serve(socket: Socket): void {
    this.connections++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let received: number[] = [];
    let total = 0;
    const hangUp = this.behaviour.hangUp;

    const take = (chunk: Buffer): boolean => {
      for (const b of chunk) {
        received.push(b);
        total++;
        if (hangUp && total >= hangUp.afterBytes && this.hangUps < hangUp.times) {
          this.hangUps++;
          this.partial.push(Uint8Array.from(received));
          received = [];
          if (hangUp.how === 'end') socket.end();
          else socket.resetAndDestroy();
          return false;
        }
        if (received.length >= 3 && STATUS_REQUEST.every((x, i) => received[received.length - 3 + i] === x)) {
          const job = received.slice(0, -3);
          received = [];
          if (job.length > 0) this.record(job);
          socket.write(Uint8Array.of(PAPER_REPLY[this.behaviour.paper ?? 'ready']));
        }
      }
      return true;
    };
    // a printer that never answers status requests: what came before the sender closed is the job
    socket.on('end', () => {
      if (received.length > 0) this.record(received);
      received = [];
    });

    const slow = this.behaviour.slow;
    if (!slow) {
      socket.on('data', take);
      return;
    }
    let pumping = false;
    const pump = (): void => {
      const chunk =
        socket.readableLength > 0
          ? (socket.read(Math.min(slow.chunk, socket.readableLength)) as Buffer | null)
          : null;
      if (!chunk) {
        pumping = false;
        return;
      }
      pumping = true;
      if (take(chunk)) setTimeout(pump, slow.delayMs);
    };
    socket.on('readable', () => {
      if (!pumping) pump();
    });
  }
}

/** A port nothing listens on (yet): a printer that is switched off. */
export async function freePort(): Promise<number> {
  const probe = await FakePrinter.start();
  const { port } = probe;
  await probe.close();
  return port;
}
