import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input, Space, Tag, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import './no-sale.css';

const QUICK_REASONS = ['noSale.quick.change', 'noSale.quick.count', 'noSale.quick.correction'] as const;

/**
 * 无销售开钱箱: opens the drawer through its printer with a reason. A cashier may ask; the core wants a
 * manager's approval then, and the approval prompt appears by itself.
 */
export function NoSaleScreen({ canOpen, onBack }: { canOpen: boolean; onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async ({ reason }: { reason: string }): Promise<void> => {
    setBusy(true);
    const result = await api.call('drawer.noSale', { reason: reason.trim() });
    setBusy(false);
    if (result.ok) {
      void message.success(t('noSale.done', { reference: result.value.reference }));
      form.resetFields();
    } else setError(result.error);
  };

  return (
    <div className="screen screen-narrow">
      <ScreenHeader title={t('tile.noSale')} subtitle={t('noSale.subtitle')} onBack={onBack} />
      {!canOpen && <Alert type="info" showIcon title={t('noSale.approval')} />}
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <div className="panel no-sale-panel">
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void open(values)}
          onValuesChange={() => setError(null)}
        >
          <Form.Item
            name="reason"
            label={t('noSale.reason')}
            rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('noSale.reason.rule') }]}
          >
            <Input autoFocus size="large" maxLength={100} placeholder={t('noSale.reason.placeholder')} />
          </Form.Item>
          <Space wrap className="no-sale-quick">
            <Typography.Text type="secondary">{t('noSale.quick')}</Typography.Text>
            {QUICK_REASONS.map((key) => (
              <Tag.CheckableTag
                key={key}
                checked={false}
                onChange={() => form.setFieldsValue({ reason: t(key) })}
              >
                {t(key)}
              </Tag.CheckableTag>
            ))}
          </Space>
          <Button type="primary" size="large" htmlType="submit" loading={busy} icon={<InboxOutlined />}>
            {t('noSale.open')} <Kbd>Enter</Kbd>
          </Button>
        </Form>
      </div>
    </div>
  );
}
