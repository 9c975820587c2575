import type { ChannelParsedInput } from '../../../../shared/contract';
import type { RepairTicket } from '../../../../shared/contract/repairs';
import { formatWeightChange, formatYuan } from '../../../../shared/domain/money';
import { assessQc, beyondTolerance, toleranceFor } from '../../../../shared/domain/repair-qc';
import { OPEN_STATUSES } from '../../../../shared/domain/repair-status';
import { roleHas } from '../../../../shared/domain/roles';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { readTerminalId } from '../settings';
import { printCollection } from './documents';
import { refundRepairPayments, takeRepairPayment } from './payments';
import { balanceOf, getTicket, getTicketRow, insertCall, ticketPayments } from './repo';
import { readRepairSettings } from './settings';
import { recordStep } from './steps';

// The ticket's steps after intake: quote, consent, workshop, quality check, calls, collection, or closing
// it unrepaired. Each is one write channel, so each runs in one transaction with its journal row.

export function quote(ctx: HandlerContext, input: ChannelParsedInput<'repairs.quote'>): RepairTicket {
  const row = getTicketRow(ctx.db, input.ticketNo);
  // the deposit already taken is part of the price: a quote below it would owe the customer money
  if (input.quoteFen < row.paid_fen) {
    throw new DomainError('REPAIR_DEPOSIT_EXCEEDS_QUOTE', {
      deposit: formatYuan(row.paid_fen),
      quote: formatYuan(input.quoteFen),
    });
  }
  // a quote may be revised while the customer has not agreed yet
  const revised = row.status === 'awaitingApproval';
  recordStep(ctx, row, {
    kind: revised ? 'requoted' : 'quoted',
    to: revised ? null : 'awaitingApproval',
    changes: { quote_fen: input.quoteFen },
    details: { quoteFen: input.quoteFen },
  });
  return getTicket(ctx.db, input.ticketNo);
}

export function reschedule(
  ctx: HandlerContext,
  input: ChannelParsedInput<'repairs.reschedule'>,
  today: string,
): RepairTicket {
  const row = getTicketRow(ctx.db, input.ticketNo);
  if (!OPEN_STATUSES.includes(row.status)) {
    throw new DomainError('REPAIR_CLOSED', { ticketNo: row.ticket_no, status: row.status });
  }
  if (input.promisedOn < today) throw new DomainError('REPAIR_PROMISED_IN_PAST', { today });
  recordStep(ctx, row, {
    kind: 'rescheduled',
    to: null,
    changes: { promised_on: input.promisedOn },
    note: input.reason,
    details: { previousPromisedOn: row.promised_on, promisedOn: input.promisedOn },
  });
  return getTicket(ctx.db, input.ticketNo);
}

export function advance(ctx: HandlerContext, input: ChannelParsedInput<'repairs.advance'>): RepairTicket {
  const { db, now } = ctx;
  const row = getTicketRow(db, input.ticketNo);
  const { step } = input;
  switch (step.to) {
    case 'approved':
      if (row.quote_fen === null) throw new DomainError('REPAIR_NOT_QUOTED', { ticketNo: row.ticket_no });
      recordStep(ctx, row, {
        kind: 'approved',
        to: 'approved',
        changes: { consent_at: now.toISOString(), consent_how: step.how, consent_by: actorOf(ctx).id },
        details: { how: step.how, quoteFen: row.quote_fen },
      });
      break;
    case 'inWorkshop': {
      const place = step.workshop.kind === 'outside' ? step.workshop.place : null;
      recordStep(ctx, row, {
        kind: 'toWorkshop',
        to: 'inWorkshop',
        changes: { workshop_kind: step.workshop.kind, workshop_place: place },
        note: place,
        details: { workshop: step.workshop.kind },
      });
      break;
    }
    case 'qualityCheck':
      recordStep(ctx, row, { kind: 'toQualityCheck', to: 'qualityCheck' });
      break;
    case 'cancelled':
    case 'returnedUnrepaired': {
      // check the move before giving money back: a closed ticket refunds nothing
      recordStep(ctx, row, {
        kind: step.to,
        to: step.to,
        changes: { closed_at: now.toISOString() },
        note: step.reason,
      });
      const refunds = refundRepairPayments(ctx, row.id, ticketPayments(db, row.id));
      if (refunds.length > 0) {
        recordStep(
          ctx,
          { ...row, status: step.to },
          {
            kind: 'depositRefunded',
            to: null,
            details: { payments: refunds.map((p) => ({ method: p.method, amountFen: p.amountFen })) },
          },
        );
      }
      break;
    }
  }
  return getTicket(db, input.ticketNo);
}

