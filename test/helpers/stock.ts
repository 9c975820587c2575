import type { ChannelOutput } from '../../shared/contract';
import type { TestTill } from './core';

/** The system places by the ids migration 0019 seeds (written out here, not taken from the code). */
export const PLACES = { stockroom: 1, safe: 2, repair: 3, sold: 4, supplier: 5, writtenOff: 6 } as const;

/** A counter with one tray in it, set up by the administrator. */
export function counterWithTray(
  till: TestTill,
  codes: { counter: string; tray: string } = { counter: 'C1', tray: 'C1-T1' },
): { counter: ChannelOutput<'stock.savePlace'>; tray: ChannelOutput<'stock.savePlace'> } {
  const counter = till.ok('admin', 'stock.savePlace', {
    code: codes.counter,
    name: '一号柜台',
    kind: 'counter',
  });
  const tray = till.ok('admin', 'stock.savePlace', {
    code: codes.tray,
    name: '一号柜台 托盘一',
    kind: 'tray',
    parentId: counter.id,
  });
  return { counter, tray };
}

/** A product's count at each place holding any, read straight from the movements. */
export function placesOf(till: TestTill, productId: number): Record<number, number> {
  const rows = till.core.db
    .prepare(
      `SELECT place_id, sum(quantity) FROM stock_movements WHERE product_id = ?
       GROUP BY place_id HAVING sum(quantity) <> 0 ORDER BY place_id`,
    )
    .raw()
    .all(productId) as [number, number][];
  return Object.fromEntries(rows);
}

/** Moves goods as the given session; a tagged piece's source is found unless `fromId` is given. */
export function moveTo(
  till: TestTill,
  session: string,
  toId: number,
  lines: { productId: number; quantity?: number }[],
  options: { fromId?: number; note?: string } = {},
) {
  return till.call(session, 'stock.move', {
    toId,
    ...options,
    lines: lines.map(({ productId, quantity = 1 }) => ({ productId, quantity })),
  });
}
