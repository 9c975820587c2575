import { z } from 'zod';
import { DEFAULT_TAG_LAYOUTS, TagLayout, TagPiece } from '../print/tag-data';
import { channel } from './channel';
import { Empty, Id } from './common';
import { PrintJob } from './printing';

/** Which label printer tags go to, and the stock of each shape; `shape` is the one in use. */
export const TagSettings = z.object({
  printerId: Id.nullable(),
  shape: z.enum(['dumbbell', 'rectangle']),
  dumbbell: TagLayout.options[0],
  rectangle: TagLayout.options[1],
});
export type TagSettings = z.infer<typeof TagSettings>;

export const DEFAULT_TAG_SETTINGS: TagSettings = {
  printerId: null,
  shape: 'dumbbell',
  dumbbell: DEFAULT_TAG_LAYOUTS.dumbbell,
  rectangle: DEFAULT_TAG_LAYOUTS.rectangle,
};

/** A piece to choose for tagging, with whether it has had a tag before (printing again is a reprint). */
export const TagCandidate = TagPiece.extend({ tagged: z.boolean() });
export type TagCandidate = z.infer<typeof TagCandidate>;

const ProductIds = z.array(Id).min(1).max(200);

export const tagsChannels = {
  'tags.settings': channel({ input: Empty, output: TagSettings, access: 'signedIn', write: false }),
  'tags.saveSettings': channel({
    input: TagSettings,
    output: TagSettings,
    access: 'printing.manage',
    write: true,
  }),
  /** Pieces to tag: found by the catalog's search, or every piece received today (the store's day). */
  'tags.pieces': channel({
    input: z.discriminatedUnion('source', [
      z.object({ source: z.literal('search'), text: z.string().max(40) }),
      z.object({ source: z.literal('receivedToday') }),
      z.object({ source: z.literal('ids'), productIds: ProductIds }),
    ]),
    output: z.array(TagCandidate),
    access: 'tags.print',
    write: false,
  }),
  /**
   * A piece's tag as the label printer will print it, as an SVG image (one unit a dot); `settings` previews
   * stock not yet saved.
   */
  'tags.preview': channel({
    input: z.object({ productId: Id, settings: TagSettings.optional() }),
    output: z.object({ image: z.string(), widthDots: z.number().int(), heightDots: z.number().int() }),
    access: 'tags.print',
    write: false,
  }),
  /** Queues a tag per piece on the label printer; each is journaled, as a reprint when tagged before. */
  'tags.print': channel({
    input: z.object({ productIds: ProductIds, copies: z.number().int().min(1).max(5).default(1) }),
    output: z.array(PrintJob),
    access: 'tags.print',
    write: true,
  }),
};
