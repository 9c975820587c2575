import type { ChannelInput } from '../../../shared/contract';
import type { Purity } from '../../../shared/domain/purity';
import type { Random } from './random';

type Rates = ChannelInput<'goldRates.set'>['rates'];

// The six purities the demo store prices by weight, with rates near the time of writing (fen per gram).
const BASE: readonly { purity: Purity; sell: number; buyBack: number }[] = [
  { purity: 'Au9999', sell: 131_800, buyBack: 124_600 },
  { purity: 'Au999', sell: 130_800, buyBack: 123_600 },
  { purity: 'Au990', sell: 129_500, buyBack: 121_800 },
  { purity: 'Au750', sell: 101_200, buyBack: 90_500 },
  { purity: 'Pt950', sell: 58_600, buyBack: 49_800 },
  { purity: 'S999', sell: 1_280, buyBack: 860 },
];

/**
 * The day's rates for each of `days` business days: the market moves by up to ±0.6 % a day and every
 * purity follows it, rounded to the yuan as stores post them.
 */
export function demoRates(random: Random, days: number): Rates[] {
  let level = 1;
  return Array.from({ length: days }, () => {
    level *= 1 + (random.next() - 0.5) * 0.012;
    return BASE.map((base) => ({
      purity: base.purity,
      sellFenPerGram: Math.round((base.sell * level) / 100) * 100,
      buyBackFenPerGram: Math.round((base.buyBack * level) / 100) * 100,
    }));
  });
}