/**
 * The quality check. A weight change beyond the tolerance or a changed stone count needs a note and a
 * manager's acknowledgement before the item is ready; a failed check sends it back to the workshop.
 */
export function qualityCheck(ctx: HandlerContext, input: ChannelParsedInput<'repairs.qc'>): RepairTicket {
  const { db, now } = ctx;
  const row = getTicketRow(db, input.ticketNo);
  const finding = assessQc(
    {
      purity: row.purity,
      weightInMg: row.weight_in_mg,
      stonesIn: row.stone_count,
      weightAfterMg: input.weightMg,
      stonesAfter: input.stones,
    },
    readRepairSettings(db).qcTolerances,
  );
  const details = {
    weightMg: input.weightMg,
    stones: input.stones,
    weightDiffMg: finding.weightDiffMg,
    beyondTolerance: finding.weightBeyondTolerance,
    stonesChanged: finding.stonesChanged,
  };
  const measured = {
    qc_weight_mg: input.weightMg,
    qc_stones: input.stones,
    qc_beyond_tolerance: finding.needsAcknowledgement ? 1 : 0,
    qc_note: input.note || null,
  };
  if (!input.passed) {
    recordStep(ctx, row, {
      kind: 'qcFailed',
      to: 'inWorkshop',
      changes: { ...measured, qc_acknowledged_by: null },
      note: input.note,
      details,
    });
    return getTicket(db, input.ticketNo);
  }
  let approverId: number | null = null;
  if (finding.needsAcknowledgement) {
    if (!input.note) {
      throw new DomainError('REPAIR_QC_NOTE_REQUIRED', { diff: formatWeightChange(finding.weightDiffMg) });
    }
    const approver = ctx.requireApproval({
      permission: 'repairs.qcAcknowledge',
      covers: (staff) => roleHas(staff.role, 'repairs.qcAcknowledge'),
      details,
    });
    approverId = approver?.id ?? actorOf(ctx).id;
  }
  recordStep(ctx, row, {
    kind: 'qcPassed',
    to: 'readyToCollect',
    changes: { ...measured, qc_acknowledged_by: approverId, ready_at: now.toISOString() },
    note: input.note,
    approverId: approverId === actorOf(ctx).id ? null : approverId,
    details,
  });
  return getTicket(db, input.ticketNo);
}

export function logCall(ctx: HandlerContext, input: ChannelParsedInput<'repairs.logCall'>): RepairTicket {
  const row = getTicketRow(ctx.db, input.ticketNo);
  if (row.status !== 'readyToCollect') {
    throw new DomainError('REPAIR_ILLEGAL_STEP', {
      ticketNo: row.ticket_no,
      from: row.status,
      to: 'readyToCollect',
    });
  }
  insertCall(
    ctx.db,
    row.id,
    { outcome: input.outcome, note: input.note || null },
    { now: ctx.now, actorId: actorOf(ctx).id },
  );
  recordStep(ctx, row, { kind: 'called', to: null, note: input.note, details: { outcome: input.outcome } });
  return getTicket(ctx.db, input.ticketNo);
}

/**
 * The weight out against the QC weight, by the QC's tolerance: beyond it, the desk notes why and a manager
 * approves (the customer takes an item lighter or heavier than it was checked). Null when within.
 */
