import { Col, Form, Input, Row, Select } from 'antd';
import { SCANNER_SUFFIXES } from '../../../../shared/contract/devices';
import { useI18n } from '../../i18n/context';
import { PREFIX_MAX } from './device-form';

/** What the scanner sends around each code: an optional prefix to strip and the line ending. */
export function ScannerFields() {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col span={12}>
        <Form.Item name="suffix" label={t('device.suffix')} extra={t('device.suffix.hint')}>
          <Select
            options={SCANNER_SUFFIXES.map((suffix) => ({
              value: suffix,
              label: t(`device.suffix.${suffix}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="prefix"
          label={t('device.prefix')}
          extra={t('device.prefix.hint')}
          rules={[
            { max: PREFIX_MAX, pattern: /^\P{Cc}*$/u, message: t('device.prefix.rule', { max: PREFIX_MAX }) },
          ]}
        >
          <Input maxLength={PREFIX_MAX} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
