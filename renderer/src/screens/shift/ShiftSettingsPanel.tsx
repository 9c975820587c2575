import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Select, Spin, Switch } from 'antd';
import type { Envelope, ErrorBody } from '../../../../shared/contract';
import type { SalesSettings } from '../../../../shared/contract/sales';
import type { ShiftSettings } from '../../../../shared/contract/shifts';
import {
  CASH_ROUNDING_MODES,
  CASH_ROUNDING_UNITS,
  type CashRounding,
} from '../../../../shared/domain/cash-rounding';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { AmountField } from '../../components/AmountField';
import { amountText, parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

/** The drawer's settings: the shift's own, and the sales' cash rounding, which decides what the drawer holds. */
async function loadSettings(
  api: ApiClient,
): Promise<Envelope<{ shift: ShiftSettings; sales: SalesSettings }>> {
  const [shift, sales] = await Promise.all([api.call('shifts.settings', {}), api.call('sales.settings', {})]);
  if (!shift.ok) return shift;
  if (!sales.ok) return sales;
  return { ok: true, value: { shift: shift.value, sales: sales.value } };
}

interface Values {
  threshold: string;
  paidInReasons: string[];
  paidOutReasons: string[];
  fenCoins: boolean;
  roundingUnit: CashRounding['unit'];
  roundingMode: CashRounding['mode'];
}

/**
 * The over/short threshold of the close, the reasons offered for paid-in and paid-out, and the cash the
 * drawer holds: the store's rounding of cash (抹零) and whether it keeps fen coins.
 */
export function ShiftSettingsPanel({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const loaded = useLoad(api, loadSettings);
  const [error, setError] = useState<ErrorBody | null>(null);

  const save = async (values: Values, salesSettings: SalesSettings): Promise<void> => {
    const shift: ShiftSettings = {
      overShortThresholdFen: parseAmount('yuan', values.threshold) ?? 0,
      paidInReasons: values.paidInReasons,
      paidOutReasons: values.paidOutReasons,
      fenCoins: values.fenCoins,
    };
    const result = await api.call('shifts.saveSettings', shift);
    if (!result.ok) return setError(result.error);
    const cashRounding = { unit: values.roundingUnit, mode: values.roundingMode };
    const sales = await api.call('sales.saveSettings', { ...salesSettings, cashRounding });
    if (!sales.ok) return setError(sales.error);
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
          threshold: amountText('yuan', settings.shift.overShortThresholdFen),
          paidInReasons: settings.shift.paidInReasons,
          paidOutReasons: settings.shift.paidOutReasons,
          fenCoins: settings.shift.fenCoins,
          roundingUnit: settings.sales.cashRounding.unit,
          roundingMode: settings.sales.cashRounding.mode,
        }}
        onFinish={(values) => void save(values, settings.sales)}
      >
        <AmountField name="threshold" unit="yuan" label={t('shift.settings.threshold')} required autoFocus />
        {reasons('paidInReasons', t('shift.settings.paidInReasons'))}
        {reasons('paidOutReasons', t('shift.settings.paidOutReasons'))}
        <Form.Item name="roundingUnit" label={t('shift.settings.roundingUnit')}>
          <Select
            aria-label={t('shift.settings.roundingUnit')}
            options={CASH_ROUNDING_UNITS.map((unit) => ({ value: unit, label: t(`shift.rounding.${unit}`) }))}
          />
        </Form.Item>
        <Form.Item name="roundingMode" label={t('shift.settings.roundingMode')}>
          <Select
            aria-label={t('shift.settings.roundingMode')}
            options={CASH_ROUNDING_MODES.map((mode) => ({ value: mode, label: t(`shift.rounding.${mode}`) }))}
          />
        </Form.Item>
        <Form.Item name="fenCoins" label={t('shift.settings.fenCoins')} valuePropName="checked">
          <Switch aria-label={t('shift.settings.fenCoins')} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.save')} <Kbd>Enter</Kbd>
        </Button>
      </Form>
    </div>
  );
}
