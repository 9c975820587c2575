import type { Condition, RepairSettings, RepairTicket } from '../../../../shared/contract/repairs';
import { PURITIES } from '../../../../shared/domain/purity';
import type { DocumentType } from '../../../../shared/print/templates';
import type { RepairCollectionInput } from '../../../../shared/print/templates/repair-collection';
import type { RepairSlipInput } from '../../../../shared/print/templates/repair-slip';
import type { PrintJob } from '../../../../shared/contract/printing';
import { jobEvent, type PrintRequest, queueDocument, type PrintDeps } from '../../printing';

// What the repair desk prints: the intake slip (claim stub and workshop tag) and the collection receipt.
// Queued after the step's commit: a printer that is off never holds up, nor undoes, the step.

export type RepairPrintDeps = PrintDeps;

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

/** One document, queued in a transaction of its own once the step has committed. */
function queueRepairDocument<T extends DocumentType>(deps: RepairPrintDeps, request: PrintRequest<T>): void {
  if (!deps.db.open) return;
  const jobs: PrintJob[] = [];
  deps.db.transaction(() => queueDocument(deps, request, jobs, 'repair.printNotQueued')).immediate();
  for (const job of jobs) deps.events.emit(null, jobEvent(job));
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
    balanceFen: ticket.quoteFen === null ? null : ticket.balanceFen,
    declaredValueFen: ticket.declaredValueFen,
    warrantyReceiptNo: ticket.warranty?.receiptNo ?? null,
    promisedOn: ticket.promisedOn,
    terms: settings.terms,
  };
}

export function printIntakeSlip(deps: RepairPrintDeps, ticket: RepairTicket, settings: RepairSettings): void {
  queueRepairDocument(deps, {
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
  /** A weight out beyond the QC tolerance: by how much, why, and who approved it. */
  weightCheck: { diffMg: number; note: string; approvedBy: string } | null;
}

export function collectionData({ ticket, staff, changeFen, withoutStubApprovedBy, weightCheck }: Collection) {
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
    weightOutCheck: weightCheck,
  } satisfies RepairCollectionInput;
}

export function printCollection(deps: RepairPrintDeps, collection: Collection): void {
  queueRepairDocument(deps, {
    documentType: 'repairCollection',
    reference: collection.ticket.ticketNo,
    data: collectionData(collection),
    now: deps.now,
    createdBy: collection.staff.id,
  });
}
