import type { ChannelParsedInput } from '../../../../shared/contract';
import type { CountResult, DenominationCount, TenderCount } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { countedCashFen, expectedAmounts } from '../../../../shared/domain/shift';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { insertCount, insertCountTenders, insertShiftEvent, type NewCount, type ShiftRow } from './repo';
import { assertDenominations, readShiftSettings } from './settings';
import { shiftTenderEvents } from './sources';

/** What the shift should hold now, per tender, from every source of events. */
export const expectedNow = (ctx: Pick<HandlerContext, 'db'>, shiftId: number) =>
  expectedAmounts(shiftTenderEvents(ctx.db, shiftId));

/** Expected against counted per tender, judged against the store's threshold. */
export function countResult(
  ctx: Pick<HandlerContext, 'db'>,
  countId: number,
  tenders: readonly Omit<TenderCount, 'overShortFen'>[],
): CountResult {
  const thresholdFen = readShiftSettings(ctx.db).overShortThresholdFen;
  const judged = tenders.map((t) => ({ ...t, overShortFen: t.countedFen - t.expectedFen }));
  return {
    countId,
    tenders: judged,
    beyondThreshold: judged.some((t) => Math.abs(t.overShortFen) > thresholdFen),
    thresholdFen,
  };
}

/**
 * Records a count of the drawer by denomination with the cash expected at that moment, and answers with
 * both: the count is on record before the cashier sees what was expected.
 */
function recordCashCount(
  ctx: HandlerContext,
  shift: ShiftRow,
  kind: NewCount['kind'],
  counts: readonly DenominationCount[],
  note: string | null,
): { countId: number; cashFen: number; expectedCashFen: number } {
  assertDenominations(ctx.db, counts);
  const cashFen = countedCashFen(counts);
  const expectedCashFen = expectedNow(ctx, shift.id).cash.expectedFen;
  const countId = insertCount(ctx.db, {
    shiftId: shift.id,
    kind,
    at: ctx.now.toISOString(),
    countedBy: actorOf(ctx).id,
    counts,
    cashFen,
    expectedCashFen,
    note,
  });
  return { countId, cashFen, expectedCashFen };
}

/** 中途点钞 with an optional safe drop: the drop leaves the drawer after the count's difference is taken. */
export function midDayCount(
  ctx: HandlerContext,
  shift: ShiftRow,
  input: ChannelParsedInput<'shifts.midDayCount'>,
): CountResult {
  const count = recordCashCount(ctx, shift, 'midday', input.counts, input.note);
  if (input.safeDropFen > count.cashFen) {
    throw new DomainError('SHIFT_SAFE_DROP_EXCEEDS_CASH', {
      safeDrop: formatYuan(input.safeDropFen),
      counted: formatYuan(count.cashFen),
    });
  }
  if (input.safeDropFen > 0) {
    insertShiftEvent(ctx.db, {
      shiftId: shift.id,
      kind: 'safeDrop',
      amountFen: input.safeDropFen,
      reason: null,
      note: input.note,
      countId: count.countId,
      toStaffId: null,
      at: ctx.now.toISOString(),
      actorId: actorOf(ctx).id,
      approverId: ctx.approver?.id ?? null,
    });
  }
  const result = countResult(ctx, count.countId, [
    { method: 'cash', expectedFen: count.expectedCashFen, countedFen: count.cashFen },
  ]);
  ctx.journal('shift.counted', {
    shiftId: shift.id,
    countId: count.countId,
    kind: 'midday',
    countedFen: count.cashFen,
    expectedFen: count.expectedCashFen,
    safeDropFen: input.safeDropFen,
  });
  return result;
}

/** 交接班: counted by the outgoing cashier, confirmed by the incoming one's PIN (checked by the caller). */
export function handover(
  ctx: HandlerContext,
  shift: ShiftRow,
  input: { counts: readonly DenominationCount[]; toStaffId: number; note: string | null },
): CountResult {
  const count = recordCashCount(ctx, shift, 'handover', input.counts, input.note);
  insertShiftEvent(ctx.db, {
    shiftId: shift.id,
    kind: 'handover',
    amountFen: 0,
    reason: null,
    note: input.note,
    countId: count.countId,
    toStaffId: input.toStaffId,
    at: ctx.now.toISOString(),
    actorId: actorOf(ctx).id,
    approverId: null,
  });
  ctx.journal('shift.handedOver', {
    shiftId: shift.id,
    countId: count.countId,
    toStaffId: input.toStaffId,
    countedFen: count.cashFen,
    expectedFen: count.expectedCashFen,
  });
  return countResult(ctx, count.countId, [
    { method: 'cash', expectedFen: count.expectedCashFen, countedFen: count.cashFen },
  ]);
}

/** 结班盲点: cash by denomination and the settlement totals, recorded with what was expected of each. */
export function closeCount(
  ctx: HandlerContext,
  shift: ShiftRow,
  input: ChannelParsedInput<'shifts.closeCount'>,
): CountResult {
  const count = recordCashCount(ctx, shift, 'close', input.counts, null);
  const expected = expectedNow(ctx, shift.id);
  const expectedOf = (method: 'bankCard' | 'wechat' | 'alipay'): number =>
    expected.tenders.find((t) => t.method === method)?.expectedFen ?? 0;
  const tenders = [
    { method: 'cash' as const, expectedFen: count.expectedCashFen, countedFen: count.cashFen },
    ...(['bankCard', 'wechat', 'alipay'] as const).map((method) => ({
      method,
      expectedFen: expectedOf(method),
      countedFen: input.settled[method],
    })),
  ];
  insertCountTenders(ctx.db, count.countId, tenders);
  const result = countResult(ctx, count.countId, tenders);
  ctx.journal('shift.counted', {
    shiftId: shift.id,
    countId: count.countId,
    kind: 'close',
    tenders: result.tenders,
  });
  return result;
}
