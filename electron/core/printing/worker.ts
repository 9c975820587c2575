import type { Printer, PrinterSettings, PrinterStatus } from '../../../shared/contract/printing';
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
import { isOverdue } from '../../../shared/print/overdue';
import { renderJob, type Payload } from './render';
import { getPrinter, listPrinters, setPrinterStatus } from './repo';
import { thermalLink, type LinkSettings } from './transports';
import { PrinterFault, type PaperState } from './transports/link';
import type { OpenSerial } from './transports/serial';
import { savePageToDataDir, type SystemPrint } from './transports/system';
import type { WritableDB } from '../db/statements';

export interface PrintWorkerOptions {
  /** How often the queue is looked at when nothing wakes the worker. */
  pollMs?: number;
  /**
   * After a printer fails, its next try waits this long, each next one twice as long, up to retryMaxMs. A
   * job is never given up on for its printer being off: it waits until it prints or a person cancels it.
   */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How long a connection and a printer's status reply may take. */
  timeoutMs?: number;
  /** How long after its sale a receipt may still kick the drawer open. */
  drawerKickWindowMs?: number;
  /** Idle printers are probed this often, so a banner shows before the next sale; 0 never. */
  healthCheckMs?: number;
  /** Prints A5/A4 pages; the Electron shell passes webContents.print, browser mode saves the HTML. */
  systemPrint?: SystemPrint;
  openSerial?: OpenSerial;
  /** The folder holding the spooler's `lp`; unset, found on PATH. */
  spoolerBin?: string;
  log?: (message: string, error: unknown) => void;
  /** Milliseconds that only go forward, for backoffs (performance.now); tests pass a clock they move. */
  monotonic?: () => number;
}

const DEFAULTS = {
  pollMs: 500,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
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

/** How a printer is asked whether it is there: receipt printers by status request, label printers by connecting. */
function probed(settings: PrinterSettings): LinkSettings | null {
  if (settings.kind === 'thermal') return settings;
  if (settings.kind === 'label') return { transport: settings.transport, statusReplies: false };
  return null;
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
  const monotonic = options.monotonic ?? (() => performance.now());
  const busy = new Set<number>();
  // The backoff is the printer's, not a job's: whichever job is at its head waits it out, and a new job
  // does not shorten it. In monotonic milliseconds, so it does not follow the wall clock's jumps.
  const backoff = new Map<number, { failures: number; notBefore: number }>();
  const probedAt = new Map<number, number>();
  // Jobs whose long wait was announced (printing.jobOverdue), so it is said once.
  const overdue = new Set<number>();
  // A job a person waits for was queued: printers in backoff are probed at once rather than waited out.
  let eager = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  requeueInterrupted(db, clock());

  const announce = (jobId: number): void => events.emit(null, jobEvent(getJob(db, jobId)));

  function report(printer: Printer, status: PrinterStatus, error: string | null): void {
    probedAt.set(printer.id, monotonic());
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

  const link = (printer: LinkSettings) =>
    thermalLink(printer, {
      dataDir: deps.dataDir,
      timeoutMs: settings.timeoutMs,
      openSerial: options.openSerial,
      spoolerBin: options.spoolerBin,
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
    const printer = link(payload.link);
    const before = await printer.probe();
    if (before === 'paperOut') throw new PrinterFault('paperOut', 'out of paper');
    const { paper, output } = await printer.send(payload.bytes);
    return { paper: paper ?? before, output };
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
      backoff.delete(printer.id);
      report(printer, paper, null);
    } catch (error) {
      if (stopped) return;
      const fault = error instanceof PrinterFault ? error : new PrinterFault('offline', message(error));
      const failures = (backoff.get(printer.id)?.failures ?? 0) + 1;
      const delay = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** (failures - 1));
      backoff.set(printer.id, { failures, notBefore: monotonic() + delay });
      markUnprinted(db, job.id, fault.message, new Date(clock().getTime() + delay), clock());
      report(printer, fault.status, fault.message);
      alertIfOverdue(job, printer);
    }
    announce(job.id);
  }

  function alertIfOverdue(job: JobRow, printer: Printer): void {
    if (overdue.has(job.id) || !isOverdue(job.created_at, clock())) return;
    overdue.add(job.id);
    events.emit(null, {
      type: 'printing.jobOverdue',
      jobId: job.id,
      documentType: job.document_type,
      reference: job.reference,
      printerName: printer.name,
      queuedAt: job.created_at,
    });
  }

  async function probe(printer: Printer, linked: LinkSettings): Promise<void> {
    try {
      const paper = await link(linked).probe();
      if (stopped) return;
      // a printer that answers again ends its backoff: what waited prints now
      if (paper !== 'paperOut') backoff.delete(printer.id);
      report(printer, paper, paper === 'paperOut' ? 'out of paper' : null);
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
      const now = monotonic();
      const probeNow = eager;
      eager = false;
      for (const job of headJobs(db)) {
        const printerId = job.target_id as number;
        if (busy.has(printerId)) continue;
        const printer = getPrinter(db, printerId);
        const linked = probed(printer.settings);
        if ((backoff.get(printerId)?.notBefore ?? 0) <= now) occupy(printerId, attempt(job, printer));
        else if (probeNow && linked) occupy(printerId, probe(printer, linked));
      }
      if (settings.healthCheckMs > 0) {
        for (const printer of listPrinters(db)) {
          const linked = probed(printer.settings);
          if (!printer.enabled || !linked || busy.has(printer.id)) continue;
          if (now - (probedAt.get(printer.id) ?? -Infinity) < settings.healthCheckMs) continue;
          occupy(printer.id, probe(printer, linked));
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
    // someone is at the till waiting for the paper of a new job (a sale's receipt, a reprint, a test page):
    // a printer in backoff is asked whether it is back, which costs no job a try; a printer whose settings
    // were just changed starts afresh
    if (event.type === 'printing.jobChanged' && event.state === 'pending' && event.attempts === 0) {
      eager = true;
      wake();
    } else if (event.type === 'printing.printerStatus' && event.status === 'unknown') {
      backoff.delete(event.printerId);
      probedAt.delete(event.printerId);
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
