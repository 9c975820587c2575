import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Col, Form, Input, Radio, Row, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { DocumentSettings } from '../../../../shared/contract/printing';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

const loadSettings = (api: ApiClient) => api.call('printing.documentSettings', {});

/** The store's header and texts printed on receipts and warranty cards. */
export function DocumentSettingsForm() {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { value, error: loadError } = useLoad(api, loadSettings);
  const [form] = Form.useForm<DocumentSettings>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (value) form.setFieldsValue(value);
  }, [form, value]);

  useHotkeys({ 'Ctrl+S': () => form.submit() });

  const save = async (values: DocumentSettings): Promise<void> => {
    setBusy(true);
    const result = await api.call('printing.saveDocumentSettings', {
      ...value,
      ...values,
    } as DocumentSettings);
    setBusy(false);
    if (result.ok) {
      form.setFieldsValue(result.value);
      void message.success(t('docSettings.saved'));
    } else setError(result.error);
  };

  const text = (name: 'returnPolicy' | 'warrantyCare' | 'warrantyTerms') => (
    <Form.Item name={name} label={t(`docSettings.${name}` as const)} rules={[{ required: true, max: 500 }]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
    </Form.Item>
  );

  return (
    <div className="panel doc-settings">
      {(loadError ?? error) && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={errorText((loadError ?? error) as ErrorBody)}
        />
      )}
      <Form<DocumentSettings>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={!value}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setError(null)}
      >
        <Typography.Paragraph type="secondary">{t('docSettings.storeName.hint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="storeAddress" label={t('docSettings.storeAddress')} rules={[{ max: 80 }]}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="storePhone" label={t('docSettings.storePhone')} rules={[{ max: 30 }]}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
        </Row>
        {text('returnPolicy')}
        {text('warrantyCare')}
        {text('warrantyTerms')}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="weightDecimals" label={t('docSettings.weightDecimals')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 2, label: '0.00 g' },
                  { value: 3, label: '0.000 g' },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="receiptCode" label={t('docSettings.receiptCode')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'qr', label: t('docSettings.receiptCode.qr') },
                  { value: 'barcode', label: t('docSettings.receiptCode.barcode') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')} <Kbd>Ctrl+S</Kbd>
        </Button>
      </Form>
    </div>
  );
}
