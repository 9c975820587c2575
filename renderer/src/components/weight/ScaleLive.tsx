import { Typography } from 'antd';
import { formatGrams } from '../../../../shared/domain/money';
import { useDevices } from '../../devices/context';
import { useI18n } from '../../i18n/context';

interface ScaleLiveProps {
  /** Say so when the store has no scale (the screen then weighs by hand only). */
  sayWhenNone?: boolean;
}

/**
 * The scale's live reading beside every weighing (the counter, the repair desk, 点货, 盘点): the weight as it
 * settles and whether its key can take it yet.
 */
export function ScaleLive({ sayWhenNone = false }: ScaleLiveProps) {
  const { t } = useI18n();
  const { devices } = useDevices();
  const device = devices?.find((info) => info.device.kind === 'scale' && info.device.enabled) ?? null;
  if (!device) {
    return sayWhenNone ? <Typography.Text type="secondary">{t('weight.none')}</Typography.Text> : null;
  }
  const reading = device.reading;
  return (
    <Typography.Text type="secondary" data-testid="scale-live" data-accepted={reading?.accepted ?? false}>
      {t('weight.live', { name: device.device.name })}{' '}
      {reading?.weightMg != null && reading.weightMg >= 0 ? formatGrams(reading.weightMg) : '—'}{' '}
      {reading?.accepted ? t('weight.stable') : t('weight.settling')}
    </Typography.Text>
  );
}
