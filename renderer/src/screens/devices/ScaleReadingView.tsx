import { Progress, Tag } from 'antd';
import type { ScaleReading } from '../../../../shared/contract/devices';
import { formatGrams } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

/** A scale can read below zero (an emptied pan after tare); formatGrams takes weights, not readings. */
const readingText = (mg: number): string => (mg < 0 ? `-${formatGrams(-mg)}` : formatGrams(mg));

/** What the scale reads now, whether it has settled, and whether a sale may take it. */
export function ScaleReadingView({ reading }: { reading: ScaleReading }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <div className="scale-reading" data-testid="scale-reading" data-accepted={reading.accepted}>
      <span className="scale-reading-weight">
        {reading.weightMg === null ? '—' : readingText(reading.weightMg)}
      </span>
      <div className="scale-reading-state">
        <span>
          {reading.stable ? (
            <Tag color="green">{t('scale.stable')}</Tag>
          ) : (
            <Tag color="orange">{t('scale.unstable')}</Tag>
          )}
          {reading.unit && reading.unit !== 'g' && <Tag>{t('scale.unit', { unit: reading.unit })}</Tag>}
        </span>
        <Progress
          size="small"
          className="scale-reading-settling"
          percent={Math.round((100 * reading.repeats) / reading.required)}
          format={() => t('scale.repeats', { repeats: reading.repeats, required: reading.required })}
          status={reading.accepted ? 'success' : 'active'}
        />
        <span className={reading.accepted ? 'scale-reading-verdict ok' : 'scale-reading-verdict'}>
          {reading.accepted
            ? t('scale.accepted')
            : reading.problem
              ? errorText(reading.problem)
              : t('scale.waiting')}
        </span>
      </div>
    </div>
  );
}
