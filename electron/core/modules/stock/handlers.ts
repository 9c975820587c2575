import type { StockPlace } from '../../../../shared/contract/stock';
import { CONTENTS_PAGE } from '../../../../shared/contract/stock';
import type { Purity } from '../../../../shared/domain/purity';
import { roleHas } from '../../../../shared/domain/roles';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import { query, type ReadableDB } from '../../db/statements';
import { DomainError } from '../../errors';
import { getProduct } from '../catalog';
import { levelAt, levelsOf, moveStock, type MovementReason } from './movements';
import { getPlace, listPlaces, openPlace, savePlace } from './places';
import { receiveStock, reverseReceipt } from './receipts';

type StockChannels =
  | 'stock.places'
  | 'stock.savePlace'
  | 'stock.contents'
  | 'stock.whereIs'
  | 'stock.move'
  | 'catalog.receiveStock'
  | 'catalog.reverseReceipt';

/** Goods leave these only by a receipt (back from the supplier) or a return, never by a move. */
const CLOSED_SOURCES: readonly StockPlace['kind'][] = ['sold', 'supplier', 'writtenOff'];

function reasonOf(from: StockPlace, to: StockPlace): MovementReason {
  if (to.kind === 'writtenOff') return 'writeOff';
  if (to.kind === 'supplier') return 'supplierReturn';
  if (to.kind === 'repair' || from.kind === 'repair') return 'repair';
  return 'transfer';
}

function contents(db: ReadableDB, placeId: number, after: number) {
  const lines = query(
    db,
    `SELECT l.product_id AS productId, p.sku, p.name,
            (SELECT min(code) FROM barcodes b WHERE b.product_id = p.id) AS barcode,
            p.purity, p.weight_mg AS weightMg, p.serialized, l.quantity
     FROM stock_levels l JOIN products p ON p.id = l.product_id
     WHERE l.place_id = ? AND l.quantity <> 0 AND l.product_id > ?
     ORDER BY l.product_id LIMIT ?`,
  ).all(placeId, after, CONTENTS_PAGE + 1) as {
    productId: number;
    sku: string;
    name: string;
    barcode: string | null;
    purity: Purity | null;
    weightMg: number | null;
    serialized: number;
    quantity: number;
  }[];
  const page = lines.slice(0, CONTENTS_PAGE);
  return {
    lines: page.map((line) => ({ ...line, serialized: line.serialized === 1 })),
    next: lines.length > CONTENTS_PAGE ? (page.at(-1)?.productId ?? null) : null,
  };
}

function lastMovement(db: ReadableDB, productId: number) {
  return (
    (query(
      db,
      `SELECT id, place_id AS placeId, quantity, reason, reference, note, at FROM stock_movements
       WHERE product_id = ? ORDER BY id DESC LIMIT 1`,
    ).get(productId) as
      | {
          id: number;
          placeId: number;
          quantity: number;
          reason: MovementReason;
          reference: string | null;
          note: string | null;
          at: string;
        }
      | undefined) ?? null
  );
}

interface MoveInput {
  fromId?: number;
  toId: number;
  lines: { productId: number; quantity: number }[];
  note: string;
}

