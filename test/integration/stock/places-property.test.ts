import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { counterWithTray, PLACES } from '../../helpers/stock';

// A slow model of where every piece is, written apart from the stock module: each product's count per place,
// moved by the rules a jewelry store states (a sale takes from the fullest shelf, a void puts back what it took,
// a return leaves SOLD for the place its decision names), checked against the till after every step.

const SHELVES = new Set<number>();
let places: number[] = [];
let s: Shop;
let sku = 0;
let movementsBefore = 0;

const PRICE = 1_000;
type Counts = Map<number, number>;

beforeAll(() => {
  s = openShop();
  const { counter, tray } = counterWithTray(s);
  places = [
    PLACES.stockroom,
    PLACES.safe,
    PLACES.repair,
    PLACES.sold,
    PLACES.supplier,
    PLACES.writtenOff,
    counter.id,
    tray.id,
  ];
  for (const id of [PLACES.stockroom, PLACES.safe, counter.id, tray.id]) SHELVES.add(id);
  movementsBefore = countMovements();
});
afterAll(() => s.close());

const countMovements = () =>
  s.core.db.prepare('SELECT count(*) FROM stock_movements').pluck().get() as number;

const decision = fc.constantFrom('restock' as const, 'repair' as const, 'writeOff' as const);
const place = fc.integer({ min: 0, max: 7 });
// the counted good (3) more often than each tagged piece: it is the one spread over several shelves
const product = fc.constantFrom(0, 1, 2, 3, 3, 3);
const step = fc.oneof(
  fc.record({
    op: fc.constant('receive' as const),
    product,
    place,
    quantity: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    op: fc.constant('move' as const),
    product,
    from: place,
    to: place,
    quantity: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ op: fc.constant('sell' as const), product, quantity: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('void' as const), sale: fc.nat() }),
  fc.record({
    op: fc.constant('return' as const),
    sale: fc.nat(),
    quantity: fc.integer({ min: 1, max: 3 }),
    decision,
  }),
  fc.record({ op: fc.constant('repairIn' as const), product, from: place }),
  fc.record({ op: fc.constant('repairOut' as const), product, to: place }),
  fc.record({ op: fc.constant('writeOff' as const), product, from: place }),
);
const scenario = fc.record({
  // where each of the three tagged pieces is received, and how many of the counted good go to the stockroom
  start: fc.tuple(place, place, place),
  counted: fc.integer({ min: 1, max: 12 }),
  more: fc.record({ place, quantity: fc.integer({ min: 1, max: 12 }) }),
  steps: fc.array(step, { minLength: 4, maxLength: 14 }),
});

interface Sold {
  receiptNo: string;
  productId: number;
  quantity: number;
  taken: Counts;
  voided: boolean;
  returned: number;
}

const shelfOf = (index: number): number =>
  [PLACES.stockroom, PLACES.safe, places[6], places[7]][index % 4] as number;
const gone = (placeId: number) =>
  placeId === PLACES.sold || placeId === PLACES.supplier || placeId === PLACES.writtenOff;

