import { useState } from 'react';
import { Button, Form, Typography, type FormInstance } from 'antd';
import { DashboardOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { formatGrams } from '../../../../shared/domain/money';
import { useApi } from '../../api/context';
import { amountText } from '../../components/amount';
import { AmountField } from '../../components/AmountField';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useDevices } from '../../devices/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface ScaleWeightFieldProps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form holding a `grams` field
  form: FormInstance<any>;
  label: string;
  autoFocus?: boolean;
}

/**
 * 克重: typed in grams, or taken from the scale (F6) once its reading is stable and repeated; the scale's
 * live reading is shown beside it while the item settles.
 */
export function ScaleWeightField({ form, label, autoFocus }: ScaleWeightFieldProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { devices } = useDevices();
  const [problem, setProblem] = useState<ErrorBody | null>(null);
  const scale = devices?.find((info) => info.device.kind === 'scale' && info.device.enabled) ?? null;
  const reading = scale?.reading ?? null;

  const take = async (): Promise<void> => {
    const result = await api.call('devices.readWeight', {});
    if (!result.ok) return setProblem(result.error);
    setProblem(null);
    form.setFieldValue('grams', amountText('grams', result.value.weightMg));
    await form.validateFields(['grams']);
  };

  useHotkeys({ F6: () => void take() }, 'dialog');

  return (
    <>
      <div className="sale-weight">
        <AmountField name="grams" unit="grams" label={label} required positive autoFocus={autoFocus} />
        <Button icon={<DashboardOutlined />} onClick={() => void take()}>
          {t('sale.weight.fromScale')} <Kbd>F6</Kbd>
        </Button>
      </div>
      {scale && (
        <Typography.Text
          type="secondary"
          className="sale-weight-live"
          data-testid="scale-live"
          data-accepted={reading?.accepted ?? false}
        >
          {t('sale.weight.live', { name: scale.device.name })}{' '}
          {reading?.weightMg != null && reading.weightMg >= 0 ? formatGrams(reading.weightMg) : '—'}{' '}
          {reading?.accepted ? t('sale.weight.stable') : t('sale.weight.settling')}
        </Typography.Text>
      )}
      {problem && (
        <Form.Item>
          <Typography.Text type="danger">{errorText(problem)}</Typography.Text>
        </Form.Item>
      )}
    </>
  );
}
