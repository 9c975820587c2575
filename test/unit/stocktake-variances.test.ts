import { describe, expect, it } from 'vitest';
import type { LastMovement } from '../../shared/contract/stocktake';
import {
  computeVariances,
  type PieceScan,
  type ProductFacts,
  type VarianceInput,
} from '../../electron/core/modules/stocktake/variances';

const A1 = { id: 10, code: 'A1', name: 'A柜1号盘' };
const A2 = { id: 11, code: 'A2', name: 'A柜2号盘' };
const ROOM = { id: 1, code: 'STOCKROOM', name: '库房' };
const LOSS = { id: 6, code: 'WRITTEN_OFF', name: '已报损' };

const piece = (id: number, sku: string, facts: Partial<ProductFacts>): ProductFacts => ({
  id,
  sku,
  name: sku,
  serialized: true,
  purity: null,
  weightMg: null,
  costFen: null,
  priceFen: null,
  ...facts,
});

const PRODUCTS = [
  piece(1, 'RING', { purity: 'Au999', weightMg: 5_250, costFen: 280_000 }),
  piece(2, 'BANGLE', { purity: 'Au999', weightMg: 20_150, costFen: 1_150_000 }),
  piece(3, 'PENDANT', { purity: 'Au750', weightMg: 3_335, costFen: 120_000 }),
  piece(4, 'CHAIN', { purity: 'Au999', weightMg: 10_005 }),
  piece(5, 'BRACELET', { priceFen: 128_000, costFen: 60_000 }),
  piece(6, 'TOWEL', { serialized: false, priceFen: 3_900, costFen: 1_500 }),
  piece(7, 'JADE', { serialized: false, priceFen: 38_000 }),
];

/** A piece's counting scan at 02:mm on the morning of the count. */
const scanned = (
  code: string,
  productId: number | null,
  place: { id: number },
  outcome: PieceScan['outcome'],
  bookPlace: { id: number } | null,
  staff: string,
  minute: number,
): PieceScan => ({
  code,
  productId,
  placeId: place.id,
  outcome,
  bookPlaceId: bookPlace?.id ?? null,
  staff,
  at: `2026-11-23T02:${String(minute).padStart(2, '0')}:00.000Z`,
});

const sale: LastMovement = {
  reason: 'sale',
  quantity: 1,
  at: '2026-11-22T03:00:00.000Z',
  place: null,
  reference: 'T01-1',
};
const received: LastMovement = {
  reason: 'receipt',
  quantity: 1,
  at: '2026-11-01T01:00:00.000Z',
  place: A1,
  reference: null,
};

function input(overrides: Partial<VarianceInput> = {}): VarianceInput {
  return {
    products: new Map(PRODUCTS.map((product) => [product.id, product])),
    places: new Map([A1, A2, ROOM].map((place) => [place.id, place])),
    // a rate that is not a whole number of fen per 10 mg, so the rounding shows
    rates: new Map([
      ['Au999', 61_250],
      ['Au750', 47_000],
    ]),
    expected: [
      { productId: 1, placeId: A1.id, quantity: 1 },
      { productId: 2, placeId: A1.id, quantity: 1 },
      { productId: 3, placeId: A1.id, quantity: 1 },
      { productId: 6, placeId: ROOM.id, quantity: 10 },
      { productId: 7, placeId: A2.id, quantity: 3 },
    ],
    // the pendant was sold while the count ran; the rest are where they were
    booksNow: [
      { productId: 1, placeId: A1.id, quantity: 1 },
      { productId: 2, placeId: A1.id, quantity: 1 },
      { productId: 6, placeId: ROOM.id, quantity: 9 },
      { productId: 7, placeId: A2.id, quantity: 3 },
    ],
    scans: [
      scanned('BANGLE', 2, A2, 'wrongPlace', A1, '张三', 1),
      scanned('CHAIN', 4, A1, 'soldPresent', null, '张三', 2),
      scanned('BRACELET', 5, A2, 'notOnBooks', null, '李四', 3),
      scanned('X123', null, A1, 'unknown', null, '李四', 4),
    ],
    // a towel was sold before it was counted: the books said 9 at that moment, 7 were found
    counts: [{ productId: 6, placeId: ROOM.id, quantity: 7, book: 9 }],
    weighings: [
      { placeId: A1.id, purity: 'Au999', weightMg: 20_101, bookMg: 25_400 },
      { placeId: A2.id, purity: 'Au999', weightMg: 0, bookMg: 0 },
    ],
    lastMovement: (productId) => (productId === 4 ? sale : received),
    elsewhereNow: new Map(),
    lossPlaceId: LOSS.id,
    ...overrides,
  };
}

