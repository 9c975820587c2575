import type { PrintJob } from '../../../shared/contract/printing';
import type { DocumentType } from '../../../shared/print/templates';
import type { EventSink } from '../events';
import { appendJournal } from '../journal/append';
import { enqueuePrint, type PrintRequest } from './queue';
import type { WritableDB } from '../db/statements';

export interface PrintDeps {
  db: WritableDB;
  events: EventSink;
  terminalId: string;
  now: Date;
}

/**
 * Queues one document in its own savepoint. A document the template refuses is journaled (as `failure`)
 * and left out: the sale or ticket it belongs to stands regardless, as when the printer is out of paper.
 */
export function queueDocument<T extends DocumentType>(
  deps: PrintDeps,
  request: PrintRequest<T>,
  jobs: PrintJob[],
  failure: string,
): void {
  try {
    jobs.push(deps.db.transaction(() => enqueuePrint(deps.db, request))());
  } catch (error) {
    appendJournal(deps.db, deps.terminalId, deps.now, {
      type: failure,
      actorId: request.createdBy ?? null,
      payload: {
        documentType: request.documentType,
        reference: request.reference,
        error: error instanceof Error ? error.message.slice(0, 500) : String(error),
      },
    });
  }
}
