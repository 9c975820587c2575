import { describe, expect, it } from 'vitest';
import { compareTally, type ExpectedLine, type TallyScan } from '../../../shared/domain/tally';

// A counter with two trays: tray 11 holds two Au999 rings (3.210 g, 4.005 g) and an Au750 pendant (2.500 g);
// tray 12 holds an Au999 bangle (10.000 g) and five silver charms, a counted good without a tag weight each.
const TRAY_A = 11;
const TRAY_B = 12;
const piece = (
  productId: number,
  placeId: number,
  purity: ExpectedLine['purity'],
  weightMg: number | null,
) => ({
  productId,
  placeId,
  quantity: 1,
  purity,
  weightMg,
  serialized: true,
});
const BOOKS: ExpectedLine[] = [
  piece(1, TRAY_A, 'Au999', 3_210),
  piece(2, TRAY_A, 'Au999', 4_005),
  piece(3, TRAY_A, 'Au750', 2_500),
  piece(4, TRAY_B, 'Au999', 10_000),
  { productId: 5, placeId: TRAY_B, quantity: 5, purity: null, weightMg: null, serialized: false },
];
const PURITY: Record<number, TallyScan['purity']> = {
  1: 'Au999',
  2: 'Au999',
  3: 'Au750',
  4: 'Au999',
  5: null,
};
const scans = (...ids: number[]): TallyScan[] =>
  ids.map((productId) => ({ productId, serialized: productId !== 5, purity: PURITY[productId] ?? null }));
// Au999 booked: 3.210 + 4.005 + 10.000 = 17.215 g; Au750: 2.500 g.
const ALL = scans(1, 2, 3, 4, 5, 5, 5, 5, 5);

