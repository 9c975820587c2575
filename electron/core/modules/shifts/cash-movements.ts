import type { ChannelOutput, ChannelParsedInput } from '../../../../shared/contract';
import { enqueuePrint, jobEvent } from '../../printing/queue';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { insertShiftEvent, type ShiftRow } from './repo';
import { readShiftSettings } from './settings';

/** 收款 / 付款: cash put in or taken out of the drawer for one of the store's reasons, with a slip. */
export function recordCashMovement(
  ctx: HandlerContext,
  shift: ShiftRow,
  input: ChannelParsedInput<'shifts.cashMovement'>,
): ChannelOutput<'shifts.cashMovement'> {
  const settings = readShiftSettings(ctx.db);
  const reasons = input.kind === 'paidIn' ? settings.paidInReasons : settings.paidOutReasons;
  if (!reasons.includes(input.reason))
    throw new DomainError('SHIFT_REASON_UNKNOWN', { reason: input.reason });
  const actor = actorOf(ctx);
  const at = ctx.now.toISOString();
  const approverId = ctx.approver?.id ?? null;
  const eventId = insertShiftEvent(ctx.db, {
    shiftId: shift.id,
    kind: input.kind,
    amountFen: input.amountFen,
    reason: input.reason,
    note: input.note,
    countId: null,
    toStaffId: null,
    at,
    actorId: actor.id,
    approverId,
  });
  ctx.journal(`shift.${input.kind}`, {
    shiftId: shift.id,
    eventId,
    amountFen: input.amountFen,
    reason: input.reason,
    note: input.note,
  });
  const job = enqueuePrint(ctx.db, {
    documentType: 'cashSlip',
    reference: `${input.kind === 'paidIn' ? 'PI' : 'PO'}-${eventId}`,
    data: {
      kind: input.kind,
      eventId,
      at,
      terminalId: shift.terminalId,
      shiftId: shift.id,
      staff: actor.name,
      approver: ctx.approver?.name ?? null,
      amountFen: input.amountFen,
      reason: input.reason,
      note: input.note,
    },
    now: ctx.now,
    createdBy: actor.id,
  });
  ctx.afterCommit(() => ctx.events.emit(null, jobEvent(job)));
  return { eventId, slipJobId: job.id };
}

/** A no-sale drawer opening, counted in the open shift (if any) with who and why. */
export function recordNoSale(ctx: HandlerContext, shift: ShiftRow | undefined, reason: string): void {
  if (!shift) return;
  insertShiftEvent(ctx.db, {
    shiftId: shift.id,
    kind: 'noSale',
    amountFen: 0,
    reason,
    note: null,
    countId: null,
    toStaffId: null,
    at: ctx.now.toISOString(),
    actorId: actorOf(ctx).id,
    approverId: ctx.approver?.id ?? null,
  });
}
