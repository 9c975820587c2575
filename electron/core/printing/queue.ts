import type { PushEvent } from '../../../shared/contract';
import type { PrintJob, PrintJobState } from '../../../shared/contract/printing';
import {
  parseTemplateData,
  PrintContext,
  TEMPLATES,
  type DocumentType,
  type TemplateInput,
} from '../../../shared/print/templates';
import { DomainError } from '../errors';
import { currentContext, routeFor } from './repo';
import { query, statement, type ReadableDB, type WritableDB } from '../db/statements';

/** A job as stored, with the printer it goes to now (its own, or its route's). */
export interface JobRow {
  id: number;
  document_type: DocumentType;
  reference: string;
  printer_id: number | null;
  target_id: number | null;
  printer_name: string | null;
  data: string;
  context: string;
  copies: number;
  copy_of: number | null;
  state: PrintJobState;
  attempts: number;
  last_error: string | null;
  output: string | null;
  next_attempt_at: string | null;
  created_at: string;
  updated_at: string;
  printed_at: string | null;
}

// A job without a printer of its own follows its document type's route, else the receipt printer's.
const SELECT_JOBS = `
  SELECT j.id, j.document_type, j.reference, j.printer_id, j.data, j.context, j.copies, j.copy_of, j.state,
         j.attempts, j.last_error, j.output, j.next_attempt_at, j.created_at, j.updated_at, j.printed_at,
         p.id AS target_id, p.name AS printer_name
  FROM print_jobs j
  LEFT JOIN print_routes own ON own.document_type = j.document_type
  LEFT JOIN print_routes receipt ON receipt.document_type = 'receipt'
  LEFT JOIN printers p ON p.id = coalesce(j.printer_id, own.printer_id, receipt.printer_id)`;

export function toPrintJob(row: JobRow): PrintJob {
  return {
    id: row.id,
    documentType: row.document_type,
    reference: row.reference,
    printerId: row.target_id,
    printerName: row.printer_name,
    state: row.state,
    attempts: row.attempts,
    lastError: row.last_error,
    output: row.output,
    copyOf: row.copy_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    printedAt: row.printed_at,
    nextAttemptAt: row.next_attempt_at,
  };
}

export function getJobRow(db: ReadableDB, id: number): JobRow {
  const row = query(db, `${SELECT_JOBS} WHERE j.id = ?`).get(id) as JobRow | undefined;
  if (!row) throw new DomainError('PRINT_JOB_NOT_FOUND', { jobId: id });
  return row;
}

export function getJob(db: ReadableDB, id: number): PrintJob {
  return toPrintJob(getJobRow(db, id));
}

export function listJobs(db: ReadableDB, states: readonly PrintJobState[], limit: number): PrintJob[] {
  const rows = query(
    db,
    `${SELECT_JOBS} WHERE j.state IN (SELECT value FROM json_each(?)) ORDER BY j.id DESC LIMIT ?`,
  ).all(JSON.stringify(states), limit) as JobRow[];
  return rows.map(toPrintJob);
}

/** The event that tells the UI, and the worker, that a job changed. */
export function jobEvent(job: PrintJob): PushEvent {
  return {
    type: 'printing.jobChanged',
    jobId: job.id,
    documentType: job.documentType,
    reference: job.reference,
    state: job.state,
    attempts: job.attempts,
    error: job.lastError,
  };
}

export interface PrintRequest<T extends DocumentType> {
  documentType: T;
  /** The document's number: receipt number, warranty card number. */
  reference: string;
  data: TemplateInput<T>;
  now: Date;
  createdBy?: number | null;
  /** A printer of its own (a test page); otherwise the document type's route decides at print time. */
  printerId?: number;
  /** Copies of a job with a printer of its own (tags); otherwise the route's. */
  copies?: number;
}

function insertJob(
  db: WritableDB,
  job: {
    documentType: DocumentType;
    reference: string;
    printerId: number | null;
    data: unknown;
    context: PrintContext;
    copies: number;
    copyOf: number | null;
    createdBy: number | null;
    now: Date;
  },
): PrintJob {
  const at = job.now.toISOString();
  // a sale queues its receipt and cards inside its commit: cached statements keep that path short
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO print_jobs (document_type, reference, printer_id, data, context, copies, copy_of, created_by,
                             created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    job.documentType,
    job.reference,
    job.printerId,
    JSON.stringify(job.data),
    JSON.stringify(job.context),
    job.copies,
    job.copyOf,
    job.createdBy,
    at,
    at,
  );
  return getJob(db, Number(lastInsertRowid));
}

/**
 * Queues a document to print. Call it inside the transaction that records what it prints (a sale's
 * commit): the job exists exactly when the sale does, and the sale never waits for a printer, so a
 * printer that is off, out of paper or unreachable neither blocks nor undoes it. The data is checked
 * against its template here, so a malformed receipt fails the sale's tests rather than the printer; the
 * store's header and texts are taken now, so a reprint matches the original. The worker polls the queue;
 * emitting `jobEvent(job)` wakes it at once.
 */