function weightOutCheck(
  ctx: HandlerContext,
  row: ReturnType<typeof getTicketRow>,
  input: ChannelParsedInput<'repairs.collect'>,
): { diffMg: number; approvedBy: string } | null {
  const qcWeightMg = row.qc_weight_mg ?? row.weight_in_mg;
  const diffMg = input.weightOut.weightMg - qcWeightMg;
  const tolerance = toleranceFor(row.purity, readRepairSettings(ctx.db).qcTolerances);
  if (!beyondTolerance(diffMg, tolerance)) return null;
  if (!input.weightNote) {
    throw new DomainError('REPAIR_WEIGHT_OUT_NOTE_REQUIRED', { diff: formatWeightChange(diffMg) });
  }
  const approver = ctx.requireApproval({
    permission: 'repairs.qcAcknowledge',
    covers: (staff) => roleHas(staff.role, 'repairs.qcAcknowledge'),
    details: {
      ticketNo: row.ticket_no,
      weightOutMg: input.weightOut.weightMg,
      qcWeightMg,
      weightDiffMg: diffMg,
    },
  });
  return { diffMg, approvedBy: (approver ?? actorOf(ctx)).name };
}

/**
 * Pick-up: the weight out against the QC weight, the balance through the sale's tenders, the ticket
 * closed. Without the claim stub, the customer's identity document is checked and a manager approves.
 */
export function collect(ctx: HandlerContext, input: ChannelParsedInput<'repairs.collect'>): RepairTicket {
  const { db, now } = ctx;
  const row = getTicketRow(db, input.ticketNo);
  if (row.status !== 'readyToCollect') {
    throw new DomainError('REPAIR_ILLEGAL_STEP', {
      ticketNo: row.ticket_no,
      from: row.status,
      to: 'collected',
    });
  }
  const approver =
    input.stub.kind === 'lost'
      ? ctx.requireApproval({
          permission: 'repairs.releaseWithoutStub',
          covers: (staff) => roleHas(staff.role, 'repairs.releaseWithoutStub'),
          details: { ticketNo: row.ticket_no, document: input.stub.document },
        })
      : null;
  const weightCheck = weightOutCheck(ctx, row, input);
  const dueFen = balanceOf(row);
  if (dueFen === 0 && input.tenders.length > 0) throw new DomainError('REPAIR_NO_PAYMENT_DUE');
  const taken =
    dueFen > 0
      ? takeRepairPayment(
          ctx,
          { id: row.id, customerId: row.customer_id },
          {
            dueFen,
            tenders: input.tenders,
            purpose: 'balance',
          },
        )
      : { payments: [], changeFen: 0 };
  recordStep(ctx, row, {
    kind: 'collected',
    to: 'collected',
    changes: {
      weight_out_mg: input.weightOut.weightMg,
      weight_out_source: input.weightOut.source,
      closed_at: now.toISOString(),
    },
    approverId: ctx.approver?.id ?? null,
    note: [
      ...(input.stub.kind === 'lost' ? [input.stub.document, input.stub.note] : []),
      weightCheck ? input.weightNote : '',
    ]
      .filter(Boolean)
      .join(' '),
    details: {
      weightOutMg: input.weightOut.weightMg,
      weightSource: input.weightOut.source,
      qcWeightMg: row.qc_weight_mg,
      weightOutDiffMg: input.weightOut.weightMg - (row.qc_weight_mg ?? row.weight_in_mg),
      weightOutBeyondTolerance: weightCheck !== null,
      balanceFen: dueFen,
      changeFen: taken.changeFen,
      payments: taken.payments.map((p) => ({ method: p.method, amountFen: p.amountFen })),
      stub: input.stub.kind,
    },
  });
  const ticket = getTicket(db, input.ticketNo);
  const actor = actorOf(ctx);
  const deps = { db, events: ctx.events, terminalId: readTerminalId(db) as string, now };
  const collection = {
    ticket,
    staff: { id: actor.id, name: actor.name },
    changeFen: taken.changeFen,
    withoutStubApprovedBy: input.stub.kind === 'lost' ? (approver ?? actor).name : null,
    weightCheck: weightCheck && { ...weightCheck, note: input.weightNote },
  };
  ctx.afterCommit(() => printCollection(deps, collection));
  return ticket;
}
