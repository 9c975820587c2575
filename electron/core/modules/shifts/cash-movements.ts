import type { ChannelOutput, ChannelParsedInput } from '../../../../shared/contract';
import { DomainError } from '../../errors';
import { enqueuePrint, jobEvent, routeFor } from '../../printing';
import { actorOf, type HandlerContext } from '../../router/context';
import { readTerminalId } from '../settings';
import { findOpenShift, insertShiftEvent, type ShiftRow } from './repo';
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

/**
 * 开钱箱 without a sale: the drawer opens only through its printer (without one there is nothing to open or
 * to journal), and the opening is counted in the open shift, if any, with who and why.
 */
export function openDrawerNoSale(
  input: ChannelParsedInput<'drawer.noSale'>,
  ctx: HandlerContext,
): ChannelOutput<'drawer.noSale'> {
  const actor = actorOf(ctx);
  const route = routeFor(ctx.db, 'noSale');
  if (!route) throw new DomainError('NO_PRINTER', { documentType: 'noSale' });
  const seq = ctx.journal('drawer.noSale', { reason: input.reason, printerId: route.printerId });
  const terminalId = readTerminalId(ctx.db);
  const shift = terminalId === null ? undefined : findOpenShift(ctx.db, terminalId);
  if (shift) {
    insertShiftEvent(ctx.db, {
      shiftId: shift.id,
      kind: 'noSale',
      amountFen: 0,
      reason: input.reason,
      note: null,
      countId: null,
      toStaffId: null,
      at: ctx.now.toISOString(),
      actorId: actor.id,
      approverId: ctx.approver?.id ?? null,
    });
  }
  const job = enqueuePrint(ctx.db, {
    documentType: 'noSale',
    reference: `NOSALE-${seq}`,
    data: {
      openedAt: ctx.now.toISOString(),
      terminalId: terminalId ?? '-',
      staff: actor.name,
      approver: ctx.approver?.name ?? null,
      reason: input.reason,
    },
    now: ctx.now,
    createdBy: actor.id,
  });
  ctx.events.emit(null, jobEvent(job));
  return job;
}
