import type { GoldRate } from '../../../../shared/contract/catalog';
import { formatYuan } from '../../../../shared/domain/money';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';

/** 今日金价 on the sale screen: what weighed lines and trade-ins are priced at today. */
export function RatesStrip({ rates }: { rates: readonly GoldRate[] | null }) {
  const { t } = useI18n();
  if (rates === null) return null;
  return (
    <section className="sale-rates" data-testid="sale-rates" aria-label={t('tile.goldRates')}>
      <span className="sale-rates-title">{t('sale.rates', { unit: t('goldRates.perGram') })}</span>
      {rates.length === 0 && <span className="sale-rates-missing">{t('goldRates.notSet')}</span>}
      {rates.map((rate) => (
        <span key={rate.purity} className="sale-rate">
          <PurityLabel purity={rate.purity} />
          <strong>{formatYuan(rate.sellFenPerGram)}</strong>
          {rate.buyBackFenPerGram !== null && (
            <span className="sale-rate-buy-back">
              {t('goldRates.buyBackShort', { amount: formatYuan(rate.buyBackFenPerGram) })}
            </span>
          )}
        </span>
      ))}
    </section>
  );
}
