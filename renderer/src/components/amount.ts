import { Fen, Milligrams } from '../../../shared/contract/catalog';
import { formatDecimal, parseGrams, parseYuan } from '../../../shared/domain/money';

/** Amounts people type: yuan → integer fen, grams → integer milligrams; never through floating point. */
const UNITS = {
  yuan: { parse: parseYuan, decimals: 2, max: Fen.maxValue ?? Number.MAX_SAFE_INTEGER },
  grams: { parse: parseGrams, decimals: 3, max: Milligrams.maxValue ?? Number.MAX_SAFE_INTEGER },
} as const;

export type AmountUnit = keyof typeof UNITS;

/** What the person typed, in the smaller unit; null when it is empty, not an amount, or too large to keep. */
export function parseAmount(unit: AmountUnit, text: string | undefined): number | null {
  if (!text?.trim()) return null;
  const value = UNITS[unit].parse(text);
  return value !== null && value <= UNITS[unit].max ? value : null;
}

/** An amount as the field shows it for editing: 61250 fen → "612.50", 20150 mg → "20.150"; null → "". */
export function amountText(unit: AmountUnit, value: number | null): string {
  return value === null ? '' : formatDecimal(value, UNITS[unit].decimals);
}
