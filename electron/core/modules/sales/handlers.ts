import { businessDay } from '../../../../shared/domain/business-day';
import { actorOf, type HandlerGroup } from '../../router/context';
import { mostCommonPurity } from '../catalog';
import { getCustomer } from '../customers';
import { readTerminalId } from '../settings';
import { priceSale } from './cart-pricing';
import { commitSale } from './commit';
import { receiptPrefix } from './receipt-numbers';
import { holdCart, listHeldCarts, piecesHeldElsewhere, recallCart } from './held-carts';
import { getSale, getSaleKey, purchaseHistory, saveRating, todaysSales } from './repo';
import { readSalesSettings, writeSalesSettings } from './settings';
import { assertInStock } from './stock';
import { voidSale } from './void';

type SalesChannels =
  | 'sales.quote'
  | 'sales.commit'
  | 'sales.today'
  | 'sales.get'
  | 'sales.void'
  | 'sales.voidCart'
  | 'sales.hold'
  | 'sales.held'
  | 'sales.recall'
  | 'sales.rate'
  | 'sales.settings'
  | 'sales.saveSettings'
  | 'sales.tradeInPurity'
  | 'customers.history';

/** The store's time zone decides the business day of a sale, its receipt number and its void. */
export function salesHandlers(): HandlerGroup<SalesChannels> {
  const terminal = (db: Parameters<typeof readTerminalId>[0]): string => readTerminalId(db) as string;
  return {
    // a member's purchase history is read from sales, so it is answered here: customers never reads sales
    'customers.history': (input, { db }) => {
      getCustomer(db, input.customerId);
      return purchaseHistory(db, input.customerId, input);
    },

    'sales.quote': (input, ctx) => {
      const settings = readSalesSettings(ctx.db);
      const priced = priceSale(ctx.db, input.cart, { day: businessDay(ctx.now, ctx.timeZone), settings });
      assertInStock(ctx.db, priced.products, settings.allowNegativeStock);
      const { totals } = priced;
      const limit = settings.discountLimitBp[actorOf(ctx).role];
      return {
        lines: priced.lines,
        customer: priced.customer,
        subtotalFen: totals.subtotalFen,
        lineDiscountFen: totals.lineDiscountFen,
        memberDiscountFen: totals.memberDiscountFen,
        orderDiscountFen: totals.orderDiscountFen,
        tradeInFen: totals.tradeInFen,
        totalFen: totals.totalFen,
        deepestDiscountBp: priced.deepestDiscountBp,
        discountLimitBp: limit,
        approvalRequired: priced.deepestDiscountBp > limit,
        heldElsewhere: piecesHeldElsewhere(
          ctx.db,
          priced.products
            .filter(({ product }) => product.serialized)
            .map(({ lineNo, product }) => ({ lineNo, productId: product.id })),
        ),
      };
    },

    'sales.commit': (input, ctx) => commitSale(ctx, input),

    'sales.today': (_input, ctx) =>
      todaysSales(ctx.db, receiptPrefix(terminal(ctx.db), businessDay(ctx.now, ctx.timeZone))),

    'sales.get': (input, { db }) => getSale(db, getSaleKey(db, input.receiptNo).id),

    'sales.void': (input, ctx) => voidSale(ctx, input),

    'sales.voidCart': (input, ctx) => {
      ctx.journal('sale.cartVoided', input);
      return { ok: true };
    },

    'sales.hold': (input, ctx) => {
      // a draft is not priced, but the member it names must exist (the row refers to it)
      if (input.cart.customerId !== null) getCustomer(ctx.db, input.cart.customerId);
      const held = holdCart(
        ctx.db,
        { terminalId: terminal(ctx.db), cart: input.cart, label: input.label },
        { now: ctx.now, actorId: actorOf(ctx).id },
      );
      ctx.journal('sale.cartHeld', { heldCartId: held.id, lineCount: held.lineCount });
      return held;
    },

    'sales.held': (_input, ctx) =>
      listHeldCarts(ctx.db, terminal(ctx.db), {
        day: businessDay(ctx.now, ctx.timeZone),
        settings: readSalesSettings(ctx.db),
      }),

    'sales.recall': (input, ctx) => {
      const held = recallCart(ctx.db, terminal(ctx.db), input.id);
      ctx.journal('sale.cartRecalled', { heldCartId: held.id, lineCount: held.lineCount });
      return held;
    },

    'sales.rate': (input, ctx) => {
      saveRating(ctx.db, getSaleKey(ctx.db, input.receiptNo).id, input, ctx.now);
      return { ok: true };
    },

    'sales.settings': (_input, { db }) => readSalesSettings(db),

    'sales.saveSettings': (input, ctx) => {
      writeSalesSettings(ctx.db, input);
      ctx.journal('sales.settingsChanged', input);
      return readSalesSettings(ctx.db);
    },

    'sales.tradeInPurity': (_input, { db }) => readSalesSettings(db).tradeInPurity ?? mostCommonPurity(db),
  };
}
