import { personOf } from './person';
import type { ChannelParsedInput } from '../../../../shared/contract';
import { BuyBack } from '../../../../shared/contract/returns';
import { businessDay } from '../../../../shared/domain/business-day';
import { maskIdNumber } from '../../../../shared/domain/returns';
import { actorOf, type HandlerContext } from '../../router/context';
import { readTerminalId } from '../settings';
import { addScrapGold } from '../sales';
import { requireOpenShift } from '../shifts';
import { printReturn } from './documents';
import { buyBack } from './plan';
import { earlierAnswer, nextReturnNumber, requestHash } from './repo';
import { writeReturn } from './write';

type Input = ChannelParsedInput<'returns.buyBack'>;

/**
 * Old gold bought back without a purchase (旧料回收), behind its permission: priced as a trade-in at today's
 * rate, paid in cash from the drawer, put in the scrap-gold account, numbered as a return. The seller's ID
 * number is kept whole on the record alone; the answer, the journal and the paper carry it masked.
 */
export function buyBackGold(ctx: HandlerContext, input: Input): BuyBack {
  const { db, now } = ctx;
  const earlier = earlierAnswer(db, input, BuyBack);
  if (earlier) return earlier;
  const shift = requireOpenShift(ctx);
  const actor = actorOf(ctx);
  const day = businessDay(now, ctx.timeZone);
  const { rate, amountFen } = buyBack(db, input.purity, input.weightMg, day);
  const terminalId = readTerminalId(db) as string;
  const returnNo = nextReturnNumber(db, terminalId);
  const at = now.toISOString();
  const seller = { name: input.seller.name, idNumber: maskIdNumber(input.seller.idNumber) };
  const answer: BuyBack = {
    returnId: input.returnId,
    returnNo,
    committedAt: at,
    purity: input.purity,
    weightMg: input.weightMg,
    buyBackFenPerGram: rate,
    amountFen,
    seller,
    approver: personOf(ctx.approver),
  };
  const refunds =
    amountFen === 0
      ? []
      : [{ method: 'cash' as const, pool: null, amountFen, reference: null, points: null }];
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
      approverId: ctx.approver?.id ?? null,
      approvalReason: ctx.approver ? '旧料回收' : null,
      saleId: null,
      customerId: null,
      refundFen: amountFen,
      pointsTaken: 0,
      pointsRestored: 0,
      pointsDebt: 0,
      note: input.note,
      answer: JSON.stringify(answer),
      seller: input.seller,
    },
    [],
    refunds,
  );
  addScrapGold(
    db,
    {
      purity: input.purity,
      weightMg: input.weightMg,
      valueFen: amountFen,
      reason: 'buyBack',
      saleId: null,
      lineNo: null,
      returnId,
    },
    { now, actorId: actor.id },
  );
  ctx.journal('return.buyBack', {
    returnId: input.returnId,
    returnNo,
    shiftId: shift.id,
    purity: input.purity,
    weightMg: input.weightMg,
    description: input.description,
    buyBackFenPerGram: rate,
    amountFen,
    seller,
    note: input.note,
  });
  const printed = {
    kind: 'buyBack' as const,
    returnNo,
    committedAt: at,
    receiptNo: null,
    cashier: actor,
    approver: ctx.approver,
    lines: [
      {
        name: input.description,
        quantity: 1,
        rule: 'buyBack' as const,
        weightMg: input.weightMg,
        buyBackFenPerGram: rate,
        amountFen,
        decision: 'scrap' as const,
      },
    ],
    refunds,
    refundFen: amountFen,
    points: null,
    seller,
  };
  ctx.afterCommit(() => printReturn({ db, events: ctx.events, terminalId, now }, printed));
  return answer;
}
