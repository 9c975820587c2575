import { checkTransition, type RepairStatus } from '../../../../shared/domain/repair-status';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { insertStep, updateTicket, type TicketChanges, type TicketRow } from './repo';

export interface Step {
  /** Names the step in the ticket's history and the journal (`repair.<kind>`). */
  kind: string;
  /** The status it moves to; null for a step that records something without moving (a call). */
  to: RepairStatus | null;
  changes?: TicketChanges;
  note?: string | null;
  approverId?: number | null;
  /** Added to the journal row. */
  details?: Record<string, unknown>;
}

/**
 * Every change of a ticket goes through here: the status machine refuses an illegal move, and the step is
 * written to the ticket's history and to the journal in the same transaction.
 */
export function recordStep(
  ctx: HandlerContext,
  row: Pick<TicketRow, 'id' | 'ticket_no' | 'status'>,
  step: Step,
) {
  if (step.to !== null) {
    const check = checkTransition(row.status, step.to);
    if (!check.ok) {
      throw new DomainError('REPAIR_ILLEGAL_STEP', {
        ticketNo: row.ticket_no,
        from: row.status,
        to: step.to,
        allowed: check.allowed,
      });
    }
  }
  const changes = step.to === null ? (step.changes ?? {}) : { ...step.changes, status: step.to };
  if (Object.keys(changes).length > 0) updateTicket(ctx.db, row.id, changes, ctx.now);
  const note = step.note ? step.note : null;
  insertStep(
    ctx.db,
    row.id,
    {
      kind: step.kind,
      from: step.to === null ? null : row.status,
      to: step.to,
      actorId: actorOf(ctx).id,
      approverId: step.approverId ?? null,
      note,
    },
    ctx.now,
  );
  ctx.journal(`repair.${step.kind}`, {
    ticketNo: row.ticket_no,
    from: step.to === null ? null : row.status,
    to: step.to,
    note,
    ...step.details,
  });
}
