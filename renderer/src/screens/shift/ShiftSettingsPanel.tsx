import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Select, Spin } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { ShiftSettings } from '../../../../shared/contract/shifts';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { AmountField } from '../../components/AmountField';
import { amountText, parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

const loadSettings = (api: ApiClient) => api.call('shifts.settings', {});

interface Values {
  threshold: string;
  paidInReasons: string[];
  paidOutReasons: string[];
}

/** The over/short threshold of the close and the reasons offered for paid-in and paid-out. */
export function ShiftSettingsPanel({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const loaded = useLoad(api, loadSettings);
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async (values: Values): Promise<void> => {
    const settings: ShiftSettings = {
      overShortThresholdFen: parseAmount('yuan', values.threshold) ?? 0,
      paidInReasons: values.paidInReasons,
      paidOutReasons: values.paidOutReasons,
    };
    const result = await api.call('shifts.saveSettings', settings);
    if (!result.ok) return setError(result.error);
    void message.success(t('shift.settings.saved'));
    onDone();
  };

  const settings = loaded.value;
  if (!settings)
    return loaded.error ? <Alert type="error" showIcon title={errorText(loaded.error)} /> : <Spin />;
  const reasons = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, type: 'array', min: 1, message: label }]}>
      <Select mode="tags" aria-label={label} tokenSeparators={[',', '，']} />
    </Form.Item>
  );
  return (
    <div className="panel shift-panel">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Form<Values>
        layout="vertical"
        requiredMark={false}
        initialValues={{
          threshold: amountText('yuan', settings.overShortThresholdFen),
          paidInReasons: settings.paidInReasons,
          paidOutReasons: settings.paidOutReasons,
        }}
        onFinish={(values) => void save(values)}
      >
        <AmountField name="threshold" unit="yuan" label={t('shift.settings.threshold')} required autoFocus />
        {reasons('paidInReasons', t('shift.settings.paidInReasons'))}
        {reasons('paidOutReasons', t('shift.settings.paidOutReasons'))}
        <Button type="primary" htmlType="submit">
          {t('common.save')} <Kbd>Enter</Kbd>
        </Button>
      </Form>
    </div>
  );
}
