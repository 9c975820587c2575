import type { ChannelOutput, ChannelParsedInput } from '../../../../shared/contract';
import { formatYuan } from '../../../../shared/domain/money';
import type { StaffRef } from '../../../../shared/contract/staff';
import { roleHas } from '../../../../shared/domain/roles';
import { zNumber } from '../../../../shared/print/templates/shift-report';
import { enqueuePrint, jobEvent } from '../../printing';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { closeDay } from '../journal';
import { countResult, expectedNow } from './counts';
import { getShift, lastCloseCount, markClosed, type ShiftRow } from './repo';
import { reportPreview, shiftReport } from './report';
import { query, statement } from '../../db/statements';

/**
 * Closes the shift on its last close count. The count was recorded blind; its expected figures must still
 * be the shift's (money moved since means a recount). An over/short beyond the threshold needs a reason and
 * a manager's approval; nothing forces counted to equal expected. The Z report gets the next number, is kept
 * as the record and queued for printing in the same transaction, and the shift is locked. The journal's head
 * is signed (a closure) with the perpetual totals, and the Z report prints it.
 */
export function closeShift(
  ctx: HandlerContext,
  shift: ShiftRow,
  input: ChannelParsedInput<'shifts.close'>,
): ChannelOutput<'shifts.close'> {
  const { db, now } = ctx;
  const actor = actorOf(ctx);
  const count = lastCloseCount(db, shift.id);
  if (!count) throw new DomainError('SHIFT_NOT_COUNTED');
  const expected = expectedNow(ctx, shift.id);
  const cash = count.tenders.find((t) => t.method === 'cash') as { expectedFen: number; countedFen: number };
  const stale = count.tenders.some(
    (t) =>
      t.expectedFen !==
      (t.method === 'cash'
        ? expected.cash.expectedFen
        : expected.tenders.find((e) => e.method === t.method)?.expectedFen),
  );
  if (stale) throw new DomainError('SHIFT_COUNT_STALE');
  const result = countResult(ctx, count.id, count.tenders);
  const worst = result.tenders.reduce((a, b) =>
    Math.abs(b.overShortFen) > Math.abs(a.overShortFen) ? b : a,
  );
  let approver: StaffRef | null = null;
  if (result.beyondThreshold) {
    const details = { overShort: formatYuan(worst.overShortFen), threshold: formatYuan(result.thresholdFen) };
    if (input.reason === null) throw new DomainError('SHIFT_OVER_SHORT_REASON_REQUIRED', details);
    approver = ctx.requireApproval({
      permission: 'shifts.approveOverShort',
      covers: (staff) => roleHas(staff.role, 'shifts.approveOverShort'),
      details: { ...details, overShortFen: worst.overShortFen },
    });
  }
  if (input.leftInFen > cash.countedFen) {
    throw new DomainError('SHIFT_LEFT_IN_EXCEEDS_CASH', {
      leftIn: formatYuan(input.leftInFen),
      counted: formatYuan(cash.countedFen),
    });
  }
  const close = {
    zNo: query(db, 'SELECT coalesce(max(z_no), 0) + 1 FROM z_reports').pluck().get() as number,
    reason: input.reason,
    approver: approver?.name ?? null,
    leftInFen: input.leftInFen,
    depositFen: cash.countedFen - input.leftInFen,
  };
  const at = now.toISOString();
  markClosed(db, shift.id, {
    closedAt: at,
    closedBy: actor.id,
    approverId: approver?.id ?? null,
    reason: input.reason,
    leftInFen: close.leftInFen,
    depositFen: close.depositFen,
  });
  const vouched = shiftReport(db, shift.id, at, close);
  // signed before the shift's own row: the Z prints the head it vouches for, and the next closure covers the rest
  const closure = closeDay(ctx, {
    businessDay: shift.businessDay,
    zNo: close.zNo,
    head: { seq: vouched.journal.lastSeq, hash: vouched.journal.lastHash },
  });
  const report = {
    ...vouched,
    closure: {
      closureNo: closure.closureNo,
      headSeq: closure.headSeq,
      headHash: closure.headHash,
      keyId: closure.keyId,
    },
  };
  statement(db, 'INSERT INTO z_reports (z_no, shift_id, created_at, report) VALUES (?, ?, ?, ?)').run(
    close.zNo,
    shift.id,
    at,
    JSON.stringify(report),
  );
  ctx.journal('shift.closed', {
    shiftId: shift.id,
    zNo: close.zNo,
    tenders: result.tenders,
    reason: input.reason,
    leftInFen: close.leftInFen,
    depositFen: close.depositFen,
    journalLastSeq: report.journal.lastSeq,
  });
  const job = enqueuePrint(db, {
    documentType: 'zReport',
    reference: zNumber(close.zNo),
    data: report,
    now,
    createdBy: actor.id,
  });
  ctx.afterCommit(() => ctx.events.emit(null, jobEvent(job)));
  return { shift: getShift(db, shift.id), report, preview: reportPreview(db, report), zJobId: job.id };
}
