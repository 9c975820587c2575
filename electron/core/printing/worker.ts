import type { Printer, PrinterStatus, ThermalPrinterSettings } from '../../../shared/contract/printing';
import type { EventBus } from '../events';
import {
  claimJob,
  getJob,
  headJobs,
  jobEvent,
  markPrinted,
  markUnprinted,
  requeueInterrupted,
  type JobRow,
} from './queue';
import { renderJob, type Payload } from './render';
import { getPrinter, listPrinters, setPrinterStatus } from './repo';
import { thermalLink } from './transports';
import { PrinterFault, type PaperState } from './transports/link';
import type { OpenSerial } from './transports/serial';
import { savePageToDataDir, type SystemPrint } from './transports/system';
import type { WritableDB } from '../db/statements';

export interface PrintWorkerOptions {
  /** How often the queue is looked at when nothing wakes the worker. */
  pollMs?: number;
  /** The first retry waits this long, each next one twice as long, up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Attempts before a job is failed for good (the UI offers retry and cancel then). */
  maxAttempts?: number;
  /** How long a connection and a printer's status reply may take. */
  timeoutMs?: number;
  /** How long after its sale a receipt may still kick the drawer open. */
  drawerKickWindowMs?: number;
  /** Idle printers are probed this often, so a banner shows before the next sale; 0 never. */
  healthCheckMs?: number;
  /** Prints A5/A4 pages; the Electron shell passes webContents.print, browser mode saves the HTML. */
  systemPrint?: SystemPrint;
  openSerial?: OpenSerial;
  log?: (message: string, error: unknown) => void;
}

const DEFAULTS = {
  pollMs: 500,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  maxAttempts: 15,
  timeoutMs: 10_000,
  drawerKickWindowMs: 120_000,
  healthCheckMs: 30_000,
};

export interface PrintWorkerDeps {
  db: WritableDB;
  events: EventBus;
  clock: () => Date;
  dataDir: string;
}

export interface PrintWorker {
  /** Looks at the queue now rather than at the next poll. */
  wake(): void;
  /** Stops taking jobs. A send under way finishes on the wire but is not recorded: it goes again next start. */
  stop(): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Sends queued jobs, one at a time per printer and in the order they were queued, with retries and
 * exponential backoff. Runs beside the router on the same connection: every database step is synchronous
 * and short, and nothing waits on a printer inside a transaction.
 */
export function startPrintWorker(deps: PrintWorkerDeps, options: PrintWorkerOptions = {}): PrintWorker {
  const { db, events, clock } = deps;
  const settings = { ...DEFAULTS, ...options };
  const systemPrint = options.systemPrint ?? savePageToDataDir(deps.dataDir);
  const log = options.log ?? ((text, error) => console.error(text, error));
  const busy = new Set<number>();
  // in monotonic milliseconds: a printer's backoff must not follow the wall clock's jumps
  const notBefore = new Map<number, number>();
  const probedAt = new Map<number, number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  requeueInterrupted(db, clock());

  const announce = (jobId: number): void => events.emit(null, jobEvent(getJob(db, jobId)));

  function report(printer: Printer, status: PrinterStatus, error: string | null): void {
    probedAt.set(printer.id, performance.now());
    if (setPrinterStatus(db, printer.id, status, error, clock())) {
      events.emit(null, {
        type: 'printing.printerStatus',
        printerId: printer.id,
        name: printer.name,
        status,
        error,
      });
    }
  }

  const link = (thermal: ThermalPrinterSettings) =>
    thermalLink(thermal, {
      dataDir: deps.dataDir,
      timeoutMs: settings.timeoutMs,
      openSerial: options.openSerial,
    });

  /** Checks for paper first, so a job is not sent into a printer that cannot print it. */
  async function deliver(
    payload: Payload,
    jobId: number,
  ): Promise<{ paper: PaperState; output: string | null }> {
    if (payload.kind === 'page') {
      const output = await systemPrint({ jobId, ...payload.page });
      return { paper: 'ready', output: output ?? null };
    }
    const printer = link(payload.settings);
    const before = await printer.probe();
    if (before === 'paperOut') throw new PrinterFault('paperOut', 'out of paper');
    return { paper: (await printer.send(payload.bytes)) ?? before, output: null };
  }

  async function attempt(head: JobRow, printer: Printer): Promise<void> {
    const job = claimJob(db, head.id, clock());
    if (!job) return;
    announce(job.id);
    let payload: Payload;
    try {
      payload = renderJob(job, printer, { now: clock(), drawerKickWindowMs: settings.drawerKickWindowMs });
    } catch (error) {
      // a document that cannot be rendered will not render on a retry either
      markUnprinted(db, job.id, `cannot render: ${message(error)}`, null, clock());
      return announce(job.id);
    }
    try {
      const { paper, output } = await deliver(payload, job.id);
      if (stopped) return;
      markPrinted(db, job.id, clock(), output);
      notBefore.delete(printer.id);
      report(printer, paper, null);
    } catch (error) {
      if (stopped) return;
      const fault = error instanceof PrinterFault ? error : new PrinterFault('offline', message(error));
      const delay = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** (job.attempts - 1));
      const retryAt = job.attempts < settings.maxAttempts ? new Date(clock().getTime() + delay) : null;
      markUnprinted(db, job.id, fault.message, retryAt, clock());
      notBefore.set(printer.id, performance.now() + delay);
      report(printer, fault.status, fault.message);
    }
    announce(job.id);
  }

  async function probe(printer: Printer, thermal: ThermalPrinterSettings): Promise<void> {
    try {
      const paper = await link(thermal).probe();
      if (!stopped) report(printer, paper, paper === 'paperOut' ? 'out of paper' : null);
    } catch (error) {
      if (!stopped) report(printer, 'offline', message(error));
    }
  }

  function occupy(printerId: number, work: Promise<void>): void {
    busy.add(printerId);
    void work
      .catch((error: unknown) => {
        if (!stopped) log('[printing] job step failed', error);
      })
      .finally(() => {
        busy.delete(printerId);
        wake();
      });
  }

  function tick(): void {
    if (stopped) return;
    try {
      const now = performance.now();
      for (const job of headJobs(db)) {
        const printerId = job.target_id as number;
        if (busy.has(printerId) || (notBefore.get(printerId) ?? 0) > now) continue;
        occupy(printerId, attempt(job, getPrinter(db, printerId)));
      }
      if (settings.healthCheckMs > 0) {
        for (const printer of listPrinters(db)) {
          if (!printer.enabled || printer.settings.kind !== 'thermal' || busy.has(printer.id)) continue;
          if (now - (probedAt.get(printer.id) ?? -Infinity) < settings.healthCheckMs) continue;
          occupy(printer.id, probe(printer, printer.settings));
        }
      }
    } catch (error) {
      log('[printing] queue check failed', error);
    }
    schedule(settings.pollMs);
  }

  function schedule(ms: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  function wake(): void {
    schedule(0);
  }

  const unsubscribe = events.subscribe((_session, event) => {
    // a job queued or put back by staff (reprint, retry, test page, no-sale) is tried now, and so is a
    // printer whose settings were just changed: someone is at the till waiting for the paper
    const fresh = event.type === 'printing.jobChanged' && event.state === 'pending' && event.attempts === 0;
    const reset = event.type === 'printing.printerStatus' && event.status === 'unknown';
    if (fresh || reset) {
      notBefore.clear();
      if (reset) probedAt.delete(event.printerId);
      wake();
    }
  });
  wake();

  return {
    wake,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
