import { businessDay } from '../../../../shared/domain/business-day';
import { actorOf, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { addStockMovement, getProduct, lookupProduct, saveProduct, searchProducts } from './repo';
import {
  assertRateChangesConfirmed,
  insertRate,
  ratesOfDay,
  readRateGuard,
  writeRateGuard,
} from './gold-rates';
import { reverseReceipt } from './receipts';

type CatalogChannels =
  | 'catalog.lookup'
  | 'catalog.search'
  | 'catalog.save'
  | 'catalog.receiveStock'
  | 'catalog.reverseReceipt'
  | 'goldRates.today'
  | 'goldRates.set'
  | 'goldRates.guard'
  | 'goldRates.saveGuard';

/** The store's time zone decides which day a rate belongs to. */
export function catalogHandlers(): HandlerGroup<CatalogChannels> {
  return {
    'catalog.lookup': (input, { db }) => lookupProduct(db, input.code),

    'catalog.search': (input, { db }) => searchProducts(db, input.text, input),

    'catalog.save': (input, ctx) => {
      const product = saveProduct(ctx.db, input.id, input.product, ctx.now);
      ctx.journal(input.id === undefined ? 'catalog.created' : 'catalog.updated', {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        priceFen: product.priceFen,
      });
      return product;
    },

    'catalog.receiveStock': (input, ctx) => {
      const product = getProduct(ctx.db, input.productId);
      // 一物一码: a serialized piece is one piece; receiving it again would put a second one on the shelf
      if (product.serialized && product.onHand + input.quantity > 1) {
        throw new DomainError('SERIALIZED_ALREADY_IN_STOCK', { sku: product.sku, onHand: product.onHand });
      }
      const receiptId = addStockMovement(
        ctx.db,
        { productId: input.productId, quantity: input.quantity, reason: 'receipt' },
        { reference: input.note || null, now: ctx.now, actorId: actorOf(ctx).id },
      );
      ctx.journal('stock.received', {
        receiptId,
        productId: input.productId,
        quantity: input.quantity,
        note: input.note,
      });
      return { ...getProduct(ctx.db, input.productId), receiptId };
    },

    'catalog.reverseReceipt': (input, ctx) => reverseReceipt(ctx, input),

    'goldRates.today': (_input, { db, now, timeZone }) => ratesOfDay(db, businessDay(now, timeZone)),

    'goldRates.set': (input, ctx) => {
      const day = businessDay(ctx.now, ctx.timeZone);
      assertRateChangesConfirmed(ctx.db, input.rates, input.confirmed);
      for (const rate of input.rates) {
        insertRate(ctx.db, rate, { day, now: ctx.now, actorId: actorOf(ctx).id });
        ctx.journal('goldRate.set', { ...rate, businessDay: day, confirmed: input.confirmed });
      }
      return ratesOfDay(ctx.db, day);
    },

    'goldRates.guard': (_input, { db }) => readRateGuard(db),

    'goldRates.saveGuard': (input, ctx) => {
      const before = readRateGuard(ctx.db);
      writeRateGuard(ctx.db, input);
      ctx.journal('goldRate.guardChanged', { fromBp: before.confirmChangeBp, toBp: input.confirmChangeBp });
      return readRateGuard(ctx.db);
    },
  };
}
