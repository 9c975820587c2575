import { cut, pair, text } from '../document';
import { formatRate } from '../format';
import { formatGrams, formatYuan } from '../../domain/money';
import { PURITIES } from '../../domain/purity';
import { DEFAULT_TAG_LAYOUTS, TagData } from '../tag-data';
import { template } from './template';

/**
 * A piece's tag. Label printers print it from its data as TSPL (electron/core/printing/label); this document
 * is what a receipt printer or a preview of the template list shows.
 */
export const tag = template({
  schema: TagData,
  // a reprint is a new price claim: it goes through tags.print, which journals it
  reprintable: false,
  build({ piece }) {
    return {
      title: `标签 ${piece.sku}`,
      blocks: [
        text(piece.name, { bold: true }),
        ...(piece.purity ? [pair('成色', PURITIES[piece.purity].zh)] : []),
        ...(piece.weightMg === null ? [] : [pair('重量', formatGrams(piece.weightMg, 2))]),
        ...(piece.laborFee === null
          ? []
          : [
              pair(
                '工费',
                piece.laborFee.kind === 'perGram'
                  ? formatRate(piece.laborFee.fen)
                  : formatYuan(piece.laborFee.fen),
              ),
            ]),
        ...(piece.priceFen === null ? [] : [pair('售价', formatYuan(piece.priceFen))]),
        ...(piece.certificateNo ? [pair('证书', piece.certificateNo)] : []),
        { kind: 'barcode', data: piece.barcode, hri: true },
        cut(),
      ],
    };
  },
  sample: () => ({
    piece: {
      productId: 1,
      sku: 'G-0001',
      barcode: '6901234567892',
      name: '足金古法手镯',
      purity: 'Au999' as const,
      weightMg: 20_150,
      priceFen: null,
      laborFee: { kind: 'perGram' as const, fen: 1_500 },
      certificateNo: 'NGTC-2026-000123',
    },
    layout: DEFAULT_TAG_LAYOUTS.dumbbell,
  }),
});
