import type { Product } from '../../../../shared/contract/catalog';
import { businessDay } from '../../../../shared/domain/business-day';
import { roleHas } from '../../../../shared/domain/roles';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import type { ReadableDB } from '../../db/statements';
import { lookupProduct, saveProduct, searchProducts } from './repo';
import {
  assertRateChangesConfirmed,
  insertRate,
  ratesOfDay,
  readRateGuard,
  writeRateGuard,
} from './gold-rates';

type CatalogChannels =
  | 'catalog.lookup'
  | 'catalog.search'
  | 'catalog.save'
  | 'goldRates.today'
  | 'goldRates.set'
  | 'goldRates.guard'
  | 'goldRates.saveGuard';

/** A product as this reader may see it: its cost only to those who manage the catalog. */
function asSeenBy(ctx: HandlerContext<ReadableDB>): (product: Product) => Product {
  if (roleHas(actorOf(ctx).role, 'catalog.manage')) return (product) => product;
  return (product) => {
    const seen = { ...product };
    delete seen.costFen;
    return seen;
  };
}

/** The store's time zone decides which day a rate belongs to. */
export function catalogHandlers(): HandlerGroup<CatalogChannels> {
  return {
    'catalog.lookup': (input, ctx) => asSeenBy(ctx)(lookupProduct(ctx.db, input.code)),

    'catalog.search': (input, ctx) => searchProducts(ctx.db, input.text, input).map(asSeenBy(ctx)),

    'catalog.save': (input, ctx) => {
      const product = saveProduct(ctx.db, input.id, input.product, ctx.now);
      ctx.journal(input.id === undefined ? 'catalog.created' : 'catalog.updated', {
        productId: product.id,
        sku: product.sku,
        name: product.name,
        priceFen: product.priceFen,
        costFen: product.costFen ?? null,
      });
      return product;
    },

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
