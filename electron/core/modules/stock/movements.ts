import type { PlaceKind, STOCK_MOVEMENT_REASONS } from '../../../../shared/contract/stock';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';
import { PLACE } from './places';

export type MovementReason = (typeof STOCK_MOVEMENT_REASONS)[number];

/** Who moved the goods, when, and the document that moved them (a receipt number, a return, a transfer). */
export interface MovementContext {
  reference: string | null;
  now: Date;
  actorId: number | null;
  note?: string | null;
}

// Every row of stock_movements is written here: triggers keep the levels per place and on hand from them.
export function addStockMovement(
  db: WritableDB,
  movement: {
    productId: number;
    quantity: number;
    reason: MovementReason;
    placeId: number;
    reversesId?: number;
  },
  context: MovementContext,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, reverses_id, note, place_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      movement.productId,
      movement.quantity,
      movement.reason,
      context.reference,
      context.now.toISOString(),
      context.actorId,
      movement.reversesId ?? null,
      context.note ?? null,
      movement.placeId,
    ).lastInsertRowid,
  );
}

export function levelAt(db: ReadableDB, productId: number, placeId: number): number {
  return (
    (query(db, 'SELECT quantity FROM stock_levels WHERE product_id = ? AND place_id = ?')
      .pluck()
      .get(productId, placeId) as number | undefined) ?? 0
  );
}

export interface Level {
  placeId: number;
  code: string;
  name: string;
  kind: PlaceKind;
  sellable: boolean;
  quantity: number;
}

/** Every place holding some of the product (or owing some: a counted good sold ahead of stock), by id. */
export function levelsOf(db: ReadableDB, productId: number): Level[] {
  const rows = query(
    db,
    `SELECT l.place_id AS placeId, p.code, p.name, p.kind, p.sellable, l.quantity
     FROM stock_levels l JOIN stock_places p ON p.id = l.place_id
     WHERE l.product_id = ? AND l.quantity <> 0 ORDER BY l.place_id`,
  ).all(productId) as (Omit<Level, 'sellable'> & { sellable: number })[];
  return rows.map((row) => ({ ...row, sellable: row.sellable === 1 }));
}

/** A transfer (调拨) and the like: out of one place, into another, under one reference. */
export function moveStock(
  db: WritableDB,
  move: { productId: number; quantity: number; fromId: number; toId: number; reason: MovementReason },
  context: MovementContext,
): { outId: number; inId: number } {
  const { productId, quantity, reason } = move;
  const outId = addStockMovement(
    db,
    { productId, quantity: -quantity, reason, placeId: move.fromId },
    context,
  );
  const inId = addStockMovement(db, { productId, quantity, reason, placeId: move.toId }, context);
  return { outId, inId };
}

/**
 * A sale line takes its goods from the sellable places holding them, the fullest first, and what none holds
 * from the stockroom (a counted good sold ahead of stock goes below zero there only); all of it goes to SOLD.
 */
export function sellStock(
  db: WritableDB,
  line: { productId: number; quantity: number },
  context: MovementContext,
): void {
  const held = query(
    db,
    `SELECT l.place_id AS placeId, l.quantity FROM stock_levels l JOIN stock_places p ON p.id = l.place_id
     WHERE l.product_id = ? AND l.quantity > 0 AND p.sellable ORDER BY l.quantity DESC, l.place_id`,
  ).all(line.productId) as { placeId: number; quantity: number }[];
  let left = line.quantity;
  const taken = new Map<number, number>();
  for (const place of held) {
    if (left === 0) break;
    const take = Math.min(left, place.quantity);
    taken.set(place.placeId, take);
    left -= take;
  }
  if (left > 0) taken.set(PLACE.stockroom, (taken.get(PLACE.stockroom) ?? 0) + left);
  for (const [placeId, quantity] of taken) {
    addStockMovement(
      db,
      { productId: line.productId, quantity: -quantity, reason: 'sale', placeId },
      context,
    );
  }
  addStockMovement(
    db,
    { productId: line.productId, quantity: line.quantity, reason: 'sale', placeId: PLACE.sold },
    context,
  );
}

/** A void puts the sale's goods back where they were taken from: each of its rows reversed, once. */
export function unsellStock(
  db: WritableDB,
  sale: { reference: string; productIds: readonly number[] },
  context: MovementContext,
): void {
  for (const productId of new Set(sale.productIds)) {
    const rows = query(
      db,
      `SELECT m.id, m.quantity, m.place_id AS placeId FROM stock_movements m
       WHERE m.reference = ? AND m.product_id = ? AND m.reason = 'sale'
         AND NOT EXISTS (SELECT 1 FROM stock_movements r WHERE r.reverses_id = m.id)
       ORDER BY m.id`,
    ).all(sale.reference, productId) as { id: number; quantity: number; placeId: number }[];
    for (const row of rows) {
      addStockMovement(
        db,
        { productId, quantity: -row.quantity, reason: 'void', placeId: row.placeId, reversesId: row.id },
        context,
      );
    }
  }
}

export type ReturnDecision = 'restock' | 'repair' | 'writeOff';

const RETURN_PLACE: Record<ReturnDecision, number> = {
  restock: PLACE.stockroom,
  repair: PLACE.repair,
  writeOff: PLACE.writtenOff,
};

/**
 * A returned line leaves SOLD (what SOLD holds of it, at most: a return without a receipt may bring back
 * goods sold before places were kept) and goes to the stockroom, the repair desk or the written-off goods.
 */
export function takeBackStock(
  db: WritableDB,
  line: { productId: number; quantity: number; decision: ReturnDecision },
  context: MovementContext,
): void {
  const { productId, quantity } = line;
  const fromSold = Math.min(quantity, Math.max(0, levelAt(db, productId, PLACE.sold)));
  if (fromSold > 0) {
    addStockMovement(db, { productId, quantity: -fromSold, reason: 'return', placeId: PLACE.sold }, context);
  }
  addStockMovement(
    db,
    { productId, quantity, reason: 'return', placeId: RETURN_PLACE[line.decision] },
    context,
  );
}
