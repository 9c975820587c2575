import type { Payment } from '../../../../shared/contract/sales';
import type { Condition, RepairPayment, RepairTicket } from '../../../../shared/contract/repairs';
import type { Purity } from '../../../../shared/domain/purity';
import type { RepairStatus } from '../../../../shared/domain/repair-status';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

// Repair tickets as stored: the ticket row (its current state), its services, and the append-only steps,
// payments, calls and photos that record how it got there.

export interface TicketRow {
  id: number;
  ticket_no: string;
  status: RepairStatus;
  customer_id: number;
  customer_name: string;
  customer_phone: string;
  category: string;
  purity: Purity | null;
  description: string;
  stone_count: number;
  weight_in_mg: number;
  weight_in_source: 'scale' | 'typed';
  weight_in_reason: string | null;
  conditions: string;
  notes: string;
  declared_value_fen: number;
  receipt_no: string | null;
  sale_line_no: number | null;
  purchased_on: string | null;
  warranty_ends_on: string | null;
  extra_work: string;
  quote_fen: number | null;
  consent_at: string | null;
  consent_how: 'inPerson' | 'phone' | 'message' | null;
  consent_by_name: string | null;
  workshop_kind: 'bench' | 'outside' | null;
  workshop_place: string | null;
  qc_weight_mg: number | null;
  qc_stones: number | null;
  qc_beyond_tolerance: number | null;
  qc_note: string | null;
  qc_acknowledged_by_name: string | null;
  weight_out_mg: number | null;
  promised_on: string;
  received_at: string;
  received_by_name: string;
  ready_at: string | null;
  closed_at: string | null;
  paid_fen: number;
}

const SELECT_TICKET = `
  SELECT t.id, t.ticket_no, t.status, t.customer_id, t.category, t.purity, t.description, t.stone_count,
         t.weight_in_mg, t.weight_in_source, t.weight_in_reason, t.conditions, t.notes, t.declared_value_fen,
         t.sale_line_no, t.warranty_ends_on, t.extra_work, t.quote_fen, t.consent_at, t.consent_how,
         t.workshop_kind, t.workshop_place, t.qc_weight_mg, t.qc_stones, t.qc_beyond_tolerance, t.qc_note,
         t.weight_out_mg, t.promised_on, t.received_at, t.ready_at, t.closed_at, c.name AS customer_name, c.phone AS customer_phone, s.receipt_no, s.business_day AS purchased_on,
         consent.name AS consent_by_name, ack.name AS qc_acknowledged_by_name, rec.name AS received_by_name,
         (SELECT coalesce(sum(amount_fen), 0) FROM repair_payments p WHERE p.ticket_id = t.id) AS paid_fen
  FROM repair_tickets t
  JOIN customers c ON c.id = t.customer_id
  JOIN staff rec ON rec.id = t.received_by
  LEFT JOIN sales s ON s.id = t.sale_id
  LEFT JOIN staff consent ON consent.id = t.consent_by
  LEFT JOIN staff ack ON ack.id = t.qc_acknowledged_by`;

export function getTicketRow(db: ReadableDB, ticketNo: string): TicketRow {
  const row = query(db, `${SELECT_TICKET} WHERE t.ticket_no = ?`).get(ticketNo) as TicketRow | undefined;
  if (!row) throw new DomainError('REPAIR_NOT_FOUND', { ticketNo });
  return row;
}

/** What is still to pay: the quote less what has been paid, never below zero (a quote not yet made: 0). */
export const balanceOf = (row: Pick<TicketRow, 'quote_fen' | 'paid_fen'>): number =>
  Math.max(0, (row.quote_fen ?? 0) - row.paid_fen);

