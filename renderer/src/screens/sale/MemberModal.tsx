import { useState } from 'react';
import { Button, Form, Input, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { FormDialog } from './FormDialog';

interface MemberValues {
  phone: string;
  name?: string;
}

interface MemberModalProps {
  attached: Customer | null;
  onAttach(customer: Customer | null): void;
  onClose(): void;
}

/**
 * 会员: the customer gives a mobile number; a member is found and attached, or registered on the spot with
 * a name and that number only (nothing else is asked: 七不问).
 */
export function MemberModal({ attached, onAttach, onClose }: MemberModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const [form] = Form.useForm<MemberValues>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [registering, setRegistering] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async ({ phone, name }: MemberValues): Promise<void> => {
    setBusy(true);
    const result = registering
      ? await api.call('customers.register', { phone, name: name?.trim() ?? '' })
      : await api.call('customers.find', { phone });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (result.value) return onAttach(result.value);
    setRegistering(true);
  };

  return (
    <FormDialog<MemberValues>
      title={t('sale.member.title')}
      form={form}
      onFinish={(values) => void submit(values)}
      onValuesChange={(changed) => {
        setError(null);
        if ('phone' in changed) setRegistering(false);
      }}
      onClose={onClose}
      error={error}
      busy={busy}
      okLabel={registering ? t('sale.member.register') : t('sale.member.find')}
      extra={
        attached && (
          <Button danger onClick={() => onAttach(null)}>
            {t('sale.member.detach', { name: attached.name })}
          </Button>
        )
      }
    >
      <Form.Item
        name="phone"
        label={t('sale.member.phone')}
        rules={[
          {
            required: true,
            pattern: /^\s*(\+?86)?[\s-]*1[3-9](\d[\s-]*){9}$/,
            message: t('sale.member.phone.rule'),
          },
        ]}
      >
        <Input autoFocus inputMode="tel" autoComplete="off" maxLength={20} />
      </Form.Item>
      {registering && (
        <>
          <Typography.Paragraph type="secondary">{t('sale.member.notFound')}</Typography.Paragraph>
          <Form.Item
            name="name"
            label={t('sale.member.name')}
            rules={[{ required: true, whitespace: true, max: 40, message: t('sale.member.name.rule') }]}
          >
            <Input autoFocus autoComplete="off" maxLength={40} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
