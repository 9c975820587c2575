import { useState } from 'react';
import { Alert, Button, Space, Typography } from 'antd';
import type { WeightReading } from '../../../../shared/contract/repairs';
import { formatGrams } from '../../../../shared/domain/money';
import { parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScaleWeight } from './useScaleWeight';
import { LabeledInput } from './LabeledInput';

interface WeightInputProps {
  value: WeightReading | null;
  onChange(value: WeightReading | null): void;
  /** The key that takes the scale's stable reading (F6 at intake, F7 at the quality check …). */
  hotkey: string;
  label: string;
  scope?: 'screen' | 'dialog';
}

/**
 * A weight taken from the scale's stable reading, or typed by hand with the reason (scale broken, item too
 * light): the ticket records which.
 */
export function WeightInput({ value, onChange, hotkey, label, scope = 'screen' }: WeightInputProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const scale = useScaleWeight();
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');

  const fromScale = async (): Promise<void> => {
    const weightMg = await scale.read();
    if (weightMg !== null && weightMg > 0) onChange({ source: 'scale', weightMg });
  };
  useHotkeys({ [hotkey]: () => void fromScale() }, scope);

  const typedChanged = (text: string, why: string): void => {
    setTyped(text);
    setReason(why);
    const weightMg = parseAmount('grams', text);
    onChange(weightMg && why.trim() ? { source: 'typed', weightMg, reason: why.trim() } : null);
  };

  return (
    <div className="repair-weight">
      <Typography.Text strong>{label}</Typography.Text>
      <Space wrap>
        <Button onClick={() => void fromScale()} data-testid={`weigh-${hotkey}`}>
          {t('repairs.weight.fromScale')} <Kbd>{hotkey}</Kbd>
        </Button>
        <LabeledInput
          label={t('repairs.weight.typed')}
          suffix="g"
          value={typed}
          onChange={(e) => typedChanged(e.target.value, reason)}
          className="repair-weight-typed"
        />
        <LabeledInput
          label={t('repairs.weight.reason')}
          value={reason}
          onChange={(e) => typedChanged(typed, e.target.value)}
          maxLength={200}
        />
      </Space>
      {value && (
        <Typography.Text className="repair-weight-value" data-testid="weight-value">
          {formatGrams(value.weightMg)}{' '}
          <Typography.Text type="secondary">
            {value.source === 'scale' ? t('repairs.weight.source.scale') : t('repairs.weight.source.typed')}
          </Typography.Text>
        </Typography.Text>
      )}
      {scale.error && <Alert type="warning" showIcon title={errorText(scale.error)} />}
    </div>
  );
}