export function enqueuePrint<T extends DocumentType>(db: WritableDB, request: PrintRequest<T>): PrintJob {
  const reference = request.reference.trim();
  if (reference.length === 0 || reference.length > 64) throw new RangeError('a print job needs a reference');
  return insertJob(db, {
    documentType: request.documentType,
    reference,
    printerId: request.printerId ?? null,
    data: parseTemplateData(request.documentType, request.data),
    context: currentContext(db, false),
    copies:
      request.printerId === undefined
        ? (routeFor(db, request.documentType)?.copies ?? 1)
        : (request.copies ?? 1),
    copyOf: null,
    createdBy: request.createdBy ?? null,
    now: request.now,
  });
}

/** Asked for each piece a tag is printed for or offered for: through the (document type, reference) index. */
export const QUEUED_BEFORE = `SELECT 1 FROM print_jobs
  WHERE document_type = ? AND reference = ? AND state <> 'cancelled' LIMIT 1`;

/** Whether a document was queued before (and not cancelled): a tag printed again is a reprint. */
export function wasQueued(db: ReadableDB, documentType: DocumentType, reference: string): boolean {
  return query(db, QUEUED_BEFORE).get(documentType, reference) !== undefined;
}

/**
 * A new job printing the same document again, marked 重印 COPY, to the same printer or route, one copy.
 * The original's header is kept: a reprint shows what the customer was given. Its drawer kick is not.
 */
export function reprintJob(db: WritableDB, jobId: number, createdBy: number, now: Date): PrintJob {
  const original = getJobRow(db, jobId);
  if (!TEMPLATES[original.document_type].reprintable) throw new DomainError('NOT_REPRINTABLE');
  return insertJob(db, {
    documentType: original.document_type,
    reference: original.reference,
    printerId: original.printer_id,
    data: JSON.parse(original.data),
    context: { ...PrintContext.parse(JSON.parse(original.context)), copy: true },
    copies: 1,
    copyOf: original.copy_of ?? original.id,
    createdBy,
    now,
  });
}

export function cancelJob(db: WritableDB, jobId: number, now: Date): PrintJob {
  const { changes } = statement(
    db,
    `UPDATE print_jobs SET state = 'cancelled', next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND state IN ('pending', 'failed')`,
  ).run(now.toISOString(), jobId);
  if (changes === 0) {
    getJobRow(db, jobId);
    throw new DomainError('PRINT_JOB_NOT_CANCELLABLE', { jobId });
  }
  return getJob(db, jobId);
}

/** A failed job back in the queue with fresh attempts, as when the printer has been fixed. */
export function retryJob(db: WritableDB, jobId: number, now: Date): PrintJob {
  const { changes } = statement(
    db,
    `UPDATE print_jobs SET state = 'pending', attempts = 0, next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND state = 'failed'`,
  ).run(now.toISOString(), jobId);
  if (changes === 0) {
    getJobRow(db, jobId);
    throw new DomainError('PRINT_JOB_NOT_FAILED', { jobId });
  }
  return getJob(db, jobId);
}

// The worker's side of the queue.

/** Jobs left 'printing' by a stop mid-send go back to the queue: printed twice rather than not at all. */
export function requeueInterrupted(db: WritableDB, now: Date): number {
  return statement(
    db,
    `UPDATE print_jobs SET state = 'pending', updated_at = ? WHERE state = 'printing'`,
  ).run(now.toISOString()).changes;
}

/** Waiting jobs of enabled printers, oldest first: the worker runs this at every poll. */
export const WAITING_JOBS = `${SELECT_JOBS} WHERE j.state = 'pending' AND p.enabled = 1 ORDER BY j.id`;

/** The oldest waiting job of each enabled printer: a printer prints its jobs in the order they came. */
export function headJobs(db: ReadableDB): JobRow[] {
  const rows = query(db, WAITING_JOBS).all() as JobRow[];
  const heads = new Map<number, JobRow>();
  for (const row of rows) if (!heads.has(row.target_id as number)) heads.set(row.target_id as number, row);
  return [...heads.values()];
}

/** Takes a waiting job for sending; null when it was cancelled or taken meanwhile. */
export function claimJob(db: WritableDB, jobId: number, now: Date): JobRow | null {
  const { changes } = statement(
    db,
    `UPDATE print_jobs SET state = 'printing', attempts = attempts + 1, next_attempt_at = NULL, updated_at = ?
       WHERE id = ? AND state = 'pending'`,
  ).run(now.toISOString(), jobId);
  return changes === 0 ? null : getJobRow(db, jobId);
}

/** A printed job. `output` says where a page was kept (browser mode's PDF). */
export function markPrinted(db: WritableDB, jobId: number, now: Date, output: string | null = null): void {
  const at = now.toISOString();
  statement(
    db,
    `UPDATE print_jobs SET state = 'done', last_error = NULL, output = ?, printed_at = ?, updated_at = ?
     WHERE id = ? AND state = 'printing'`,
  ).run(output?.slice(0, 500) ?? null, at, at, jobId);
}

/** Back to the queue until `nextAttemptAt`, or failed for good when `nextAttemptAt` is null. */
export function markUnprinted(
  db: WritableDB,
  jobId: number,
  error: string,
  nextAttemptAt: Date | null,
  now: Date,
): void {
  statement(
    db,
    `UPDATE print_jobs SET state = ?, last_error = ?, next_attempt_at = ?, updated_at = ?
     WHERE id = ? AND state = 'printing'`,
  ).run(
    nextAttemptAt ? 'pending' : 'failed',
    error.slice(0, 500),
    nextAttemptAt?.toISOString() ?? null,
    now.toISOString(),
    jobId,
  );
}
