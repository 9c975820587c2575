import { Col, Form, InputNumber, Radio, Row, Select } from 'antd';
import { SCALE_PROTOCOL_FEATURES, SCALE_PROTOCOLS } from '../../../../shared/contract/devices';
import { useI18n } from '../../i18n/context';
import { SCALE_RANGES, type DeviceFormValues } from './device-form';

/** The scale's protocol, how readings arrive, and when a weight counts as settled. */
export function ScaleFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance<DeviceFormValues>();
  const protocol = Form.useWatch<DeviceFormValues['protocol']>('protocol');
  const canRequest = SCALE_PROTOCOL_FEATURES[protocol ?? 'and'].request;
  const rangeRule = (field: keyof typeof SCALE_RANGES) => ({
    required: true,
    type: 'integer' as const,
    ...SCALE_RANGES[field],
    message: t('device.range', SCALE_RANGES[field]),
  });

  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="protocol" label={t('device.protocol')}>
            <Select
              options={SCALE_PROTOCOLS.map((id) => ({ value: id, label: SCALE_PROTOCOL_FEATURES[id].name }))}
              onChange={(id: DeviceFormValues['protocol']) => {
                // A scale that only streams cannot be asked for readings.
                if (!SCALE_PROTOCOL_FEATURES[id].request) form.setFieldValue('mode', 'continuous');
              }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="mode"
            label={t('device.mode')}
            extra={canRequest ? undefined : t('device.mode.streamOnly')}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: 'continuous', label: t('device.mode.continuous') },
                { value: 'request', label: t('device.mode.request'), disabled: !canRequest },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="pollIntervalMs"
            label={t('device.pollInterval')}
            extra={t('device.pollInterval.hint')}
            rules={[rangeRule('pollIntervalMs')]}
          >
            <InputNumber
              {...SCALE_RANGES.pollIntervalMs}
              step={100}
              precision={0}
              suffix="ms"
              className="input-full"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="stableRepeat"
            label={t('device.stableRepeat')}
            extra={t('device.stableRepeat.hint')}
            rules={[rangeRule('stableRepeat')]}
          >
            <InputNumber {...SCALE_RANGES.stableRepeat} precision={0} className="input-full" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="silenceTimeoutMs"
            label={t('device.silenceTimeout')}
            extra={t('device.silenceTimeout.hint')}
            dependencies={['pollIntervalMs', 'mode']}
            rules={[
              rangeRule('silenceTimeoutMs'),
              ({ getFieldValue }) => ({
                validator: async (_rule, value: number | null) => {
                  const poll = getFieldValue('pollIntervalMs') as number | null;
                  if (
                    getFieldValue('mode') === 'request' &&
                    value !== null &&
                    poll !== null &&
                    value <= 2 * poll
                  )
                    throw new Error(t('device.silenceTimeout.rule'));
                },
              }),
            ]}
          >
            <InputNumber
              {...SCALE_RANGES.silenceTimeoutMs}
              step={500}
              precision={0}
              suffix="ms"
              className="input-full"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
