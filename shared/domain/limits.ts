// The largest values the contract accepts. They are chosen together so that every product and sum the
// core computes from allowed inputs stays a safe integer (below 2^53 ≈ 9.007e15): a price × quantity, a
// rate × weight, a cart's total over its most lines, its tenders' sum. test/unit/domain/limits.test.ts
// works the worst cases out by hand.

/** Lines in one cart. */
export const MAX_SALE_LINES = 200;
/** Pieces on one line. */
export const MAX_QUANTITY = 9_999;
/** One unit price or any one amount entered for one thing: ¥10,000,000.00. */
export const MAX_PRICE_FEN = 1_000_000_000;
/** A gold rate or per-gram labor fee: ¥100,000.00 a gram (gold trades near ¥1,000). */
export const MAX_RATE_FEN_PER_GRAM = 10_000_000;
/** One weighed piece: 100 kg. */
export const MAX_WEIGHT_MG = 100_000_000;
/** Any total: a cart of the most lines at the most pieces at the highest price stays below it. */
export const MAX_TOTAL_FEN = 2_000_000_000_000_000;
/** Tenders of one payment. */
export const MAX_TENDERS = 20;
/** One tender: the most tenders of the most each pay the largest total, and their sum stays safe. */
export const MAX_TENDER_FEN = MAX_TOTAL_FEN / MAX_TENDERS;
