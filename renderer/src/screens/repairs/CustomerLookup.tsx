import { useState } from 'react';
import { Alert, Button, Input, Space, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { LabeledInput } from './LabeledInput';

/** The customer by mobile number; one not known yet is registered on the spot with a name (快速登记). */
export function CustomerLookup({
  customer,
  onCustomer,
}: {
  customer: Customer | null;
  onCustomer(customer: Customer | null): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [unknown, setUnknown] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);

  const find = async (): Promise<void> => {
    const result = await api.call('repairs.findCustomer', { phone });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      onCustomer(result.value);
      setUnknown(result.value === null);
    }
  };

  const register = async (): Promise<void> => {
    const result = await api.call('repairs.registerCustomer', { phone, name });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      onCustomer(result.value);
      setUnknown(false);
    }
  };

  return (
    <div className="repair-customer">
      <Space wrap>
        <Input
          autoFocus
          aria-label={t('repairs.customer.phone')}
          placeholder={t('repairs.customer.phone')}
          value={phone}
          onChange={(e) => {
            setPhone(e.target.value);
            onCustomer(null);
          }}
          onPressEnter={() => void find()}
          maxLength={20}
        />
        <Button onClick={() => void find()}>
          {t('repairs.customer.find')} <Kbd>Enter</Kbd>
        </Button>
        {customer && (
          <Typography.Text strong data-testid="repair-customer">
            {customer.name} {customer.phone}
          </Typography.Text>
        )}
      </Space>
      {unknown && (
        <Space wrap>
          <Typography.Text>{t('repairs.customer.unknown')}</Typography.Text>
          <LabeledInput
            label={t('repairs.customer.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={() => void register()}
            maxLength={40}
          />
          <Button type="primary" onClick={() => void register()}>
            {t('repairs.customer.register')} <Kbd>Enter</Kbd>
          </Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
    </div>
  );
}