describe('where a piece is, over random runs', () => {
  it('keeps every tagged piece in exactly one place and every count as the model says', () => {
    fc.assert(
      fc.property(scenario, (run) => {
        const ids: number[] = [];
        const serialized: boolean[] = [true, true, true, false];
        for (const tagged of serialized) {
          sku += 1;
          ids.push(
            s.ok('admin', 'catalog.save', {
              product: {
                kind: tagged ? 'fixed' : 'quantity',
                sku: `P-${sku}`,
                name: tagged ? `挂件${sku}` : `饰品袋${sku}`,
                category: null,
                barcodes: [],
                priceFen: PRICE,
                serialized: tagged,
                certificateNo: null,
                warrantyMonths: 0,
              },
            }).id,
          );
        }
        const model = new Map<number, Counts>(ids.map((id) => [id, new Map()]));
        const at = (id: number, placeId: number) => model.get(id)?.get(placeId) ?? 0;
        const add = (id: number, placeId: number, quantity: number) =>
          (model.get(id) as Counts).set(placeId, at(id, placeId) + quantity);
        const sales: Sold[] = [];

        const check = () => {
          for (const id of ids) {
            const levels = Object.fromEntries(
              s.core.db
                .prepare('SELECT place_id, quantity FROM stock_levels WHERE product_id = ? AND quantity <> 0')
                .raw()
                .all(id) as [number, number][],
            );
            const expected = Object.fromEntries(
              [...(model.get(id) as Counts)].filter(([, quantity]) => quantity !== 0),
            );
            expect(levels).toEqual(expected);
            const shelves = places.filter((p) => SHELVES.has(p)).reduce((total, p) => total + at(id, p), 0);
            expect(s.core.db.prepare('SELECT on_hand FROM products WHERE id = ?').pluck().get(id)).toBe(
              shelves,
            );
            if (serialized[ids.indexOf(id)]) expect(Object.values(levels)).toEqual([1]);
          }
        };

        run.start.forEach((where, i) => {
          const placeId = shelfOf(where);
          s.ok('admin', 'catalog.receiveStock', {
            productId: ids[i] as number,
            quantity: 1,
            note: '',
            placeId,
          });
          add(ids[i] as number, placeId, 1);
        });
        s.ok('admin', 'catalog.receiveStock', {
          productId: ids[3] as number,
          quantity: run.counted,
          note: '',
        });
        add(ids[3] as number, PLACES.stockroom, run.counted);
        const shelf = shelfOf(run.more.place);
        s.ok('admin', 'catalog.receiveStock', {
          productId: ids[3] as number,
          quantity: run.more.quantity,
          note: '',
          placeId: shelf,
        });
        add(ids[3] as number, shelf, run.more.quantity);
        check();

        const pieceAt = (id: number): number =>
          [...(model.get(id) as Counts)].find(([, quantity]) => quantity > 0)?.[0] as number;

        /** A move as the manager (who may write off on their own authority); valid says whether it must pass. */
        const move = (id: number, fromIndex: number, toId: number, quantity: number) => {
          const tagged = serialized[ids.indexOf(id)];
          const fromId = tagged ? pieceAt(id) : (places[fromIndex] as number);
          const amount = tagged ? 1 : quantity;
          const valid = !gone(fromId) && toId !== PLACES.sold && fromId !== toId && at(id, fromId) >= amount;
          const result = s.call('office', 'stock.move', {
            ...(tagged ? {} : { fromId }),
            toId,
            lines: [{ productId: id, quantity: amount }],
            note: '盘点调整',
          });
          expect(result.ok).toBe(valid);
          if (valid) {
            add(id, fromId, -amount);
            add(id, toId, amount);
          }
        };

        for (const next of run.steps) {
          switch (next.op) {
            case 'receive': {
              const id = ids[next.product] as number;
              const placeId = shelfOf(next.place);
              if (serialized[next.product]) {
                const where = pieceAt(id);
                const result = s.call('admin', 'catalog.receiveStock', {
                  productId: id,
                  quantity: 1,
                  note: '',
                  placeId,
                });
                if (where === PLACES.supplier) {
                  expect(result.ok).toBe(true);
                  add(id, PLACES.supplier, -1);
                  add(id, placeId, 1);
                } else {
                  expect(result).toMatchObject({
                    ok: false,
                    error: {
                      code: where === PLACES.sold ? 'PRODUCT_ALREADY_SOLD' : 'SERIALIZED_ALREADY_IN_STOCK',
                    },
                  });
                }
              } else {
                s.ok('admin', 'catalog.receiveStock', {
                  productId: id,
                  quantity: next.quantity,
                  note: '',
                  placeId,
                });
                add(id, placeId, next.quantity);
              }
              break;
            }
            case 'move':
              move(ids[next.product] as number, next.from, places[next.to] as number, next.quantity);
              break;
            case 'repairIn':
              move(ids[next.product] as number, next.from, PLACES.repair, 1);
              break;
            case 'repairOut':
              move(ids[next.product] as number, places.indexOf(PLACES.repair), shelfOf(next.to), 1);
              break;
            case 'writeOff':
              move(ids[next.product] as number, next.from, PLACES.writtenOff, 1);
              break;
            case 'sell': {
              const id = ids[next.product] as number;
              const quantity = serialized[next.product] ? 1 : next.quantity;
              const shelves = places
                .filter((p) => SHELVES.has(p) && at(id, p) > 0)
                .map((p) => ({ p, n: at(id, p) }))
                .sort((a, b) => b.n - a.n || a.p - b.p);
              const available = shelves.reduce((total, shelf) => total + shelf.n, 0);
              const result = s.commit({ lines: [{ kind: 'product', productId: id, quantity }] }, [
                cash(PRICE * quantity),
              ]);
              expect(result.ok).toBe(available >= quantity);
              if (!result.ok) break;
              const taken: Counts = new Map();
              let left = quantity;
              for (const shelf of shelves) {
                const take = Math.min(left, shelf.n);
                if (take === 0) break;
                taken.set(shelf.p, take);
                left -= take;
              }
              for (const [p, n] of taken) add(id, p, -n);
              add(id, PLACES.sold, quantity);
              sales.push({
                receiptNo: result.value.receiptNo,
                productId: id,
                quantity,
                taken,
                voided: false,
                returned: 0,
              });
              break;
            }
            case 'void': {
              const sale = sales[next.sale % Math.max(1, sales.length)];
              if (!sale) break;
              const result = s.call('office', 'sales.void', {
                receiptNo: sale.receiptNo,
                reason: '收银错误',
              });
              const valid = !sale.voided && sale.returned === 0;
              expect(result.ok).toBe(valid);
              if (!valid) break;
              sale.voided = true;
              for (const [p, n] of sale.taken) add(sale.productId, p, n);
              add(sale.productId, PLACES.sold, -sale.quantity);
              break;
            }
            case 'return': {
              const sale = sales[next.sale % Math.max(1, sales.length)];
              if (!sale || sale.voided || sale.returned === sale.quantity) break;
              const quantity = Math.min(next.quantity, sale.quantity - sale.returned);
              const result = s.call('till', 'returns.commit', {
                returnId: randomUUID(),
                receiptNo: sale.receiptNo,
                lines: [
                  { lineNo: 1, quantity, tagIntact: true, reason: 'changedMind', decision: next.decision },
                ],
              });
              expect(result.ok).toBe(true);
              sale.returned += quantity;
              add(sale.productId, PLACES.sold, -Math.min(quantity, at(sale.productId, PLACES.sold)));
              const target = {
                restock: PLACES.stockroom,
                repair: PLACES.repair,
                writeOff: PLACES.writtenOff,
              }[next.decision];
              add(sale.productId, target, quantity);
              break;
            }
          }
          check();
        }
      }),
      { numRuns: 60 },
    );
    expect(countMovements() - movementsBefore).toBeGreaterThan(400);
  });
});
