import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Segmented, Select } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { ShiftSettings } from '../../../../shared/contract/shifts';
import { useApi } from '../../api/context';
import { AmountField } from '../../components/AmountField';
import { parseAmount } from '../../components/amount';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

type Kind = 'paidIn' | 'paidOut';
interface Values {
  amount: string;
  reason: string;
  note?: string;
}

/** 收款 / 付款: cash in or out of the drawer for one of the store's reasons; the core prints the slip. */
export function CashMovementPanel({ onDone }: { onDone(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<Kind>('paidOut');
  const [settings, setSettings] = useState<ShiftSettings | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    void api
      .call('shifts.settings', {})
      .then((result) => (result.ok ? setSettings(result.value) : setError(result.error)));
  }, [api]);

  const submit = async (values: Values): Promise<void> => {
    const result = await api.call('shifts.cashMovement', {
      kind,
      amountFen: parseAmount('yuan', values.amount) ?? 0,
      reason: values.reason,
      note: values.note?.trim() || null,
    });
    if (!result.ok) return setError(result.error);
    void message.success(t('shift.movement.done'));
    onDone();
  };

  const reasons = settings ? (kind === 'paidIn' ? settings.paidInReasons : settings.paidOutReasons) : [];
  return (
    <div className="panel shift-panel">
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Segmented<Kind>
        value={kind}
        onChange={(next) => {
          setKind(next);
          form.setFieldsValue({ reason: undefined });
        }}
        options={[
          { value: 'paidIn', label: t('shift.movement.paidIn') },
          { value: 'paidOut', label: t('shift.movement.paidOut') },
        ]}
      />
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
        <AmountField
          name="amount"
          unit="yuan"
          label={t('shift.movement.amount')}
          required
          positive
          autoFocus
        />
        <Form.Item
          name="reason"
          label={t('shift.movement.reason')}
          rules={[{ required: true, message: t('shift.movement.reason') }]}
        >
          <Select
            showSearch
            aria-label={t('shift.movement.reason')}
            options={reasons.map((reason) => ({ value: reason, label: reason }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('shift.note')}>
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" size="large" htmlType="submit">
          {t('shift.movement.submit')} <Kbd>Enter</Kbd>
        </Button>
      </Form>
    </div>
  );
}
