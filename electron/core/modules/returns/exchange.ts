import type { ChannelParsedInput } from '../../../../shared/contract';
import { CommittedExchange, type ExchangeQuote } from '../../../../shared/contract/returns';
import type { Payment } from '../../../../shared/contract/sales';
import { businessDay } from '../../../../shared/domain/business-day';
import { formatYuan } from '../../../../shared/domain/money';
import { allocate } from '../../../../shared/domain/returns';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { readTerminalId } from '../settings';
import { assertSaleIdFree, makeSale, priceSale, printSale, readSalesSettings } from '../sales';
import { requireOpenShift } from '../shifts';
import { approve, journalOf, printedOf, withReferences, writeAgainstReceipt } from './commit';
import { printReturn } from './documents';
import { planReturn, type ReturnPlan } from './plan';
import { earlierAnswer, nextReturnNumber, requestHash, type NewRefund } from './repo';
import type { ReadableDB } from '../../db/statements';

type QuoteInput = ChannelParsedInput<'returns.quoteExchange'>;
type Input = ChannelParsedInput<'returns.exchange'>;

interface ExchangePlan {
  plan: ReturnPlan;
  cart: Input['cart'];
  quote: ExchangeQuote;
  /** Each tender's share of the credit that pays for the new goods: no money moves for it. */
  applied: NewRefund[];
  /** What the customer gets back: restored points, and what the credit leaves over the new goods. */
  paidOut: NewRefund[];
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * The returned lines are planned as a return under the exchange window, each share from the tender that paid
 * it; the money shares (not points, which go back to the member) are the credit. The credit pays for the new
 * cart, spread over those shares in proportion; whatever it leaves goes back by the shares' own tenders, in
 * cash or as store credit, as the customer chooses.
 */
function planExchange(db: ReadableDB, input: QuoteInput, day: string): ExchangePlan {
  const plan = planReturn(db, { ...input, refundAs: 'tenders' }, day, 'exchange');
  const member = plan.sale.customerId;
  const customerId = input.cart.customerId ?? member;
  if (member !== null && customerId !== member) throw new DomainError('EXCHANGE_CUSTOMER_MISMATCH');
  if (input.refundAs === 'storeCredit' && customerId === null) throw new DomainError('CUSTOMER_REQUIRED');
  const cart = { ...input.cart, customerId };
  const priced = priceSale(db, cart, { day, settings: readSalesSettings(db) });
  const money = plan.refunds.filter((refund) => refund.method !== 'points');
  const creditFen = sum(money.map((refund) => refund.amountFen));
  const totalFen = priced.totals.totalFen;
  // the returned goods are the customer's money: old gold worth more than the new goods is a sale of its own
  if (totalFen <= 0) {
    throw new DomainError('TRADE_IN_EXCEEDS_GOODS', {
      tradeIn: formatYuan(priced.totals.tradeInFen),
      goods: formatYuan(totalFen + priced.totals.tradeInFen),
    });
  }
  const shares = allocate(
    Math.min(creditFen, totalFen),
    money.map((refund) => refund.amountFen),
  );
  const applied = money
    .map((refund, i) => ({ ...refund, amountFen: shares[i] as number, applied: true }))
    .filter((refund) => refund.amountFen > 0);
  const left = money
    .map((refund, i) => ({
      ...refund,
      method: input.refundAs === 'tenders' ? refund.method : input.refundAs,
      amountFen: refund.amountFen - (shares[i] as number),
    }))
    .filter((refund) => refund.amountFen > 0);
  const paidOut = [...plan.refunds.filter((refund) => refund.method === 'points'), ...left];
  return {
    plan,
    cart,
    applied,
    paidOut,
    quote: {
      returned: plan.quote,
      sale: { lines: priced.lines, totalFen },
      creditFen,
      differenceFen: totalFen - creditFen,
      refunds: paidOut.map(({ method, pool, amountFen, points }) => ({ method, pool, amountFen, points })),
    },
  };
}

export const quoteExchange = (
  ctx: { db: ReadableDB; now: Date; timeZone: string },
  input: QuoteInput,
): ExchangeQuote => planExchange(ctx.db, input, businessDay(ctx.now, ctx.timeZone)).quote;

/**
 * An exchange in the router's one IMMEDIATE transaction: the return (its number, lines, stock, points, the
 * shares applied and paid out) and the new sale (its receipt number, lines, stock, points, the credit and the
 * tenders of the difference) through the sales module's own commit, then the exchange's journal row. The
 * exchange receipt is queued once it has answered; a retry under the same return id gets the same answer.
 */
export function commitExchange(ctx: HandlerContext, input: Input): CommittedExchange {
  const { db, now } = ctx;
  const earlier = earlierAnswer(db, input, CommittedExchange);
  if (earlier) return earlier;
  assertSaleIdFree(db, input.saleId);
  const shift = requireOpenShift(ctx);
  const actor = actorOf(ctx);
  const day = businessDay(now, ctx.timeZone);
  const { plan, cart, applied, paidOut, quote } = planExchange(db, input, day);
  const refunds = withReferences(paidOut, input);
  if (plan.quote.pointsDebt > 0 && !input.acceptPointsDebt) {
    throw new DomainError('RETURN_POINTS_DEBT', { debt: plan.quote.pointsDebt });
  }
  const approver = approve(ctx, plan, input.approvalReason);

  const terminalId = readTerminalId(db) as string;
  const returnNo = nextReturnNumber(db, terminalId);
  const credits: Payment[] = applied.map((share) => ({
    method: share.method,
    amountFen: share.amountFen,
    tenderedFen: null,
    reference: returnNo,
    cardLast4: null,
    points: null,
  }));
  const sold = makeSale(
    ctx,
    { saleId: input.saleId, cart, tenders: input.tenders, seller: null },
    { requestHash: requestHash(input), credits },
  );
  const { receiptNo } = sold.committed;
  const at = now.toISOString();
  const payments = sold.tenders.payments.slice(credits.length);
  const answer: CommittedExchange = {
    ...quote,
    returnId: input.returnId,
    returnNo,
    saleId: input.saleId,
    receiptNo,
    committedAt: at,
    payments,
    changeFen: sold.committed.changeFen,
    cashRoundingFen: sold.committed.cashRoundingFen,
    pointsEarned: sold.committed.pointsEarned,
    approver,
  };
  // the applied shares name the sale they paid for; card and wallet rows need a reference, and this is it
  const stored = [...applied.map((share) => ({ ...share, reference: receiptNo })), ...refunds];
  const written = { returnNo, terminalId, day, at, shiftId: shift.id, approver, refunds: stored };
  writeAgainstReceipt(ctx, plan, input, { ...written, answer, exchangeSaleId: sold.id });
  ctx.journal('return.exchanged', {
    ...journalOf(plan, input, written),
    newSaleId: input.saleId,
    newReceiptNo: receiptNo,
    creditFen: quote.creditFen,
    newTotalFen: quote.sale.totalFen,
    differenceFen: quote.differenceFen,
    payments,
    pointsEarned: sold.committed.pointsEarned,
  });
  const printed = {
    ...printedOf(plan, actor, written),
    kind: 'exchange' as const,
    // the paper lists what the customer got back; the shares applied are the credit line
    refunds,
    refundFen: sum(refunds.map((refund) => refund.amountFen)),
    exchange: {
      receiptNo,
      lines: sold.printed.lines,
      totalFen: quote.sale.totalFen,
      creditFen: quote.creditFen,
      differenceFen: quote.differenceFen,
      payments,
      changeFen: sold.committed.changeFen,
    },
  };
  const print = { db, events: ctx.events, terminalId, now };
  const customer = sold.priced.customer;
  ctx.afterCommit(() => {
    printReturn(print, printed);
    printSale(print, sold.printed, sold.priced.products, customer, { receipt: false });
  });
  return answer;
}
