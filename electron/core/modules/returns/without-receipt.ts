import { personOf } from './person';
import type { ChannelParsedInput } from '../../../../shared/contract';
import { NoReceiptReturn } from '../../../../shared/contract/returns';
import { businessDay } from '../../../../shared/domain/business-day';
import { roleHas } from '../../../../shared/domain/roles';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { getProduct, priceForQuantity } from '../catalog';
import { getCustomer } from '../customers';
import { readTerminalId } from '../settings';
import { requireOpenShift } from '../shifts';
import { printReturn } from './documents';
import { buyBack } from './plan';
import { earlierAnswer, nextReturnNumber, requestHash, type NewReturnLine } from './repo';
import { writeReturn } from './write';

type Input = ChannelParsedInput<'returns.withoutReceipt'>;

/** Each piece priced without a receipt: priced goods at today's catalog price, weighed gold bought back today. */
function priceLines(ctx: HandlerContext, input: Input, day: string): NewReturnLine[] {
  return input.lines.map((line, i) => {
    const product = getProduct(ctx.db, line.productId);
    let amountFen: number;
    let rate: number | null = null;
    if (product.kind === 'weighed') {
      if (line.weightMg === null) throw new DomainError('RETURN_WEIGHT_REQUIRED', { name: product.name });
      const bought = buyBack(
        ctx.db,
        product.purity as NonNullable<typeof product.purity>,
        line.weightMg,
        day,
      );
      amountFen = bought.amountFen;
      rate = bought.rate;
    } else {
      amountFen = priceForQuantity(product, line.quantity);
    }
    return {
      lineNo: i + 1,
      saleId: null,
      saleLineNo: null,
      productId: product.id,
      name: product.name,
      quantity: line.quantity,
      rule: product.kind === 'weighed' ? 'buyBack' : 'refund',
      valueFen: amountFen,
      amountFen,
      soldWeightMg: null,
      weightMg: line.weightMg,
      weightWithinTolerance: null,
      buyBackFenPerGram: rate,
      tagIntact: line.tagIntact,
      certificatePresent: null,
      damage: line.damage,
      reason: line.reason,
      reasonText: line.reasonText,
      decision: line.decision,
    };
  });
}

/**
 * A return without a receipt, behind its permission (a cashier's needs a manager's approval): as the member's
 * store credit, or in cash only for someone who may pay one out so. One transaction, journaled in full.
 */
export function returnWithoutReceipt(ctx: HandlerContext, input: Input): NoReceiptReturn {
  const { db, now } = ctx;
  const earlier = earlierAnswer(db, input, NoReceiptReturn);
  if (earlier) return earlier;
  const shift = requireOpenShift(ctx);
  const actor = actorOf(ctx);
  if (input.refundAs === 'storeCredit' && input.customerId === null)
    throw new DomainError('CUSTOMER_REQUIRED');
  if (input.customerId !== null) getCustomer(db, input.customerId);
  const day = businessDay(now, ctx.timeZone);
  const lines = priceLines(ctx, input, day);
  const refundFen = lines.reduce((total, line) => total + line.amountFen, 0);
  if (input.refundAs === 'cash') {
    ctx.requireApproval({
      permission: 'returns.noReceiptCash',
      covers: (staff) => roleHas(staff.role, 'returns.noReceiptCash'),
      details: { item: lines.map((l) => l.name).join('、'), amountFen: refundFen },
    });
  }
  const approver = personOf(ctx.approver);

  const terminalId = readTerminalId(db) as string;
  const returnNo = nextReturnNumber(db, terminalId);
  const at = now.toISOString();
  const answer: NoReceiptReturn = {
    returnId: input.returnId,
    returnNo,
    committedAt: at,
    lines: lines.map(({ productId, name, quantity, rule, amountFen }) => ({
      productId,
      name,
      quantity,
      rule,
      amountFen,
    })),
    refundAs: input.refundAs,
    refundFen,
    approver,
  };
  const refunds =
    refundFen === 0
      ? []
      : [{ method: input.refundAs, pool: null, amountFen: refundFen, reference: null, points: null }];
  writeReturn(
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
      approvalReason: approver ? input.reason : null,
      saleId: null,
      customerId: input.customerId,
      refundFen,
      pointsTaken: 0,
      pointsRestored: 0,
      pointsDebt: 0,
      note: input.note,
      answer: JSON.stringify(answer),
    },
    lines,
    refunds,
  );
  ctx.journal('return.withoutReceipt', {
    returnId: input.returnId,
    returnNo,
    shiftId: shift.id,
    customerId: input.customerId,
    reason: input.reason,
    refundAs: input.refundAs,
    refundFen,
    lines: lines.map((line) => ({
      lineNo: line.lineNo,
      productId: line.productId,
      quantity: line.quantity,
      rule: line.rule,
      amountFen: line.amountFen,
      buyBackFenPerGram: line.buyBackFenPerGram,
      weightMg: line.weightMg,
      tagIntact: line.tagIntact,
      damage: line.damage,
      reason: line.reason,
      reasonText: line.reasonText,
      decision: line.decision,
    })),
    note: input.note,
  });
  const printed = {
    kind: 'return' as const,
    returnNo,
    committedAt: at,
    receiptNo: null,
    cashier: actor,
    approver,
    lines,
    refunds,
    refundFen,
    points: null,
    seller: null,
  };
  ctx.afterCommit(() => printReturn({ db, events: ctx.events, terminalId, now }, printed));
  return answer;
}