export interface NewTicket {
  ticketNo: string;
  terminalId: string;
  status: RepairStatus;
  customerId: number;
  category: string;
  purity: Purity | null;
  description: string;
  stoneCount: number;
  weightInMg: number;
  weightInSource: 'scale' | 'typed';
  weightInReason: string | null;
  conditions: readonly Condition[];
  notes: string;
  declaredValueFen: number;
  saleId: number | null;
  saleLineNo: number | null;
  warrantyEndsOn: string | null;
  extraWork: string;
  quoteFen: number | null;
  consent: { how: 'inPerson' | 'phone' | 'message' } | null;
  promisedOn: string;
}

export function insertTicket(db: WritableDB, ticket: NewTicket, by: { now: Date; actorId: number }) {
  const at = by.now.toISOString();
  return Number(
    statement(
      db,
      `INSERT INTO repair_tickets (ticket_no, terminal_id, status, customer_id, category, purity, description,
         stone_count, weight_in_mg, weight_in_source, weight_in_reason, conditions, notes, declared_value_fen,
         sale_id, sale_line_no, warranty_ends_on, extra_work, quote_fen, consent_at, consent_how, consent_by,
         promised_on, received_at, received_by, updated_at)
       VALUES (@ticketNo, @terminalId, @status, @customerId, @category, @purity, @description, @stoneCount,
         @weightInMg, @weightInSource, @weightInReason, @conditions, @notes, @declaredValueFen, @saleId,
         @saleLineNo, @warrantyEndsOn, @extraWork, @quoteFen, @consentAt, @consentHow, @consentBy,
         @promisedOn, @at, @actorId, @at)`,
    ).run({
      ...ticket,
      conditions: JSON.stringify(ticket.conditions),
      consentAt: ticket.consent ? at : null,
      consentHow: ticket.consent?.how ?? null,
      consentBy: ticket.consent ? by.actorId : null,
      at,
      actorId: by.actorId,
    }).lastInsertRowid,
  );
}

export interface ServiceLine {
  code: string;
  name: string;
  priceFen: number;
  turnaroundDays: number;
  free: boolean;
}

