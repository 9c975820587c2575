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
import type { StaffRow } from '../staff';
import { requireOpenShift } from '../shifts';
import { printReturn } from './documents';
import { approvalDetails, planReturn, type ReturnPlan } from './plan';
import { earlierAnswer, nextReturnNumber, requestHash, type NewRefund, type NewReturnLine } from './repo';
import { writeReturn } from './write';

type CommitInput = ChannelParsedInput<'returns.commit'>;

/** The card terminal's or wallet's refund reference for each such refund; cash, credit and points need none. */
export function withReferences(
  refunds: readonly NewRefund[],
  input: Pick<CommitInput, 'references'>,
): NewRefund[] {
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
export function approve(ctx: HandlerContext, plan: ReturnPlan, reason: string | null) {
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
export function movePoints(ctx: HandlerContext, plan: ReturnPlan, returnId: number): void {
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

/** A return's lines as its journal row carries them: enough to rebuild the record. */
export const journalLines = (lines: readonly NewReturnLine[]) =>
  lines.map((line) => ({
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
  }));

export const journalRefunds = (refunds: readonly NewRefund[]) =>
  refunds.map(({ method, pool, amountFen, reference, points, applied }) => ({
    method,
    pool,
    amountFen,
    reference,
    points,
    applied: applied ?? false,
  }));

/** What a return against a receipt has settled, for its rows, journal and paper. */
interface Written {
  returnNo: string;
  terminalId: string;
  day: string;
  at: string;
  shiftId: number;
  approver: { id: number; name: string } | null;
  refunds: readonly NewRefund[];
}

type Said = Pick<CommitInput, 'returnId' | 'approvalReason' | 'note'>;

/**
 * Writes a return against a receipt, alone or as half of an exchange (naming the exchange's new sale): the
 * return, its lines, stock, refunds and points. Returns its row id.
 */
export function writeAgainstReceipt(
  ctx: HandlerContext,
  plan: ReturnPlan,
  input: Said & Record<string, unknown>,
  written: Written & { answer: unknown; exchangeSaleId?: number },
): number {
  const returnId = writeReturn(
    ctx,
    {
      clientId: input.returnId,
      requestHash: requestHash(input),
      returnNo: written.returnNo,
      terminalId: written.terminalId,
      businessDay: written.day,
      committedAt: written.at,
      shiftId: written.shiftId,
      cashierId: actorOf(ctx).id,
      approverId: written.approver?.id ?? null,
      approvalReason: written.approver ? input.approvalReason : null,
      saleId: plan.sale.id,
      customerId: plan.sale.customerId,
      refundFen: plan.quote.refundFen,
      pointsTaken: plan.quote.pointsTaken,
      pointsRestored: plan.quote.pointsRestored,
      pointsDebt: plan.quote.pointsDebt,
      note: input.note,
      answer: JSON.stringify(written.answer),
      exchangeSaleId: written.exchangeSaleId,
    },
    plan.lines,
    written.refunds,
  );
  movePoints(ctx, plan, returnId);
  return returnId;
}

/** The journal row's payload of a return against a receipt: enough to rebuild it. */
export function journalOf(plan: ReturnPlan, input: Said, written: Written) {
  const { sale, quote } = plan;
  return {
    returnId: input.returnId,
    returnNo: written.returnNo,
    receiptNo: sale.receiptNo,
    saleId: sale.clientId,
    shiftId: written.shiftId,
    customerId: sale.customerId,
    daysSinceSale: quote.daysSinceSale,
    lines: journalLines(plan.lines),
    refunds: journalRefunds(written.refunds),
    refundFen: quote.refundFen,
    points: {
      taken: quote.pointsTaken,
      restored: quote.pointsRestored,
      debt: quote.pointsDebt,
      balanceBefore: plan.customerPoints,
    },
    approvalReasons: quote.approvalReasons,
    approvalReason: written.approver ? input.approvalReason : null,
    note: input.note,
  };
}

/** The paper of a return against a receipt, but for its kind and total. */
export function printedOf(plan: ReturnPlan, actor: StaffRow, written: Written) {
  const { sale, quote } = plan;
  return {
    returnNo: written.returnNo,
    committedAt: written.at,
    receiptNo: sale.receiptNo,
    cashier: actor,
    approver: written.approver,
    lines: plan.lines,
    refunds: written.refunds,
    points:
      sale.customerId === null
        ? null
        : { taken: quote.pointsTaken, restored: quote.pointsRestored, debt: quote.pointsDebt },
    seller: null,
  };
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
  const written = { returnNo, terminalId, day, at, shiftId: shift.id, approver, refunds };
  writeAgainstReceipt(ctx, plan, input, { ...written, answer });
  ctx.journal('return.committed', journalOf(plan, input, written));
  const printed = {
    ...printedOf(plan, actor, written),
    kind: 'return' as const,
    refundFen: plan.quote.refundFen,
  };
  ctx.afterCommit(() => printReturn({ db, events: ctx.events, terminalId, now }, printed));
  return answer;
}
