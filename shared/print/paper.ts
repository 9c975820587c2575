/** Roll widths the store's thermal printers take, and what fits across them. */
export const PAPER_WIDTHS = [58, 80] as const;
export type PaperWidth = (typeof PAPER_WIDTHS)[number];

/** Characters of the 12×24 font per line, and dots across at 203 dpi (8 dots/mm). */
export const PAPER: Readonly<Record<PaperWidth, { columns: number; dots: number }>> = {
  58: { columns: 32, dots: 384 },
  80: { columns: 48, dots: 576 },
};

export const PAGE_SIZES = ['A5', 'A4'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
