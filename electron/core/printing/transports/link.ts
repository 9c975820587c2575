import type { PrinterStatus } from '../../../../shared/contract/printing';

/** What a printer reports about its paper; `offline` is told by a PrinterFault instead. */
export type PaperState = Extract<PrinterStatus, 'ready' | 'paperLow' | 'paperOut'>;

/** A printer that cannot take a job now: unreachable, silent, or out of paper. Nothing was printed. */
export class PrinterFault extends Error {
  constructor(
    readonly status: Extract<PrinterStatus, 'offline' | 'paperOut'>,
    message: string,
  ) {
    super(message);
    this.name = 'PrinterFault';
  }
}

/** What a delivered job leaves: the paper state the printer reported (null: not asked), and the job's output. */
export interface Delivered {
  paper: PaperState | null;
  /** Where the job went, when the road tells it (a spooler's request id). */
  output: string | null;
}

/** The road to one thermal printer, opened per job: sockets and ports are not held between jobs. */
export interface ThermalLink {
  /** Whether the printer is reachable and has paper. Throws a PrinterFault when it cannot be reached. */
  probe(): Promise<PaperState>;
  /**
   * Delivers a job. With status replies it resolves once the printer has answered a status request sent
   * after the job (so it holds every byte), with the paper state it reported; otherwise (paper null) once
   * the bytes are written. Throws when the job may not have arrived whole: the queue sends it again.
   */
  send(bytes: Uint8Array): Promise<Delivered>;
}

export interface LinkOptions {
  /** The printer answers DLE EOT; see ThermalPrinterSettings.statusReplies. */
  statusReplies: boolean;
  /** How long a connection and a status reply may take. */
  timeoutMs: number;
}

/** DLE EOT 4: the roll paper sensor, answered at once even while the printer is busy or offline. */
export const PAPER_STATUS_REQUEST: readonly number[] = [0x10, 0x04, 0x04];

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');

/**
 * Reads the reply to DLE EOT 4. Bits 1 and 4 are always on and bits 0 and 7 off, which tells a status
 * byte from anything else; bits 2–3 say the roll is nearly out, bits 5–6 that it is out.
 */
export function paperState(reply: Uint8Array): PaperState {
  const status = reply.at(-1);
  if (status === undefined || (status & 0x93) !== 0x12) {
    throw new PrinterFault('offline', `unexpected reply to a status request: ${hex(reply)}`);
  }
  if (status & 0x60) return 'paperOut';
  return status & 0x0c ? 'paperLow' : 'ready';
}

/** Rejects with a PrinterFault when `promise` has not settled in time (the late result is dropped). */
export function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrinterFault('offline', message)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export function withRequest(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + PAPER_STATUS_REQUEST.length);
  out.set(bytes);
  out.set(PAPER_STATUS_REQUEST, bytes.length);
  return out;
}
