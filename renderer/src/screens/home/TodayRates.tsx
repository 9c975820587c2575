import { Alert, Button } from 'antd';
import { StockOutlined } from '@ant-design/icons';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

const loadToday = (api: ApiClient) => api.call('goldRates.today', {});

/** Today's rates at a glance for everyone at the counter, or a warning that nobody has set them yet. */
export function TodayRates({ onOpen }: { onOpen(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { value: rates, error } = useLoad(api, loadToday);

  if (error) return <Alert type="error" showIcon title={errorText(error)} />;
  if (rates === null) return null;
  if (rates.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="today-rates-missing"
        title={t('goldRates.notSet')}
        description={t('goldRates.notSet.hint')}
        action={<Button onClick={onOpen}>{t('goldRates.setNow')}</Button>}
      />
    );
  }
  return (
    <section className="today-rates" data-testid="today-rates" aria-label={t('tile.goldRates')}>
      <div className="today-rates-title">
        <StockOutlined />
        <span>{t('tile.goldRates')}</span>
        <span className="today-rates-unit">{t('goldRates.perGram')}</span>
      </div>
      <ul className="today-rates-list">
        {rates.map((rate) => (
          <li key={rate.purity} className="today-rate">
            <PurityLabel purity={rate.purity} />
            <span className="today-rate-sell">{formatYuan(rate.sellFenPerGram)}</span>
            {rate.buyBackFenPerGram !== null && (
              <span className="today-rate-buy-back">
                {t('goldRates.buyBackShort', { amount: formatYuan(rate.buyBackFenPerGram) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
