import { z } from 'zod';
import { MAX_QUANTITY } from '../domain/limits';
import { channel } from './channel';
import { Milligrams, PuritySchema } from './catalog';
import { Id, Instant, withoutCardNumber } from './common';

/** Places a store sets up; the others (repair, sold, supplier, written off) are the system's own. */
export const STORE_PLACE_KINDS = ['counter', 'tray', 'safe', 'stockroom'] as const;
export const PLACE_KINDS = [...STORE_PLACE_KINDS, 'repair', 'sold', 'supplier', 'writtenOff'] as const;
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

export const StockPlace = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: PlaceKind,
  /** The counter a tray lies in. */
  parentId: Id.nullable(),
  active: z.boolean(),
  /** Counted in on hand: counters, trays, safes and stockrooms. */
  sellable: z.boolean(),
  /** One of the fixed places every store has: never deactivated, its kind never changed. */
  system: z.boolean(),
});
export type StockPlace = z.infer<typeof StockPlace>;

export const STOCK_MOVEMENT_REASONS = [
  'receipt',
  'sale',
  'return',
  'adjustment',
  'void',
  'transfer',
  'repair',
  'supplierReturn',
  'writeOff',
  'count',
] as const;

export const StockMovement = z.object({
  id: Id,
  placeId: Id,
  quantity: z.number().int(),
  reason: z.enum(STOCK_MOVEMENT_REASONS),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  at: Instant,
});
export type StockMovement = z.infer<typeof StockMovement>;

export const PlaceLevel = z.object({
  placeId: Id,
  code: z.string(),
  name: z.string(),
  kind: PlaceKind,
  quantity: z.number().int(),
});

/** What a place holds, a page at a time. */
export const CONTENTS_PAGE = 500;

const PlaceCode = z.string().trim().min(1).max(32);
const MoveLine = z.object({ productId: Id, quantity: z.number().int().min(1).max(MAX_QUANTITY) });

export const stockChannels = {
  'stock.places': channel({
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.array(StockPlace),
    access: 'signedIn',
    write: false,
  }),
  /** Adds a counter, a tray in a counter, a safe or a stockroom, or changes one; closes one only when empty. */
  'stock.savePlace': channel({
    input: z.object({
      id: Id.optional(),
      code: PlaceCode,
      name: z.string().trim().min(1).max(40),
      kind: PlaceKind,
      parentId: Id.nullable().default(null),
      active: z.boolean().default(true),
    }),
    output: StockPlace,
    access: 'stock.places',
    write: true,
  }),
  /** The goods at a place, by product id, from `after`. */
  'stock.contents': channel({
    input: z.object({ placeId: Id, after: z.number().int().nonnegative().default(0) }),
    output: z.object({
      place: StockPlace,
      lines: z.array(
        z.object({
          productId: Id,
          sku: z.string(),
          name: z.string(),
          barcode: z.string().nullable(),
          purity: PuritySchema.nullable(),
          weightMg: Milligrams.nullable(),
          serialized: z.boolean(),
          quantity: z.number().int(),
        }),
      ),
      /** The `after` of the next page; null on the last. */
      next: Id.nullable(),
    }),
    access: 'signedIn',
    write: false,
  }),
  /** A product's count at each place holding some; a tagged piece's one place and its last movement. */
  'stock.whereIs': channel({
    input: z.object({ productId: Id }),
    output: z.object({
      productId: Id,
      serialized: z.boolean(),
      levels: z.array(PlaceLevel),
      lastMovement: StockMovement.nullable(),
    }),
    access: 'signedIn',
    write: false,
  }),
  /**
   * 调拨: takes goods from one place to another. A tagged piece's source is found when `fromId` is left out.
   * A write-off or a return to the supplier needs a note and a manager's approval.
   */
  'stock.move': channel({
    input: z.object({
      fromId: Id.optional(),
      toId: Id,
      lines: z.array(MoveLine).min(1).max(CONTENTS_PAGE),
      note: withoutCardNumber(z.string().trim().max(200)).default(''),
    }),
    output: z.object({
      reference: z.string(),
      movements: z.array(z.object({ productId: Id, quantity: z.number().int(), fromId: Id, toId: Id })),
    }),
    access: 'stock.move',
    write: true,
    approvals: ['stock.writeOff'],
  }),
};
