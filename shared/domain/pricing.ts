import { BP_PER_WHOLE, divideRounded, MG_PER_GRAM } from './money';

export type LaborFee = { kind: 'perGram'; fen: number } | { kind: 'perPiece'; fen: number };

export interface WeighedPrice {
  /** weight × gold rate */
  metalFen: number;
  laborFen: number;
  /** metal + labor, rounded once; the two parts above always add up to it. */
  totalFen: number;
}

/**
 * Price of a weighed precious-metal item: weight × gold rate of its purity + labor fee (工费), rounded
 * once to the fen. The metal part is rounded on its own and the labor part takes the difference, so a
 * receipt's itemised breakdown adds up to the price charged.
 */
export function weighedItemPrice(
  weightMg: number,
  goldRateFenPerGram: number,
  laborFee: LaborFee,
): WeighedPrice {
  const perGram = goldRateFenPerGram + (laborFee.kind === 'perGram' ? laborFee.fen : 0);
  const perPiece = laborFee.kind === 'perPiece' ? laborFee.fen : 0;
  const totalFen = divideRounded(BigInt(weightMg) * BigInt(perGram), MG_PER_GRAM) + perPiece;
  const metalFen = divideRounded(BigInt(weightMg) * BigInt(goldRateFenPerGram), MG_PER_GRAM);
  return { metalFen, laborFen: totalFen - metalFen, totalFen };
}

export interface TradeInTerms {
  /** The store's buy-back rate for the purity, fen per gram. */
  buyBackFenPerGram: number;
  /** Deducted per gram (折旧费), fen. */
  deductionFenPerGram: number;
  /** Melting loss (损耗) taken off the weight, basis points. */
  lossBp: number;
}

/** What old gold handed in (以旧换新) is worth: (weight − loss) × (buy-back rate − deduction), rounded once. */
export function tradeInValue(weightMg: number, terms: TradeInTerms): number {
  const perGram = Math.max(0, terms.buyBackFenPerGram - terms.deductionFenPerGram);
  const numerator = BigInt(weightMg) * BigInt(BP_PER_WHOLE - terms.lossBp) * BigInt(perGram);
  return divideRounded(numerator, MG_PER_GRAM * BP_PER_WHOLE);
}
