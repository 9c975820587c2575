// Money is integer fen and weight integer milligrams everywhere; this is the one rounding rule.

/** numerator / denominator rounded half away from zero, exact for any integers (BigInt inside). */
export function divideRounded(numerator: number | bigint, denominator: number | bigint): number {
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  const result = Number(negative ? -q : q);
  if (!Number.isSafeInteger(result)) throw new RangeError('amount out of range');
  return result;
}

/** Basis points: 10000 bp = 100 %. A 5 % discount is 500 bp. */
export const BP_PER_WHOLE = 10_000;

export function percentOf(amountFen: number, bp: number): number {
  return divideRounded(BigInt(amountFen) * BigInt(bp), BP_PER_WHOLE);
}

export const MG_PER_GRAM = 1_000;
export const MG_PER_CARAT = 200;

/**
 * Parses a decimal amount typed by a person (yuan with up to 2 decimals, grams with up to 3) into an
 * integer of the smaller unit without going through floating point. Null for anything else.
 */
export function parseDecimal(text: string, decimals: number): number | null {
  const match = new RegExp(`^\\s*(\\d{1,12})(?:\\.(\\d{0,${decimals}}))?\\s*$`).exec(text);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

export const parseYuan = (text: string): number | null =>
  parseDecimal(text.replace(/^\s*[￥¥]/, '').replace(/,/g, ''), 2);
export const parseGrams = (text: string): number | null => parseDecimal(text.replace(/\s*g$/i, ''), 3);

/** 61250 → "612.50". */
export function formatDecimal(value: number, decimals: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`amounts are integer fen or mg: ${value}`);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/**
 * The full-width yuan sign U+FFE5 (GB2312 A3A4). The half-width ¥ U+00A5 is not in GBK: printers show it
 * as '?' and GB18030 needs four bytes for it, so neither the screen nor paper ever shows it.
 */
export const YUAN = '\uffe5';

/** "1234567" → "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** 1234550 → "￥12,345.50"; −50000 → "-￥500.00": the one way money is shown, on screen and on paper. */
export function formatYuan(fen: number): string {
  const [whole = '0', fraction = '00'] = formatDecimal(Math.abs(fen), 2).split('.');
  return `${fen < 0 ? '-' : ''}${YUAN}${groupThousands(whole)}.${fraction}`;
}

export type WeightDecimals = 2 | 3;

/** Integer milligrams → grams: 25380 → "25.380g" (3 decimals) or "25.38g" (2, rounded half up). */
export function formatGrams(mg: number, decimals: WeightDecimals = 3): string {
  if (!Number.isSafeInteger(mg) || mg < 0) throw new RangeError(`weight is integer mg: ${mg}`);
  return `${formatDecimal(divideRounded(mg * 10 ** decimals, MG_PER_GRAM), decimals)}g`;
}

/** A weight's change, signed: −1000 → "-1.000g", 20 → "+0.020g". */
export function formatWeightChange(mg: number, decimals: WeightDecimals = 3): string {
  return `${mg < 0 ? '-' : '+'}${formatGrams(Math.abs(mg), decimals)}`;
}
