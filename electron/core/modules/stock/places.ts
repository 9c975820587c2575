import type { PlaceKind, StockPlace } from '../../../../shared/contract/stock';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';
import { DomainError } from '../../errors';

/** The system places, seeded by migration 0019 with these ids. */
export const PLACE = {
  stockroom: 1,
  safe: 2,
  repair: 3,
  sold: 4,
  supplier: 5,
  writtenOff: 6,
} as const;
const LAST_SYSTEM_PLACE = PLACE.writtenOff;

/** Kinds only the system places have: a store adds counters, trays, safes and stockrooms. */
const SYSTEM_KINDS: readonly PlaceKind[] = ['repair', 'sold', 'supplier', 'writtenOff'];

interface PlaceRow {
  id: number;
  code: string;
  name: string;
  kind: PlaceKind;
  parentId: number | null;
  active: number;
  sellable: number;
}

const PLACE_COLUMNS = 'id, code, name, kind, parent_id AS parentId, active, sellable';

const toPlace = (row: PlaceRow): StockPlace => ({
  ...row,
  active: row.active === 1,
  sellable: row.sellable === 1,
  system: row.id <= LAST_SYSTEM_PLACE,
});

export function listPlaces(db: ReadableDB, includeInactive = false): StockPlace[] {
  const rows = query(db, `SELECT ${PLACE_COLUMNS} FROM stock_places ORDER BY id`).all() as PlaceRow[];
  return rows.filter((row) => includeInactive || row.active === 1).map(toPlace);
}

export function getPlace(db: ReadableDB, placeId: number): StockPlace {
  const row = query(db, `SELECT ${PLACE_COLUMNS} FROM stock_places WHERE id = ?`).get(placeId) as
    PlaceRow | undefined;
  if (!row) throw new DomainError('STOCK_PLACE_NOT_FOUND', { placeId });
  return toPlace(row);
}

/** A place goods may be put into or taken from now. */
export function openPlace(db: ReadableDB, placeId: number): StockPlace {
  const place = getPlace(db, placeId);
  if (!place.active) throw new DomainError('STOCK_PLACE_CLOSED', { placeId, name: place.name });
  return place;
}

export interface PlaceInput {
  code: string;
  name: string;
  kind: PlaceKind;
  parentId: number | null;
  active: boolean;
}

/** Pieces at a place, and its open trays: a place closes only when both are none. */
function holdings(db: ReadableDB, placeId: number): number {
  const pieces = query(
    db,
    'SELECT coalesce(sum(abs(quantity)), 0) FROM stock_levels WHERE place_id = ? AND quantity <> 0',
  )
    .pluck()
    .get(placeId) as number;
  const trays = query(db, 'SELECT count(*) FROM stock_places WHERE parent_id = ? AND active = 1')
    .pluck()
    .get(placeId) as number;
  return pieces + trays;
}

export function savePlace(db: WritableDB, id: number | undefined, input: PlaceInput, now: Date): StockPlace {
  const before = id === undefined ? null : getPlace(db, id);
  if (before?.system) {
    if (input.kind !== before.kind || !input.active || input.parentId !== null) {
      throw new DomainError('STOCK_PLACE_SYSTEM', { placeId: before.id, name: before.name });
    }
  } else if (SYSTEM_KINDS.includes(input.kind)) {
    throw new DomainError('STOCK_PLACE_SYSTEM', { name: input.name, kind: input.kind });
  }
  if ((input.kind === 'tray') !== (input.parentId !== null))
    throw new DomainError('STOCK_TRAY_NEEDS_COUNTER');
  if (input.parentId !== null) {
    const parent = getPlace(db, input.parentId);
    if (parent.kind !== 'counter' || !parent.active) throw new DomainError('STOCK_TRAY_NEEDS_COUNTER');
  }
  if (before && before.kind === 'counter' && input.kind !== 'counter' && holdsTrays(db, before.id)) {
    throw new DomainError('STOCK_TRAY_NEEDS_COUNTER');
  }
  const owner = query(db, 'SELECT id FROM stock_places WHERE code = ?').pluck().get(input.code);
  if (owner !== undefined && owner !== id)
    throw new DomainError('STOCK_PLACE_CODE_TAKEN', { code: input.code });
  if (before && before.active && !input.active) {
    const quantity = holdings(db, before.id);
    if (quantity > 0)
      throw new DomainError('STOCK_PLACE_NOT_EMPTY', { placeId: before.id, name: before.name, quantity });
  }
  const values = [input.code, input.name, input.kind, input.parentId, input.active ? 1 : 0];
  if (before) {
    statement(
      db,
      'UPDATE stock_places SET code = ?, name = ?, kind = ?, parent_id = ?, active = ? WHERE id = ?',
    ).run(...values, before.id);
    return getPlace(db, before.id);
  }
  const created = statement(
    db,
    'INSERT INTO stock_places (code, name, kind, parent_id, active, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(...values, now.toISOString());
  return getPlace(db, Number(created.lastInsertRowid));
}

function holdsTrays(db: ReadableDB, placeId: number): boolean {
  return query(db, 'SELECT 1 FROM stock_places WHERE parent_id = ? LIMIT 1').get(placeId) !== undefined;
}
