import { Col, Form, Radio, Row, Select } from 'antd';
import { BAUD_RATES } from '../../../../shared/contract/devices';
import { useI18n } from '../../i18n/context';
import { PortField } from './PortField';

const PARITIES = ['none', 'even', 'odd'] as const;

/** Where the device is plugged in and how its line is framed (most scales and scanners: 9600 8N1). */
export function SerialFields() {
  const { t } = useI18n();
  return (
    <>
      <PortField />
      <Row gutter={16}>
        <Col span={7}>
          <Form.Item name={['connection', 'baudRate']} label={t('device.baudRate')}>
            <Select options={BAUD_RATES.map((rate) => ({ value: rate, label: String(rate) }))} />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name={['connection', 'dataBits']} label={t('device.dataBits')}>
            <Radio.Group
              optionType="button"
              options={[7, 8].map((bits) => ({ value: bits, label: String(bits) }))}
            />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name={['connection', 'parity']} label={t('device.parity')}>
            <Select
              options={PARITIES.map((parity) => ({ value: parity, label: t(`device.parity.${parity}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name={['connection', 'stopBits']} label={t('device.stopBits')}>
            <Radio.Group
              optionType="button"
              options={[1, 2].map((bits) => ({ value: bits, label: String(bits) }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
