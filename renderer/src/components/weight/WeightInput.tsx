import { useState } from 'react';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { DashboardOutlined } from '@ant-design/icons';
import { formatGrams } from '../../../../shared/domain/money';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { amountText, parseAmount } from '../amount';
import { Kbd } from '../Kbd';
import { useHotkeys } from '../useHotkeys';
import { ScaleLive } from './ScaleLive';
import { useScaleWeight } from './useScaleWeight';
import './weight.css';

/** A weight and where it came from: the scale's stable reading, or typed by hand with the reason. */
export type WeightEntry =
  { source: 'scale'; weightMg: number } | { source: 'typed'; weightMg: number; reason: string };

interface WeightInputProps {
  /** Given by antd's Form.Item when the input is one of a form's fields. */
  value?: WeightEntry | null;
  onChange?(value: WeightEntry | null): void;
  /** The typed weight's field name (克重, 收件重量 …). */
  label: string;
  /** The key that takes the scale's stable reading (F6 at the counter and intake, F7 at QC …). */
  hotkey: string;
  scope?: 'screen' | 'dialog';
  /**
   * Whether a typed weight counts only with its reason (the repair desk records one always); the counter
   * asks the core, which follows the store's setting. False hides the reason (old gold weighed in).
   */
  reason?: 'required' | 'optional' | false;
  autoFocus?: boolean;
}

/**
 * One weight field for every screen that weighs: the counter's gold pieces and old gold, the repair desk's
 * weights in, at QC and out. The scale's live reading is shown while the item settles; its key takes the
 * stable reading; a weight typed or changed by hand is marked typed, with the reason beside it.
 */
export function WeightInput(props: WeightInputProps) {
  const { value = null, onChange, label, hotkey, scope = 'screen', reason = 'required', autoFocus } = props;
  const { t } = useI18n();
  const errorText = useErrorText();
  const scale = useScaleWeight();
  const [typed, setTyped] = useState(() => amountText('grams', value?.weightMg ?? null));
  const [why, setWhy] = useState(() => (value?.source === 'typed' ? value.reason : ''));

  const fromScale = async (): Promise<void> => {
    const weightMg = await scale.read();
    if (weightMg === null || weightMg <= 0) return;
    setTyped(amountText('grams', weightMg));
    onChange?.({ source: 'scale', weightMg });
  };
  useHotkeys({ [hotkey]: () => void fromScale() }, scope);

  const typedChanged = (text: string, because: string): void => {
    setTyped(text);
    setWhy(because);
    const weightMg = parseAmount('grams', text);
    const counts = weightMg !== null && weightMg > 0 && (reason !== 'required' || because.trim() !== '');
    onChange?.(counts ? { source: 'typed', weightMg, reason: because.trim() } : null);
  };

  return (
    <div className="weight-input">
      <Space wrap>
        <Input
          aria-label={label}
          placeholder={label}
          suffix="g"
          value={typed}
          autoFocus={autoFocus}
          onChange={(e) => typedChanged(e.target.value, why)}
          className="weight-input-typed"
        />
        <Button icon={<DashboardOutlined />} onClick={() => void fromScale()} data-testid={`weigh-${hotkey}`}>
          {t('weight.fromScale')} <Kbd>{hotkey}</Kbd>
        </Button>
        {reason !== false && (
          <Input
            aria-label={t('weight.reason')}
            placeholder={t('weight.reason')}
            value={why}
            onChange={(e) => typedChanged(typed, e.target.value)}
            maxLength={200}
          />
        )}
      </Space>
      <ScaleLive />
      {value && (
        <Typography.Text className="weight-input-value" data-testid="weight-value">
          {formatGrams(value.weightMg)}{' '}
          <Typography.Text type="secondary">{t(`weight.source.${value.source}`)}</Typography.Text>
        </Typography.Text>
      )}
      {scale.error && <Alert type="warning" showIcon title={errorText(scale.error)} />}
    </div>
  );
}
