import type Database from 'better-sqlite3';
import type { Condition, RepairSettings, RepairTicket } from '../../../../shared/contract/repairs';
import { PURITIES } from '../../../../shared/domain/purity';
import type { DocumentType } from '../../../../shared/print/templates';
import type { RepairCollectionInput } from '../../../../shared/print/templates/repair-collection';
import type { RepairSlipInput } from '../../../../shared/print/templates/repair-slip';
import type { EventBus } from '../../events';
import { appendJournal } from '../../journal/append';
import { enqueuePrint, jobEvent, type PrintRequest } from '../../printing/queue';

// What the repair desk prints: the intake slip (claim stub and workshop tag) and the collection receipt.
// Queued after the step's commit: a printer that is off never holds up, nor undoes, the step.

export interface RepairPrintDeps {
  db: Database.Database;
  events: EventBus;
  terminalId: string;
  now: Date;
}

/** The checklist as it is printed on the stub and the tag. */
const CONDITION_LABELS: Record<Condition, string> = {
  scratches: '划痕',
  looseStones: '石松',
  missingStones: '缺石',
  brokenClasp: '扣头损坏',
  brokenChain: '链断',
  deformed: '变形',
  discoloured: '变色',
  worn: '磨损',
};

const clip = (text: string, length: number): string => [...text].slice(0, length).join('');

function queueDocument<T extends DocumentType>(deps: RepairPrintDeps, request: PrintRequest<T>): void {
  if (!deps.db.open) return;
  try {
    const job = deps.db.transaction(() => enqueuePrint(deps.db, request)).immediate();
    deps.events.emit(null, jobEvent(job));
  } catch (error) {
    // the ticket stands without its paper, as it does when the printer is out of paper; the journal says why
    appendJournal(deps.db, deps.terminalId, deps.now, {
      type: 'repair.printNotQueued',
      actorId: request.createdBy ?? null,
      payload: {
        documentType: request.documentType,
        reference: request.reference,
        error: error instanceof Error ? error.message.slice(0, 500) : String(error),
      },
    });
  }
}

const customerOf = (ticket: RepairTicket) => ({
  name: clip(ticket.customer.name, 20),
  phone: ticket.customer.phone,
});

const servicesOf = (ticket: RepairTicket) =>
  ticket.services.map((s) => ({ name: s.name, priceFen: s.priceFen, free: s.free }));

const depositOf = (ticket: RepairTicket): number =>
  ticket.payments.filter((p) => p.purpose === 'deposit').reduce((sum, p) => sum + p.amountFen, 0);

export function intakeSlipData(ticket: RepairTicket, settings: RepairSettings): RepairSlipInput {
  return {
    ticketNo: ticket.ticketNo,
    receivedAt: ticket.receivedAt,
    receivedBy: ticket.receivedBy,
    customer: customerOf(ticket),
    item: clip(ticket.description, 80),
    category: ticket.category,
    purity: ticket.purity && PURITIES[ticket.purity].zh,
    stoneCount: ticket.stoneCount,
    weightInMg: ticket.weightInMg,
    conditions: ticket.conditions.map((c) => CONDITION_LABELS[c]),
    notes: ticket.notes,
    services: servicesOf(ticket),
    extraWork: ticket.extraWork,
    quoteFen: ticket.quoteFen,
    depositFen: depositOf(ticket),
    warrantyReceiptNo: ticket.warranty?.receiptNo ?? null,
    promisedOn: ticket.promisedOn,
    terms: settings.terms,
  };
}

export function printIntakeSlip(deps: RepairPrintDeps, ticket: RepairTicket, settings: RepairSettings): void {
  queueDocument(deps, {
    documentType: 'repairSlip',
    reference: ticket.ticketNo,
    data: intakeSlipData(ticket, settings),
    now: deps.now,
    createdBy: ticket.steps[0]?.actor.id ?? null,
  });
}

export interface Collection {
  ticket: RepairTicket;
  staff: { id: number; name: string };
  changeFen: number;
  withoutStubApprovedBy: string | null;
}

export function collectionData({ ticket, staff, changeFen, withoutStubApprovedBy }: Collection) {
  const balance = ticket.payments.filter((p) => p.purpose === 'balance');
  return {
    ticketNo: ticket.ticketNo,
    collectedAt: ticket.closedAt as string,
    staff: staff.name,
    customer: customerOf(ticket),
    item: clip(ticket.description, 80),
    weightInMg: ticket.weightInMg,
    qcWeightMg: ticket.qc?.weightMg ?? ticket.weightInMg,
    weightOutMg: ticket.weightOutMg as number,
    services: servicesOf(ticket),
    totalFen: ticket.quoteFen ?? 0,
    depositFen: depositOf(ticket),
    // the customer handed over the cash and got the change back: the receipt shows both
    tenders: balance.map((p) => ({
      method: p.method as 'cash' | 'bankCard' | 'wechat' | 'alipay',
      amountFen: p.tenderedFen ?? p.amountFen,
    })),
    changeFen,
    withoutStub: withoutStubApprovedBy === null ? null : { approvedBy: withoutStubApprovedBy },
  } satisfies RepairCollectionInput;
}

export function printCollection(deps: RepairPrintDeps, collection: Collection): void {
  queueDocument(deps, {
    documentType: 'repairCollection',
    reference: collection.ticket.ticketNo,
    data: collectionData(collection),
    now: deps.now,
    createdBy: collection.staff.id,
  });
}
