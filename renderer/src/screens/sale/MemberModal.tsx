import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Customer } from '../../../../shared/contract/customers';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

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
  const errorText = useErrorText();
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
    <Modal
      open
      title={t('sale.member.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <>
          {attached && (
            <Button danger onClick={() => onAttach(null)}>
              {t('sale.member.detach', { name: attached.name })}
            </Button>
          )}
          <Button onClick={onClose}>
            {t('common.cancel')} <Kbd>Esc</Kbd>
          </Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()}>
            {registering ? t('sale.member.register') : t('sale.member.find')} <Kbd>Enter</Kbd>
          </Button>
        </>
      }
    >
      <Form<MemberValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<MemberValues>) => {
          setError(null);
          if ('phone' in changed) setRegistering(false);
        }}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
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
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