describe('stocktake variances', () => {
  it('lists missing, misplaced, sold-but-present, unbooked and unknown finds, valued by hand', () => {
    const report = computeVariances(input());
    // the ring: unscanned and still on the books at A1. Cost −¥2,800.00; metal 5.250 g × ¥612.50 =
    // ¥3,215.625 → −¥3,215.63 (half away from zero)
    expect(report.missing).toEqual([
      {
        productId: 1,
        sku: 'RING',
        name: 'RING',
        purity: 'Au999',
        weightMg: 5_250,
        place: A1,
        lastMovement: received,
        costFen: -280_000,
        valueFen: -321_563,
      },
    ]);
    // the pendant left during the count: neither missing nor listed
    expect(report.leftDuringCount).toBe(1);
    expect(report.wrongPlace).toEqual([
      expect.objectContaining({ productId: 2, foundAt: A2, bookPlace: A1, scannedBy: '张三' }),
    ]);
    // 10.005 g × ¥612.50 = ¥6,128.0625 → ¥6,128.06; no cost in the catalog
    expect(report.soldPresent).toEqual([
      expect.objectContaining({ productId: 4, foundAt: A1, sale, costFen: null, valueFen: 612_806 }),
    ]);
    expect(report.notOnBooks).toEqual([
      expect.objectContaining({ productId: 5, foundAt: A2, costFen: 60_000, valueFen: 128_000 }),
    ]);
    expect(report.unknownCodes).toEqual([
      { code: 'X123', foundAt: A1, scannedBy: '李四', scannedAt: '2026-11-23T02:04:00.000Z' },
    ]);
    // towels: 7 counted against 9 on the books when counted → −2: cost 2 × ¥15 = −¥30, value 2 × ¥39 = −¥78
    expect(report.quantities).toEqual([
      {
        productId: 6,
        sku: 'TOWEL',
        name: 'TOWEL',
        place: ROOM,
        book: 9,
        counted: 7,
        difference: -2,
        costFen: -3_000,
        valueFen: -7_800,
      },
    ]);
    expect(report.notCounted).toEqual([{ productId: 7, sku: 'JADE', name: 'JADE', place: A2, book: 3 }]);
    // Au999: 20.101 g weighed against 25.400 g → −5.299 g × ¥612.50 = −¥3,245.6375 → −¥3,245.64
    expect(report.grams).toEqual([
      { purity: 'Au999', bookMg: 25_400, weighedMg: 20_101, differenceMg: -5_299, valueFen: -324_564 },
    ]);
    // short: ring ¥2,800 + towels ¥30 at cost, ¥3,215.63 + ¥78 at value; over: the bracelet
    expect(report.totals).toEqual({
      shortCostFen: 283_000,
      overCostFen: 60_000,
      shortValueFen: 329_363,
      overValueFen: 128_000,
      withoutCost: 0,
      withoutValue: 0,
    });
    // what is short goes to the written-off goods, so every piece stays in one place
    expect(report.adjustments).toEqual([
      { productId: 1, placeId: LOSS.id, quantity: 1 },
      { productId: 1, placeId: A1.id, quantity: -1 },
      { productId: 2, placeId: A1.id, quantity: -1 },
      { productId: 2, placeId: A2.id, quantity: 1 },
      { productId: 5, placeId: A2.id, quantity: 1 },
      { productId: 6, placeId: ROOM.id, quantity: -2 },
      { productId: 6, placeId: LOSS.id, quantity: 2 },
    ]);
  });

  it('adjusts nothing the books have changed since the scan, and nothing for a piece counted where it is', () => {
    const report = computeVariances(
      input({
        expected: [{ productId: 1, placeId: A1.id, quantity: 1 }],
        // the bangle was moved to A2 after it was scanned there; the bracelet was received after its scan
        booksNow: [
          { productId: 1, placeId: A1.id, quantity: 1 },
          { productId: 2, placeId: A2.id, quantity: 1 },
          { productId: 5, placeId: A2.id, quantity: 1 },
        ],
        scans: [
          scanned('RING', 1, A1, 'counted', A1, '张三', 0),
          scanned('BANGLE', 2, A2, 'wrongPlace', A1, '张三', 1),
          scanned('BRACELET', 5, A2, 'notOnBooks', null, '李四', 3),
        ],
        counts: [],
        weighings: [],
      }),
    );
    expect(report.missing).toEqual([]);
    expect(report.wrongPlace).toHaveLength(1);
    expect(report.notOnBooks).toHaveLength(1);
    expect(report.adjustments).toEqual([]);
    // the bracelet is still over at cost and value (found, its receipt came later): ¥600 and ¥1,280
    expect(report.totals).toMatchObject({ overCostFen: 60_000, overValueFen: 128_000, shortCostFen: 0 });
  });

  it('brings a written-off piece found on a tray back from the written-off goods', () => {
    const report = computeVariances(
      input({
        expected: [],
        booksNow: [],
        elsewhereNow: new Map([[5, LOSS.id]]),
        scans: [scanned('BRACELET', 5, A2, 'notOnBooks', null, '李四', 3)],
        counts: [],
        weighings: [],
      }),
    );
    expect(report.adjustments).toEqual([
      { productId: 5, placeId: LOSS.id, quantity: -1 },
      { productId: 5, placeId: A2.id, quantity: 1 },
    ]);
  });

  it('counts lines without a cost or a rate apart instead of valuing them at nothing', () => {
    const report = computeVariances(
      input({
        rates: new Map(),
        expected: [
          { productId: 1, placeId: A1.id, quantity: 1 },
          { productId: 7, placeId: A2.id, quantity: 3 },
        ],
        scans: [],
        counts: [{ productId: 7, placeId: A2.id, quantity: 4, book: 3 }],
        weighings: [{ placeId: A1.id, purity: 'Au999', weightMg: 5_000, bookMg: 5_250 }],
      }),
    );
    // the ring has a cost but no rate today; the jade has a price but no cost
    expect(report.totals).toEqual({
      shortCostFen: 280_000,
      overCostFen: 0,
      shortValueFen: 0,
      overValueFen: 38_000,
      withoutCost: 1,
      withoutValue: 1,
    });
    expect(report.grams).toEqual([
      { purity: 'Au999', bookMg: 5_250, weighedMg: 5_000, differenceMg: -250, valueFen: null },
    ]);
  });
});