describe('点货: the count against the books', () => {
  it('balances when every piece is scanned and each purity weighs its booked total within tolerance', () => {
    const result = compareTally({
      expected: BOOKS,
      scans: ALL,
      weighings: { Au999: 17_215 + 50, Au750: 2_500 - 50 },
      toleranceMg: 50,
    });
    expect(result).toMatchObject({
      missing: [],
      unexpected: [],
      duplicates: [],
      expectedPieces: 9,
      countedPieces: 9,
      weighingPending: false,
      differences: false,
    });
    expect(result.purities).toEqual([
      {
        purity: 'Au999',
        expectedPieces: 3,
        expectedMg: 17_215,
        untaggedPieces: 0,
        countedMg: 17_265,
        differenceMg: 50,
        status: 'within',
      },
      {
        purity: 'Au750',
        expectedPieces: 1,
        expectedMg: 2_500,
        untaggedPieces: 0,
        countedMg: 2_450,
        differenceMg: -50,
        status: 'within',
      },
    ]);
  });

  it('is flagged when a purity weighs one milligram beyond the tolerance, either way', () => {
    const heavy = compareTally({
      expected: BOOKS,
      scans: ALL,
      weighings: { Au999: 17_266, Au750: 2_500 },
      toleranceMg: 50,
    });
    expect(heavy.purities[0]).toMatchObject({ differenceMg: 51, status: 'beyond' });
    expect(heavy.differences).toBe(true);
    const light = compareTally({
      expected: BOOKS,
      scans: ALL,
      weighings: { Au999: 17_215, Au750: 2_449 },
      toleranceMg: 50,
    });
    expect(light.purities[1]).toMatchObject({ differenceMg: -51, status: 'beyond' });
    expect(light.differences).toBe(true);
  });

  it('reports a piece not scanned as missing from its tray, short in grams too', () => {
    // ring 2 (4.005 g) gone: the Au999 on the scale is 17.215 − 4.005 = 13.210 g
    const result = compareTally({
      expected: BOOKS,
      scans: scans(1, 3, 4, 5, 5, 5, 5, 5),
      weighings: { Au999: 13_210, Au750: 2_500 },
      toleranceMg: 50,
    });
    expect(result.missing).toEqual([{ productId: 2, placeId: TRAY_A, quantity: 1 }]);
    expect(result.lines.find((l) => l.productId === 2)).toEqual({
      productId: 2,
      placeId: TRAY_A,
      expected: 1,
      counted: 0,
    });
    expect(result.purities[0]).toMatchObject({ differenceMg: -4_005, status: 'beyond' });
    expect(result).toMatchObject({ countedPieces: 8, expectedPieces: 9, differences: true });
  });

  it('counts a piece scanned twice once, and says so', () => {
    const result = compareTally({
      expected: BOOKS,
      scans: scans(1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 1),
      weighings: { Au999: 17_215, Au750: 2_500 },
      toleranceMg: 50,
    });
    expect(result.duplicates).toEqual([{ productId: 1, scans: 3 }]);
    expect(result).toMatchObject({ missing: [], unexpected: [], countedPieces: 9, differences: false });
  });

  it('lists a piece the counter does not hold as unexpected, and a counted good over its booked quantity', () => {
    const stranger = { productId: 9, serialized: true, purity: 'Pt950' as const };
    const result = compareTally({
      expected: BOOKS,
      scans: [...ALL, stranger, ...scans(5)],
      weighings: { Au999: 17_215, Au750: 2_500, Pt950: 6_000 },
      toleranceMg: 50,
    });
    expect(result.unexpected).toEqual([
      { productId: 5, quantity: 1 },
      { productId: 9, quantity: 1 },
    ]);
    expect(result.missing).toEqual([]);
    // nothing of Pt950 is booked here: the 6.000 g weighed are all a difference
    expect(result.purities[2]).toEqual({
      purity: 'Pt950',
      expectedPieces: 0,
      expectedMg: 0,
      untaggedPieces: 0,
      countedMg: 6_000,
      differenceMg: 6_000,
      status: 'beyond',
    });
    expect(result.countedPieces).toBe(11);
    expect(result.differences).toBe(true);
  });

  it('fills a good booked to two trays tray by tray', () => {
    const books: ExpectedLine[] = [
      { productId: 5, placeId: TRAY_A, quantity: 2, purity: null, weightMg: null, serialized: false },
      { productId: 5, placeId: TRAY_B, quantity: 3, purity: null, weightMg: null, serialized: false },
    ];
    const result = compareTally({
      expected: books,
      scans: scans(5, 5, 5, 5),
      weighings: {},
      toleranceMg: 50,
    });
    expect(result.lines).toEqual([
      { productId: 5, placeId: TRAY_A, expected: 2, counted: 2 },
      { productId: 5, placeId: TRAY_B, expected: 3, counted: 2 },
    ]);
    expect(result.missing).toEqual([{ productId: 5, placeId: TRAY_B, quantity: 1 }]);
    expect(result.purities).toEqual([]);
    expect(result.weighingPending).toBe(false);
  });

  it('keeps a purity pending until weighed, and cannot judge one whose pieces lack a tag weight', () => {
    const books: ExpectedLine[] = [...BOOKS, piece(6, TRAY_B, 'Au750', null)];
    const result = compareTally({
      expected: books,
      scans: scans(1, 2, 3, 4, 6),
      weighings: { Au750: 5_000 },
      toleranceMg: 50,
    });
    expect(result.purities.map((p) => [p.purity, p.status])).toEqual([
      ['Au999', 'pending'],
      ['Au750', 'unknown'],
    ]);
    expect(result.purities[1]).toMatchObject({ expectedPieces: 2, expectedMg: 2_500, untaggedPieces: 1 });
    expect(result.weighingPending).toBe(true);
  });

  it('with nothing scanned, everything booked is missing', () => {
    const result = compareTally({ expected: BOOKS, scans: [], weighings: {}, toleranceMg: 50 });
    expect(result.missing.map((m) => [m.productId, m.quantity])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 5],
    ]);
    expect(result).toMatchObject({ countedPieces: 0, expectedPieces: 9, weighingPending: true });
  });
});
