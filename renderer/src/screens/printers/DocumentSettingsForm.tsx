import { Col, Form, Input, Radio, Row, Typography } from 'antd';
import type { DocumentSettings } from '../../../../shared/contract/printing';
import type { ApiClient } from '../../api/client';
import { useI18n } from '../../i18n/context';
import { useSettingsForm } from './useSettingsForm';

const loadSettings = (api: ApiClient) => api.call('printing.documentSettings', {});
const saveSettings = (api: ApiClient, values: DocumentSettings, loaded: DocumentSettings) =>
  api.call('printing.saveDocumentSettings', { ...loaded, ...values });

/** The store's header and texts printed on receipts and warranty cards. */
export function DocumentSettingsForm({ active }: { active: boolean }) {
  const { t } = useI18n();
  const { panel } = useSettingsForm({
    load: loadSettings,
    save: saveSettings,
    savedText: t('docSettings.saved'),
    active,
  });

  const text = (name: 'returnPolicy' | 'warrantyCare' | 'warrantyTerms') => (
    <Form.Item name={name} label={t(`docSettings.${name}` as const)} rules={[{ required: true, max: 500 }]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
    </Form.Item>
  );

  return panel(
    'doc-settings',
    <>
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
    </>,
  );
}
