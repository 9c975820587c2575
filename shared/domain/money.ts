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
