// 抹零: the store rounds the cash part of a sale to what its drawer holds (jiao or yuan), so change can be
// counted out and the close balances. Card, wallet, credit and points pay to the fen and are never rounded.
import { divideRounded } from './money';

export const CASH_ROUNDING_UNITS = ['off', 'jiao', 'yuan'] as const;
export const CASH_ROUNDING_MODES = ['down', 'halfUp'] as const;

export interface CashRounding {
  unit: (typeof CASH_ROUNDING_UNITS)[number];
  /** Down takes the odd fen off; half-up rounds ¥0.05 (or ¥0.50) and more up to the next unit. */
  mode: (typeof CASH_ROUNDING_MODES)[number];
}

export const NO_CASH_ROUNDING: CashRounding = { unit: 'off', mode: 'down' };

const STEP_FEN = { jiao: 10, yuan: 100 } as const;

/**
 * What cash due of `fen` (≥ 0) is rounded to under the store's rule. A cash part smaller than the unit that
 * would round to nothing is left as it is: the cash handed over is then taken, not all given back.
 */
export function roundCash(fen: number, rule: CashRounding): number {
  if (rule.unit === 'off') return fen;
  const step = STEP_FEN[rule.unit];
  const rounded = rule.mode === 'down' ? Math.floor(fen / step) * step : divideRounded(fen, step) * step;
  return rounded === 0 ? fen : rounded;
}
