import { businessDay } from '../../../../shared/domain/business-day';
import { daysBetween } from '../../../../shared/domain/returns';
import type { HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { getCustomer } from '../customers';
import { getSaleKey } from '../sales';
import { buyBackGold } from './buy-back';
import { commitReturn } from './commit';
import { commitExchange, quoteExchange } from './exchange';
import { planReturn } from './plan';
import { readReturnPolicy, writeReturnPolicy } from './policy';
import { memberPurchases, poolStates, soldLines } from './repo';
import { returnWithoutReceipt } from './without-receipt';

type ReturnsChannels =
  | 'returns.memberPurchases'
  | 'returns.find'
  | 'returns.quote'
  | 'returns.commit'
  | 'returns.withoutReceipt'
  | 'returns.buyBack'
  | 'returns.quoteExchange'
  | 'returns.exchange'
  | 'returns.policy'
  | 'returns.savePolicy';

/** The store's time zone decides how many days a sale is old, so which rule applies. */
export const returnsHandlers: HandlerGroup<ReturnsChannels> = {
  'returns.memberPurchases': (input, { db }) => {
    getCustomer(db, input.customerId);
    const { purchases, more } = memberPurchases(db, input.customerId, input);
    return {
      purchases: purchases.map(({ items, netFen, returnedQuantity, returnedFen, ...sale }) => ({
        ...sale,
        items: items === null ? [] : items.split('\n'),
        returnableQuantity: sale.quantity - returnedQuantity,
        returnableFen: netFen - returnedFen,
      })),
      nextBefore: more ? (purchases.at(-1)?.receiptNo ?? null) : null,
    };
  },

  'returns.find': (input, ctx) => {
    const sale = getSaleKey(ctx.db, input.receiptNo);
    if (sale.state === 'voided') throw new DomainError('SALE_ALREADY_VOIDED', { receiptNo: sale.receiptNo });
    const customer = sale.customerId === null ? null : getCustomer(ctx.db, sale.customerId);
    return {
      receiptNo: sale.receiptNo,
      businessDay: sale.businessDay,
      daysSinceSale: daysBetween(sale.businessDay, businessDay(ctx.now, ctx.timeZone)),
      customer: customer && { id: customer.id, name: customer.name, points: customer.points },
      lines: soldLines(ctx.db, sale.id).map((line) => ({
        lineNo: line.lineNo,
        productId: line.productId,
        name: line.name,
        sku: line.sku,
        category: line.category,
        purity: line.purity,
        serialized: line.serialized,
        weighed: line.kind === 'weighed',
        soldWeightMg: line.weightMg,
        certificateNo: line.certificateNo,
        quantity: line.quantity,
        returnedQuantity: line.returnedQuantity,
        returnableQuantity: line.quantity - line.returnedQuantity,
        netFen: line.netFen,
      })),
      payments: poolStates(ctx.db, sale.id).flatMap(({ pool, paidFen, refundedFen }) =>
        pool === 'tradeIn' ? [] : [{ method: pool, paidFen, refundedFen }],
      ),
    };
  },

  'returns.quote': (input, ctx) => planReturn(ctx.db, input, businessDay(ctx.now, ctx.timeZone)).quote,

  'returns.commit': (input, ctx) => commitReturn(ctx, input),

  'returns.withoutReceipt': (input, ctx) => returnWithoutReceipt(ctx, input),

  'returns.buyBack': (input, ctx) => buyBackGold(ctx, input),

  'returns.quoteExchange': (input, ctx) => quoteExchange(ctx, input),

  'returns.exchange': (input, ctx) => commitExchange(ctx, input),

  'returns.policy': (_input, { db }) => readReturnPolicy(db),

  'returns.savePolicy': (input, ctx) => {
    writeReturnPolicy(ctx.db, input);
    ctx.journal('returns.policyChanged', input);
    return readReturnPolicy(ctx.db);
  },
};
