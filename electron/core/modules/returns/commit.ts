import { personOf } from './person';
import type { ChannelParsedInput } from '../../../../shared/contract';
import { CommittedReturn } from '../../../../shared/contract/returns';
import { businessDay } from '../../../../shared/domain/business-day';
import { roleHas } from '../../../../shared/domain/roles';
import { TENDER_LABELS } from '../../../../shared/print/tender-labels';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { addPoints } from '../customers';
import { readTerminalId } from '../settings';
import { requireOpenShift } from '../shifts';
import { printReturn } from './documents';
import { approvalDetails, planReturn, type ReturnPlan } from './plan';
import { earlierAnswer, nextReturnNumber, requestHash, type NewRefund } from './repo';
import { writeReturn } from './write';

type CommitInput = ChannelParsedInput<'returns.commit'>;

/** The card terminal's or wallet's refund reference for each such refund; cash, credit and points need none. */
function withReferences(refunds: readonly NewRefund[], input: CommitInput): NewRefund[] {
  return refunds.map((refund) => {
    if (refund.method !== 'bankCard' && refund.method !== 'wechat' && refund.method !== 'alipay')
      return refund;
    const given = input.references.find((r) => r.method === refund.method);
    if (!given) throw new DomainError('RETURN_REFERENCE_REQUIRED', { method: TENDER_LABELS[refund.method] });
    return { ...refund, reference: given.reference };
  });
}

/**
 * Outside the window or failing inspection, a manager approves with a reason (the manager's own return needs
 * no one else's PIN, but still the reason). Returns who approved, or null when nothing needed approving.
 */
function approve(ctx: HandlerContext, plan: ReturnPlan, reason: string | null) {
  if (plan.quote.approvalReasons.length === 0) return null;
  if (reason === null) throw new DomainError('RETURN_APPROVAL_REASON_REQUIRED', approvalDetails(plan));
  const approver = ctx.requireApproval({
    permission: 'returns.approve',
    covers: (staff) => roleHas(staff.role, 'returns.approve'),
    details: approvalDetails(plan),
  });
  return personOf(approver ?? actorOf(ctx));
}

/** The member's points: earned ones taken back, redeemed ones restored, what they cannot cover owed. */
function movePoints(ctx: HandlerContext, plan: ReturnPlan, returnId: number): void {
  const { sale, quote } = plan;
  if (sale.customerId === null) return;
  const base = { customerId: sale.customerId, saleId: sale.id, returnId };
  if (quote.pointsRestored > 0)
    addPoints(ctx.db, { ...base, points: quote.pointsRestored, reason: 'restored' }, ctx.now);
  const fromBalance = quote.pointsTaken - quote.pointsDebt;
  if (fromBalance > 0) addPoints(ctx.db, { ...base, points: -fromBalance, reason: 'returned' }, ctx.now);
  if (quote.pointsDebt > 0)
    addPoints(ctx.db, { ...base, points: -quote.pointsDebt, reason: 'debt' }, ctx.now);
}

/**
 * A return against a receipt, in the router's one IMMEDIATE transaction: plan it again from what is stored now
 * (so a line returned meanwhile is refused), approve, then write the return and its number, lines, refunds,
 * stock, points and credit movements and the journal row. The return receipt is queued once it has answered.
 */
export function commitReturn(ctx: HandlerContext, input: CommitInput): CommittedReturn {
  const { db, now } = ctx;
  const earlier = earlierAnswer(db, input, CommittedReturn);
  if (earlier) return earlier;
  const shift = requireOpenShift(ctx);
  const actor = actorOf(ctx);
  const day = businessDay(now, ctx.timeZone);
  const plan = planReturn(db, input, day);
  const refunds = withReferences(plan.refunds, input);
  if (plan.quote.pointsDebt > 0 && !input.acceptPointsDebt) {
    throw new DomainError('RETURN_POINTS_DEBT', { debt: plan.quote.pointsDebt });
  }
  const approver = approve(ctx, plan, input.approvalReason);

  const terminalId = readTerminalId(db) as string;
  const returnNo = nextReturnNumber(db, terminalId);
  const at = now.toISOString();
  const answer: CommittedReturn = {
    ...plan.quote,
    returnId: input.returnId,
    returnNo,
    committedAt: at,
    approver,
  };
  const { sale } = plan;
  const returnId = writeReturn(
    ctx,
    {
      clientId: input.returnId,
      requestHash: requestHash(input),
      returnNo,
      terminalId,
      businessDay: day,
      committedAt: at,
      shiftId: shift.id,
      cashierId: actor.id,
      approverId: approver?.id ?? null,
      approvalReason: approver ? input.approvalReason : null,
      saleId: sale.id,
      customerId: sale.customerId,
      refundFen: plan.quote.refundFen,
      pointsTaken: plan.quote.pointsTaken,
      pointsRestored: plan.quote.pointsRestored,
      pointsDebt: plan.quote.pointsDebt,
      note: input.note,
      answer: JSON.stringify(answer),
    },
    plan.lines,
    refunds,
  );
  movePoints(ctx, plan, returnId);
  ctx.journal('return.committed', {
    returnId: input.returnId,
    returnNo,
    receiptNo: sale.receiptNo,
    saleId: sale.clientId,
    shiftId: shift.id,
    customerId: sale.customerId,
    daysSinceSale: plan.quote.daysSinceSale,
    lines: plan.lines.map((line) => ({
      lineNo: line.lineNo,
      saleLineNo: line.saleLineNo,
      productId: line.productId,
      quantity: line.quantity,
      rule: line.rule,
      valueFen: line.valueFen,
      amountFen: line.amountFen,
      buyBackFenPerGram: line.buyBackFenPerGram,
      soldWeightMg: line.soldWeightMg,
      weightMg: line.weightMg,
      weightWithinTolerance: line.weightWithinTolerance,
      tagIntact: line.tagIntact,
      certificatePresent: line.certificatePresent,
      damage: line.damage,
      reason: line.reason,
      reasonText: line.reasonText,
      decision: line.decision,
    })),
    refunds: refunds.map(({ method, pool, amountFen, reference, points }) => ({
      method,
      pool,
      amountFen,
      reference,
      points,
    })),
    refundFen: plan.quote.refundFen,
    points: {
      taken: plan.quote.pointsTaken,
      restored: plan.quote.pointsRestored,
      debt: plan.quote.pointsDebt,
      balanceBefore: plan.customerPoints,
    },
    approvalReasons: plan.quote.approvalReasons,
    approvalReason: approver ? input.approvalReason : null,
    note: input.note,
  });
  const printed = {
    kind: 'return' as const,
    returnNo,
    committedAt: at,
    receiptNo: sale.receiptNo,
    cashier: actor,
    approver,
    lines: plan.lines,
    refunds,
    refundFen: plan.quote.refundFen,
    points:
      sale.customerId === null
        ? null
        : { taken: plan.quote.pointsTaken, restored: plan.quote.pointsRestored, debt: plan.quote.pointsDebt },
    seller: null,
  };
  ctx.afterCommit(() => printReturn({ db, events: ctx.events, terminalId, now }, printed));
  return answer;
}
