import { z } from 'zod';
import {
  MAX_PRICE_FEN,
  MAX_QUANTITY,
  MAX_RATE_FEN_PER_GRAM,
  MAX_TENDER_FEN,
  MAX_TOTAL_FEN,
  MAX_WEIGHT_MG,
} from '../domain/limits';
import { BP_PER_WHOLE } from '../domain/money';
import { PURITY_CODES } from '../domain/purity';
import { channel } from './channel';
import { Empty, Id, Instant, withoutCardNumber } from './common';

// Bounded so that what the core computes from them stays exact (see shared/domain/limits.ts).
/** Any amount, totals included. */
export const Fen = z.number().int().nonnegative().max(MAX_TOTAL_FEN);
/** A unit price or one amount entered for one thing. */
export const PriceFen = Fen.max(MAX_PRICE_FEN);
/** Fen per gram: a gold rate or a per-gram labor fee. */
export const RateFen = Fen.max(MAX_RATE_FEN_PER_GRAM);
/** One tender of a payment. */
export const TenderFen = Fen.max(MAX_TENDER_FEN);
export const Quantity = z.number().int().min(1).max(MAX_QUANTITY);
export const Milligrams = z.number().int().positive().max(MAX_WEIGHT_MG);
export const PuritySchema = z.enum(PURITY_CODES);
export const LaborFeeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('perGram'), fen: RateFen }),
  z.object({ kind: z.literal('perPiece'), fen: PriceFen }),
]);
const Code = z.string().trim().min(1).max(64);

const ProductFields = z.object({
  sku: Code,
  name: z.string().trim().min(1).max(80),
  category: z.string().trim().min(1).max(40).nullable(),
  barcodes: z.array(Code).max(20),
  serialized: z.boolean(),
  certificateNo: z.string().trim().max(64).nullable(),
  warrantyMonths: z.number().int().min(0).max(1200),
  /**
   * What one unit cost the store (进价), for valuing stock at cost; null: not known. Left out, an update
   * keeps the product's cost, so a caller that does not deal in costs never erases one.
   */
  costFen: PriceFen.nullable().optional(),
});

/** The three kinds of goods: a piece at a fixed price, a weighed precious-metal item, counted goods. */
export const ProductInput = z.discriminatedUnion('kind', [
  ProductFields.extend({ kind: z.literal('fixed'), priceFen: PriceFen }),
  ProductFields.extend({
    kind: z.literal('weighed'),
    purity: PuritySchema,
    weightMg: Milligrams.nullable(),
    laborFee: LaborFeeSchema,
  }),
  ProductFields.extend({ kind: z.literal('quantity'), priceFen: PriceFen }),
]);
export type ProductInput = z.infer<typeof ProductInput>;

export const Product = z.object({
  id: Id,
  sku: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  kind: z.enum(['fixed', 'weighed', 'quantity']),
  priceFen: Fen.nullable(),
  purity: PuritySchema.nullable(),
  weightMg: Milligrams.nullable(),
  laborFee: LaborFeeSchema.nullable(),
  serialized: z.boolean(),
  certificateNo: z.string().nullable(),
  warrantyMonths: z.number().int(),
  barcodes: z.array(z.string()),
  onHand: z.number().int(),
  /** Left out for a reader who may not manage the catalog: a cashier does not see the store's margin. */
  costFen: Fen.nullable().optional(),
});
export type Product = z.infer<typeof Product>;

export const GoldRate = z.object({
  purity: PuritySchema,
  sellFenPerGram: Fen,
  buyBackFenPerGram: Fen.nullable(),
  businessDay: z.string(),
  setAt: Instant,
  setBy: z.string(),
});
export type GoldRate = z.infer<typeof GoldRate>;

/** The share of the last rate beyond which a change of rate must be confirmed (a typo such as ×10), bp. */
export const GoldRateGuard = z.object({
  confirmChangeBp: z
    .number()
    .int()
    .min(1)
    .max(BP_PER_WHOLE * 10),
});
export type GoldRateGuard = z.infer<typeof GoldRateGuard>;

export const catalogChannels = {
  /** Exact barcode or SKU, as a scanner sends it. */
  'catalog.lookup': channel({
    input: z.object({ code: Code }),
    output: Product,
    access: 'signedIn',
    write: false,
  }),
  /** As the cashier types: Chinese characters, pinyin initials or syllables, SKU and barcode. */
  'catalog.search': channel({
    input: z.object({
      text: z.string().max(40),
      category: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    output: z.array(Product),
    access: 'signedIn',
    write: false,
  }),
  'catalog.save': channel({
    input: z.object({ id: Id.optional(), product: ProductInput }),
    output: Product,
    access: 'catalog.manage',
    write: true,
  }),
  'catalog.receiveStock': channel({
    input: z.object({
      productId: Id,
      quantity: z.number().int().positive().max(100_000),
      note: withoutCardNumber(z.string().max(200)),
      /** Where the goods go: the stockroom unless given. */
      placeId: Id.optional(),
    }),
    /** The product, and the receipt's movement id, by which it can be reversed. */
    output: Product.extend({ receiptId: Id }),
    access: 'catalog.manage',
    write: true,
  }),
  /** Takes back a receipt of stock entered wrong, by a reversing movement with the reason; once only. */
  'catalog.reverseReceipt': channel({
    input: z.object({ receiptId: Id, reason: withoutCardNumber(z.string().trim().min(2).max(200)) }),
    output: Product,
    access: 'catalog.manage',
    write: true,
  }),
  'goldRates.today': channel({ input: Empty, output: z.array(GoldRate), access: 'signedIn', write: false }),
  'goldRates.set': channel({
    input: z.object({
      rates: z
        .array(
          z.object({
            purity: PuritySchema,
            sellFenPerGram: RateFen.positive(),
            buyBackFenPerGram: RateFen.positive().nullable(),
          }),
        )
        .min(1),
      /** Set after the person saw both figures of a change beyond the store's share (a typo such as ×10). */
      confirmed: z.boolean().default(false),
    }),
    output: z.array(GoldRate),
    access: 'goldRates.set',
    write: true,
  }),
  'goldRates.guard': channel({ input: Empty, output: GoldRateGuard, access: 'signedIn', write: false }),
  /** A store policy, so the store's settings permission, not the one who sets the rates, changes it. */
  'goldRates.saveGuard': channel({
    input: GoldRateGuard,
    output: GoldRateGuard,
    access: 'settings.manage',
    write: true,
  }),
};
