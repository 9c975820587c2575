import { z } from 'zod';
import type { PrintDocument } from '../document';
import { isTimeZone } from '../format';

/**
 * What a document needs besides its own data: the store's header and texts, taken when the job is queued
 * so a reprint shows what the original showed, and whether this print is a reprint (重印 COPY).
 */
export const PrintContext = z.object({
  store: z.object({ name: z.string(), address: z.string(), phone: z.string() }),
  returnPolicy: z.string(),
  warrantyCare: z.string(),
  warrantyTerms: z.string(),
  weightDecimals: z.literal([2, 3]),
  receiptCode: z.enum(['barcode', 'qr']),
  timeZone: z.string().refine(isTimeZone, 'unknown time zone'),
  copy: z.boolean(),
});
export type PrintContext = z.infer<typeof PrintContext>;

/**
 * One document type: the schema of its data (money in fen, weights in mg), the layout, and sample data
 * for previews. Adding a document (repair slip, X/Z report) is one more of these, nothing else.
 */
export interface Template<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  build(data: z.output<S>, context: PrintContext): PrintDocument;
  sample(): z.input<S>;
  /** Whether staff may print it again, marked 重印 COPY. */
  readonly reprintable: boolean;
}

export function template<S extends z.ZodType>(definition: Template<S>): Template<S> {
  return definition;
}

/** Every template prints this on reprints, at the top and at the bottom. */
export const COPY_MARK = '** 重印 COPY **';

/** A printable code (CODE128 set B, QR in ASCII mode): printable ASCII only. */
export const CodeText = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[ -~]+$/, 'printable ASCII only');

export const LocalDate = z.iso.date();