/** 调拨, a write-off or a return to the supplier: each line out of its place and into the target. */
function move(ctx: HandlerContext, input: MoveInput) {
  const { db, now } = ctx;
  const to = openPlace(db, input.toId);
  const from = input.fromId === undefined ? null : openPlace(db, input.fromId);
  if (to.kind === 'sold' || (from && CLOSED_SOURCES.includes(from.kind))) {
    throw new DomainError('STOCK_MOVE_NOT_ALLOWED', { from: from?.name ?? '', to: to.name });
  }
  if (from?.id === to.id) throw new DomainError('STOCK_MOVE_SAME_PLACE', { placeId: to.id });
  const leavesStore = to.kind === 'writtenOff' || to.kind === 'supplier';
  if (leavesStore && input.note === '') throw new DomainError('STOCK_MOVE_NEEDS_NOTE', { placeId: to.id });
  if (leavesStore) {
    ctx.requireApproval({
      permission: 'stock.writeOff',
      covers: (staff) => roleHas(staff.role, 'stock.writeOff'),
      details: { place: to.name },
    });
  }
  const next = query(db, 'SELECT coalesce(max(id), 0) + 1 FROM stock_movements').pluck().get() as number;
  const reference = `MV-${next}`;
  const context = { reference, now, actorId: actorOf(ctx).id, note: input.note || null };
  const movements = input.lines.map((line) => {
    const product = getProduct(db, line.productId);
    const source = from ?? sourceOfPiece(db, product);
    if (source.id === to.id) throw new DomainError('STOCK_MOVE_SAME_PLACE', { placeId: to.id });
    if (CLOSED_SOURCES.includes(source.kind)) {
      throw new DomainError('STOCK_MOVE_NOT_ALLOWED', { from: source.name, to: to.name });
    }
    const held = levelAt(db, product.id, source.id);
    if (held < line.quantity) {
      throw new DomainError('STOCK_NOT_AT_PLACE', {
        productId: product.id,
        name: product.name,
        place: source.name,
        placeId: source.id,
        quantity: held,
        wanted: line.quantity,
      });
    }
    const reason = reasonOf(source, to);
    const ids = moveStock(
      db,
      { productId: product.id, quantity: line.quantity, fromId: source.id, toId: to.id, reason },
      context,
    );
    return { productId: product.id, quantity: line.quantity, fromId: source.id, toId: to.id, reason, ...ids };
  });
  ctx.journal('stock.moved', {
    reference,
    toId: to.id,
    note: input.note,
    lines: movements,
  });
  return {
    reference,
    movements: movements.map(({ productId, quantity, fromId, toId }) => ({
      productId,
      quantity,
      fromId,
      toId,
    })),
  };
}

/** Where a tagged piece is in the store; counted goods must name the place they leave. */
function sourceOfPiece(
  db: ReadableDB,
  product: { id: number; name: string; sku: string; serialized: boolean },
) {
  if (!product.serialized)
    throw new DomainError('STOCK_FROM_PLACE_REQUIRED', { productId: product.id, name: product.name });
  const at = levelsOf(db, product.id).find((level) => level.quantity > 0);
  if (!at || CLOSED_SOURCES.includes(at.kind)) {
    throw new DomainError('STOCK_NOT_IN_STORE', {
      productId: product.id,
      name: product.name,
      sku: product.sku,
    });
  }
  return openPlace(db, at.placeId);
}

export function stockHandlers(): HandlerGroup<StockChannels> {
  return {
    'stock.places': (input, { db }) => listPlaces(db, input.includeInactive),

    'stock.savePlace': (input, ctx) => {
      const { id, ...fields } = input;
      const place = savePlace(ctx.db, id, fields, ctx.now);
      ctx.journal(id === undefined ? 'stock.placeCreated' : 'stock.placeUpdated', {
        placeId: place.id,
        code: place.code,
        name: place.name,
        kind: place.kind,
        parentId: place.parentId,
        active: place.active,
      });
      return place;
    },

    'stock.contents': (input, { db }) => ({
      place: getPlace(db, input.placeId),
      ...contents(db, input.placeId, input.after),
    }),

    'stock.whereIs': (input, { db }) => {
      const product = getProduct(db, input.productId);
      return {
        productId: product.id,
        serialized: product.serialized,
        levels: levelsOf(db, product.id).map(({ sellable: _sellable, ...level }) => level),
        lastMovement: lastMovement(db, product.id),
      };
    },

    'stock.move': (input, ctx) => move(ctx, input),

    'catalog.receiveStock': (input, ctx) => receiveStock(ctx, input),

    'catalog.reverseReceipt': (input, ctx) => reverseReceipt(ctx, input),
  };
}
