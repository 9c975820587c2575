import { z } from 'zod';
import { PURITY_CODES } from '../domain/purity';

// What a tag (标签) prints, apart from the templates so the contract can share the schemas without their code.

export const TAG_SHAPES = ['dumbbell', 'rectangle'] as const;
export type TagShape = (typeof TAG_SHAPES)[number];

const Mm = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * The label stock. A dumbbell (哑铃) tag has two faces joined by a tail that goes round the piece: the tail
 * (in the middle, across the width) carries no print.
 */
export const TagLayout = z.discriminatedUnion('shape', [
  z.object({
    shape: z.literal('dumbbell'),
    widthMm: Mm(40, 120),
    heightMm: Mm(6, 30),
    gapMm: Mm(0, 10),
    tailMm: Mm(0, 60),
  }),
  z.object({
    shape: z.literal('rectangle'),
    widthMm: Mm(20, 120),
    heightMm: Mm(15, 100),
    gapMm: Mm(0, 10),
  }),
]);
export type TagLayout = z.infer<typeof TagLayout>;

export const DEFAULT_TAG_LAYOUTS = {
  dumbbell: { shape: 'dumbbell', widthMm: 72, heightMm: 10, gapMm: 2, tailMm: 22 },
  rectangle: { shape: 'rectangle', widthMm: 40, heightMm: 30, gapMm: 2 },
} as const satisfies Record<TagShape, TagLayout>;

/** One piece as its tag shows it (一物一码): what it is, its barcode, and the price it claims. */
export const TagPiece = z.object({
  productId: z.number().int().positive(),
  sku: z.string().min(1).max(64),
  /** Printed as the printer's own CODE128: printable ASCII only. */
  barcode: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[ -~]+$/, 'printable ASCII only'),
  name: z.string().min(1).max(80),
  purity: z.enum(PURITY_CODES).nullable(),
  weightMg: z.number().int().positive().nullable(),
  /** A fixed price (fen); null for weighed gold, which is priced by the day's rate plus its labor fee. */
  priceFen: z.number().int().nonnegative().nullable(),
  laborFee: z
    .object({ kind: z.enum(['perGram', 'perPiece']), fen: z.number().int().nonnegative() })
    .nullable(),
  certificateNo: z.string().max(64).nullable(),
});
export type TagPiece = z.infer<typeof TagPiece>;

/** A tag job's data: the piece and the stock it was laid out for when queued. */
export const TagData = z.object({ piece: TagPiece, layout: TagLayout });
export type TagData = z.infer<typeof TagData>;
