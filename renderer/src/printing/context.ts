import { createContext, useContext } from 'react';
import type { Printer, PrintJob, PrintRoute } from '../../../shared/contract/printing';
import { isOverdue as waitedTooLong } from '../../../shared/print/overdue';

export interface PrintingState {
  printers: Printer[];
  routes: PrintRoute[];
  /** Jobs still to print or that failed, newest first. */
  jobs: PrintJob[];
  /** Asks the core again (the provider also does on every printing event). */
  reload(): void;
  /** Shows the print jobs list. */
  openJobs(): void;
}

export const PrintingContext = createContext<PrintingState | null>(null);

export function usePrinting(): PrintingState {
  const state = useContext(PrintingContext);
  if (!state) throw new Error('usePrinting outside <PrintingProvider>');
  return state;
}

/** A printer that cannot print now: the banner names it. */
export const isFailing = (printer: Printer): boolean =>
  printer.enabled && (printer.status === 'offline' || printer.status === 'paperOut');

/** A job waiting past the alert limit: its printer needs a person, though the job keeps waiting. */
export const isOverdue = (job: PrintJob, now: Date): boolean =>
  job.state === 'pending' && job.attempts > 0 && waitedTooLong(job.createdAt, now);

/** A job that has tried and is waiting for its next try. */
export const isWaiting = (job: PrintJob): boolean => job.state === 'pending' && job.attempts > 0;
