import type { ChannelInput } from '../../shared/contract';
import type { BrowserTill } from './browser';
import { GOODS, RATES } from './sales';
import { openShift } from './shifts';
import { ADMIN } from './till-ui';

/**
 * Stocks a seeded store (seedStore) for the sale screen through the core, as the administrator: the goods
 * of the sales helper (`extra` besides), a few of each, today's gold rates, and an open shift at the till
 * unless told not to.
 * Answers the products' ids by SKU.
 */
export function stockShop(
  till: BrowserTill,
  extra: ChannelInput<'catalog.save'>['product'][] = [],
  options: { openShift?: boolean } = {},
): Record<string, number> {
  const call = (channel: string, input: unknown): unknown => {
    const result = till.core.invoke('stock', { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  call('auth.login', { staffId: 1, pin: ADMIN.pin });
  const ids: Record<string, number> = {};
  for (const product of [...Object.values(GOODS), ...extra]) {
    const { id } = call('catalog.save', { product }) as { id: number };
    ids[product.sku] = id;
    call('catalog.receiveStock', { productId: id, quantity: product.serialized ? 1 : 5, note: '' });
  }
  call('goldRates.set', {
    rates: Object.entries(RATES).map(([purity, rate]) => ({
      purity,
      sellFenPerGram: rate.sell,
      buyBackFenPerGram: rate.buyBack,
    })),
  });
  if (options.openShift ?? true) openShift(till.core, 'stock');
  call('auth.logout', {});
  return ids;
}
