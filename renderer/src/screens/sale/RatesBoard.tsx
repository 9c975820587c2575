import type { GoldRate } from '../../../../shared/contract/catalog';
import { formatYuan } from '../../../../shared/domain/money';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';
import { useFormatInstant } from '../../i18n/format';
import { CustomerFacing } from './CustomerFacing';

/**
 * 今日金价 turned to the customer: the day's selling and buy-back rate of each purity, large, as the
 * board on a jewelry counter shows them, with when they were set. The cashier takes it back with
 * Shift+F7 or Esc.
 */
export function RatesBoard({ rates, onClose }: { rates: readonly GoldRate[]; onClose(): void }) {
  const { t } = useI18n();
  const formatInstant = useFormatInstant();
  const latest = rates.reduce<string | null>(
    (last, rate) => (last && last > rate.setAt ? last : rate.setAt),
    null,
  );
  return (
    <CustomerFacing
      label={t('sale.board.title')}
      closeKey="Shift+F7"
      className="rates-board"
      onClose={onClose}
    >
      <h1 className="customer-display-thanks">{t('sale.board.title')}</h1>
      {rates.length === 0 ? (
        <p className="rates-board-missing">{t('goldRates.notSet')}</p>
      ) : (
        <table className="rates-board-table" data-testid="rates-board">
          <thead>
            <tr>
              <th />
              <th>{t('goldRates.sell')}</th>
              <th>{t('goldRates.buyBack')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.purity}>
                <th scope="row">
                  <PurityLabel purity={rate.purity} />
                </th>
                <td className="big-digits">
                  {formatYuan(rate.sellFenPerGram)}
                  {t('goldRates.perGramSuffix')}
                </td>
                <td className="big-digits">
                  {rate.buyBackFenPerGram === null
                    ? t('goldRates.notSetShort')
                    : `${formatYuan(rate.buyBackFenPerGram)}${t('goldRates.perGramSuffix')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {latest && (
        <p className="customer-display-receipt">{t('sale.board.setAt', { time: formatInstant(latest) })}</p>
      )}
    </CustomerFacing>
  );
}
