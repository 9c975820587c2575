import type { WeightUnit } from '../../../../shared/contract/devices';
import { divideRounded, MG_PER_CARAT, MG_PER_GRAM } from '../../../../shared/domain/money';

const MG_PER_UNIT: Readonly<Record<WeightUnit, bigint>> = {
  g: BigInt(MG_PER_GRAM),
  ct: BigInt(MG_PER_CARAT),
  kg: BigInt(MG_PER_GRAM) * 1000n,
};

// Nine digits either side is more than any scale prints and keeps kilograms inside safe integers.
const DECIMAL = /^([+-]?)(\d{0,9})(?:\.(\d{0,9}))?$/;

/**
 * A scale's decimal text in its unit, as integer milligrams. The digits are read as an integer and
 * scaled exactly (0.1 ct is 20 mg, never 19.999…); a reading finer than 1 mg (0.001 ct is 0.2 mg) is
 * rounded by the one rounding rule. Null when the text is not a plain decimal number.
 */
export function decimalToMg(text: string, unit: WeightUnit): number | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const magnitude = BigInt(`${whole}${fraction}`) * MG_PER_UNIT[unit];
  return divideRounded(sign === '-' ? -magnitude : magnitude, 10n ** BigInt(fraction.length));
}

/** Milligrams as grams with three decimals ("-12.345"), the way the simulated scale prints them. */
export function mgToGrams(weightMg: number): string {
  const magnitude = Math.abs(weightMg);
  const grams = Math.trunc(magnitude / MG_PER_GRAM);
  const mg = String(magnitude % MG_PER_GRAM).padStart(3, '0');
  return `${weightMg < 0 ? '-' : ''}${grams}.${mg}`;
}