export function insertService(db: WritableDB, ticketId: number, lineNo: number, line: ServiceLine) {
  statement(
    db,
    `INSERT INTO repair_ticket_services (ticket_id, line_no, code, name, price_fen, turnaround_days, free)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(ticketId, lineNo, line.code, line.name, line.priceFen, line.turnaroundDays, line.free ? 1 : 0);
}

/** Columns a step may change on the ticket row besides its status. */
export type TicketChanges = Partial<{
  promised_on: string;
  quote_fen: number;
  consent_at: string;
  consent_how: string;
  consent_by: number;
  workshop_kind: string;
  workshop_place: string | null;
  qc_weight_mg: number;
  qc_stones: number;
  qc_beyond_tolerance: number;
  qc_note: string | null;
  qc_acknowledged_by: number | null;
  weight_out_mg: number;
  weight_out_source: string;
  ready_at: string;
  closed_at: string;
}>;

export function updateTicket(
  db: WritableDB,
  id: number,
  changes: TicketChanges & { status?: RepairStatus },
  now: Date,
): void {
  const columns = Object.keys(changes);
  statement(
    db,
    `UPDATE repair_tickets SET ${[...columns.map((c) => `${c} = @${c}`), 'updated_at = @updatedAt'].join(', ')}
     WHERE id = @id`,
  ).run({ ...changes, updatedAt: now.toISOString(), id });
}

export interface NewStep {
  kind: string;
  from: RepairStatus | null;
  to: RepairStatus | null;
  actorId: number;
  approverId: number | null;
  note: string | null;
}

export function insertStep(db: WritableDB, ticketId: number, step: NewStep, now: Date): void {
  statement(
    db,
    `INSERT INTO repair_steps (ticket_id, step_no, at, kind, from_status, to_status, actor_id, approver_id, note)
     VALUES (@ticketId, (SELECT coalesce(max(step_no), 0) + 1 FROM repair_steps WHERE ticket_id = @ticketId),
       @at, @kind, @from, @to, @actorId, @approverId, @note)`,
  ).run({ ticketId, at: now.toISOString(), ...step });
}

export function insertRepairPayment(
  db: WritableDB,
  ticketId: number,
  payment: Payment & { purpose: RepairPayment['purpose'] },
  context: { now: Date; actorId: number; shiftId: number | null },
): void {
  statement(
    db,
    `INSERT INTO repair_payments (ticket_id, payment_no, purpose, method, amount_fen, tendered_fen, reference,
       card_last4, at, actor_id, shift_id)
     VALUES (@ticketId, (SELECT coalesce(max(payment_no), 0) + 1 FROM repair_payments WHERE ticket_id = @ticketId),
       @purpose, @method, @amountFen, @tenderedFen, @reference, @cardLast4, @at, @actorId, @shiftId)`,
  ).run({
    ticketId,
    purpose: payment.purpose,
    method: payment.method,
    amountFen: payment.amountFen,
    tenderedFen: payment.tenderedFen,
    reference: payment.reference,
    cardLast4: payment.cardLast4,
    at: context.now.toISOString(),
    actorId: context.actorId,
    shiftId: context.shiftId,
  });
}

export function insertCall(
  db: WritableDB,
  ticketId: number,
  call: { outcome: string; note: string | null },
  by: { now: Date; actorId: number },
): void {
  statement(
    db,
    'INSERT INTO repair_calls (ticket_id, at, outcome, note, actor_id) VALUES (?, ?, ?, ?, ?)',
  ).run(ticketId, by.now.toISOString(), call.outcome, call.note, by.actorId);
}

export function insertPhoto(
  db: WritableDB,
  ticketId: number,
  photoNo: number,
  photo: { mime: string; source: string; data: Buffer },
  now: Date,
): void {
  statement(
    db,
    `INSERT INTO repair_photos (ticket_id, photo_no, mime, source, data, taken_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(ticketId, photoNo, photo.mime, photo.source, photo.data, now.toISOString());
}

export function getPhoto(db: ReadableDB, ticketId: number, photoNo: number) {
  const photo = query(db, 'SELECT mime, data FROM repair_photos WHERE ticket_id = ? AND photo_no = ?').get(
    ticketId,
    photoNo,
  ) as { mime: string; data: Buffer } | undefined;
  if (!photo) throw new DomainError('REPAIR_PHOTO_NOT_FOUND');
  return photo;
}

export function ticketCalls(db: ReadableDB, ticketId: number): RepairTicket['calls'] {
  return query(
    db,
    `SELECT c.at, c.outcome, c.note, s.name AS by FROM repair_calls c JOIN staff s ON s.id = c.actor_id
     WHERE c.ticket_id = ? ORDER BY c.id`,
  ).all(ticketId) as RepairTicket['calls'];
}

function ticketServices(db: ReadableDB, ticketId: number): RepairTicket['services'] {
  const rows = query(
    db,
    `SELECT line_no AS lineNo, code, name, price_fen AS priceFen, turnaround_days AS turnaroundDays, free
     FROM repair_ticket_services WHERE ticket_id = ? ORDER BY line_no`,
  ).all(ticketId) as (Omit<RepairTicket['services'][number], 'free'> & { free: number })[];
  return rows.map((row) => ({ ...row, free: row.free === 1 }));
}

function ticketSteps(db: ReadableDB, ticketId: number): RepairTicket['steps'] {
  const rows = query(
    db,
    `SELECT st.at, st.kind, st.from_status AS "from", st.to_status AS "to", st.note,
            st.actor_id AS actorId, a.name AS actorName, st.approver_id AS approverId, ap.name AS approverName
     FROM repair_steps st JOIN staff a ON a.id = st.actor_id LEFT JOIN staff ap ON ap.id = st.approver_id
     WHERE st.ticket_id = ? ORDER BY st.step_no`,
  ).all(ticketId) as (Omit<RepairTicket['steps'][number], 'actor' | 'approver'> & {
    actorId: number;
    actorName: string;
    approverId: number | null;
    approverName: string | null;
  })[];
  return rows.map(({ actorId, actorName, approverId, approverName, ...step }) => ({
    ...step,
    actor: { id: actorId, name: actorName },
    approver: approverId === null ? null : { id: approverId, name: approverName as string },
  }));
}

export function ticketPayments(db: ReadableDB, ticketId: number): RepairPayment[] {
  return query(
    db,
    `SELECT purpose, method, amount_fen AS amountFen, tendered_fen AS tenderedFen, reference,
            card_last4 AS cardLast4, NULL AS points, at, shift_id AS shiftId
     FROM repair_payments WHERE ticket_id = ? ORDER BY payment_no`,
  ).all(ticketId) as RepairPayment[];
}

function ticketPhotos(db: ReadableDB, ticketId: number): RepairTicket['photos'] {
  return query(
    db,
    'SELECT photo_no AS photoNo, mime, source FROM repair_photos WHERE ticket_id = ? ORDER BY photo_no',
  ).all(ticketId) as RepairTicket['photos'];
}

export function toTicket(db: ReadableDB, row: TicketRow): RepairTicket {
  return {
    ticketNo: row.ticket_no,
    status: row.status,
    customer: { id: row.customer_id, name: row.customer_name, phone: row.customer_phone },
    category: row.category,
    purity: row.purity,
    description: row.description,
    stoneCount: row.stone_count,
    weightInMg: row.weight_in_mg,
    weightInSource: row.weight_in_source,
    weightInReason: row.weight_in_reason,
    conditions: JSON.parse(row.conditions) as Condition[],
    notes: row.notes,
    declaredValueFen: row.declared_value_fen,
    warranty:
      row.receipt_no === null
        ? null
        : {
            receiptNo: row.receipt_no,
            lineNo: row.sale_line_no as number,
            purchasedOn: row.purchased_on as string,
            endsOn: row.warranty_ends_on as string,
          },
    services: ticketServices(db, row.id),
    extraWork: row.extra_work,
    quoteFen: row.quote_fen,
    consent:
      row.consent_at === null
        ? null
        : {
            at: row.consent_at,
            how: row.consent_how as NonNullable<TicketRow['consent_how']>,
            by: row.consent_by_name as string,
          },
    workshop: row.workshop_kind === null ? null : { kind: row.workshop_kind, place: row.workshop_place },
    qc:
      row.qc_weight_mg === null
        ? null
        : {
            weightMg: row.qc_weight_mg,
            stones: row.qc_stones as number,
            weightDiffMg: row.qc_weight_mg - row.weight_in_mg,
            beyondTolerance: row.qc_beyond_tolerance === 1,
            note: row.qc_note,
            acknowledgedBy: row.qc_acknowledged_by_name,
          },
    weightOutMg: row.weight_out_mg,
    promisedOn: row.promised_on,
    receivedAt: row.received_at,
    receivedBy: row.received_by_name,
    readyAt: row.ready_at,
    closedAt: row.closed_at,
    paidFen: row.paid_fen,
    balanceFen: balanceOf(row),
    payments: ticketPayments(db, row.id),
    steps: ticketSteps(db, row.id),
    calls: ticketCalls(db, row.id),
    photos: ticketPhotos(db, row.id),
  };
}

export const getTicket = (db: ReadableDB, ticketNo: string): RepairTicket =>
  toTicket(db, getTicketRow(db, ticketNo));

/** Open tickets (all, or one customer's), by promised date. */
export function openTicketRows(db: ReadableDB, customerId: number | null): TicketRow[] {
  return query(
    db,
    `${SELECT_TICKET}
     WHERE t.status NOT IN ('collected', 'cancelled', 'returnedUnrepaired')
       AND (@customerId IS NULL OR t.customer_id = @customerId)
     ORDER BY t.promised_on, t.id`,
  ).all({ customerId }) as TicketRow[];
}
