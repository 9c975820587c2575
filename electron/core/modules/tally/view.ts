import type { Tally, TallyPiece } from '../../../../shared/contract/tally';
import { compareTally } from '../../../../shared/domain/tally';
import { getStaff, toStaffRef } from '../staff';
import type { ReadableDB } from '../../db/statements';
import {
  bookedAt,
  findPlace,
  placesOfCounter,
  scannedIn,
  weighingsOf,
  whereIs,
  type GoodRow,
  type TallyRow,
} from './repo';

function goodFields(good: GoodRow): GoodRow {
  const { productId, sku, name, purity, weightMg, serialized } = good;
  return { productId, sku, name, purity, weightMg, serialized };
}

/** A count as it stands: the record once it has ended, else the books now against the scans and weighings. */
export function tallyView(db: ReadableDB, row: TallyRow): Tally {
  if (row.result !== null) return JSON.parse(row.result) as Tally;
  const counter = findPlace(db, row.counterId);
  if (!counter) throw new Error(`count ${row.id} of a missing place ${row.counterId}`);
  const booked = bookedAt(db, row.counterId);
  const scanned = scannedIn(db, row.id);
  const weighings = weighingsOf(db, row.id);
  const comparison = compareTally({
    expected: booked,
    scans: scanned.flatMap((good) => Array.from({ length: good.scans }, () => good)),
    weighings: Object.fromEntries(weighings.map((w) => [w.purity, w.weightMg])),
    toleranceMg: row.toleranceMg,
  });
  const goods = new Map<number, GoodRow>([...scanned, ...booked].map((good) => [good.productId, good]));
  const goodOf = (productId: number): GoodRow => goodFields(goods.get(productId) as GoodRow);

  const pieces: TallyPiece[] = comparison.lines.map((line) => ({ ...goodOf(line.productId), ...line }));
  const places = placesOfCounter(db, row.counterId);
  return {
    id: row.id,
    counter,
    kind: row.kind,
    status: row.status,
    startedAt: row.startedAt,
    startedBy: toStaffRef(getStaff(db, row.startedBy)),
    finishedAt: null,
    finishedBy: null,
    secondPerson: null,
    note: null,
    toleranceMg: row.toleranceMg,
    trays: places.map((place) => ({ place, pieces: pieces.filter((piece) => piece.placeId === place.id) })),
    missing: pieces.filter((piece) => piece.counted < piece.expected),
    unexpected: comparison.unexpected.map((u) => ({
      ...goodOf(u.productId),
      quantity: u.quantity,
      where: whereIs(db, u.productId),
    })),
    duplicates: comparison.duplicates.map((d) => ({ ...d, name: goodOf(d.productId).name })),
    purities: comparison.purities.map((p) => ({
      ...p,
      source: weighings.find((w) => w.purity === p.purity)?.source ?? null,
    })),
    expectedPieces: comparison.expectedPieces,
    countedPieces: comparison.countedPieces,
    weighingPending: comparison.weighingPending,
    differences: comparison.differences,
  };
}
