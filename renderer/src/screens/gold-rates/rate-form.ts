import type { ChannelInput } from '../../../../shared/contract';
import type { GoldRate } from '../../../../shared/contract/catalog';
import { PURITY_CODES, type Purity } from '../../../../shared/domain/purity';
import { amountText, parseAmount } from '../../components/amount';

/** One purity's row as typed: yuan per gram, as text. */
export interface RateRow {
  sell?: string;
  buyBack?: string;
}

export interface RateValues {
  rates: Partial<Record<Purity, RateRow>>;
}

export type RateInput = ChannelInput<'goldRates.set'>['rates'][number];

/** Today's rates as the form starts them; purities without a rate today start empty. */
export function rateFormValues(today: readonly GoldRate[]): RateValues {
  return {
    rates: Object.fromEntries(
      today.map((rate) => [
        rate.purity,
        {
          sell: amountText('yuan', rate.sellFenPerGram),
          buyBack: amountText('yuan', rate.buyBackFenPerGram),
        },
      ]),
    ),
  };
}

/**
 * The rates to send: purities with a selling rate that differs from today's. Each rate set is a journal
 * record with the name of who set it, so rates typed again unchanged are not sent again.
 */
export function changedRates(values: RateValues, today: readonly GoldRate[]): RateInput[] {
  return PURITY_CODES.flatMap((purity) => {
    const row = values.rates[purity];
    const sellFenPerGram = parseAmount('yuan', row?.sell);
    if (sellFenPerGram === null) return [];
    const buyBackFenPerGram = parseAmount('yuan', row?.buyBack);
    const current = today.find((rate) => rate.purity === purity);
    const unchanged =
      current?.sellFenPerGram === sellFenPerGram && current.buyBackFenPerGram === buyBackFenPerGram;
    return unchanged ? [] : [{ purity, sellFenPerGram, buyBackFenPerGram }];
  });
}
