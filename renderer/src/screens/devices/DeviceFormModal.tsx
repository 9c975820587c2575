import { useState } from 'react';
import { Alert, Col, Form, Input, Modal, Radio, Row, Switch } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { Device, DeviceInfo } from '../../../../shared/contract/devices';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { deviceFormValues, deviceInput, type DeviceFormValues } from './device-form';
import { ScaleFields } from './ScaleFields';
import { ScannerFields } from './ScannerFields';
import { SerialFields } from './SerialFields';

interface DeviceFormModalProps {
  /** null: a new device. */
  device: Device | null;
  onClose(): void;
  onSaved(info: DeviceInfo): void;
}

/** Adds a scanner or a scale, or changes one's settings; the core reopens its port on saving. */
export function DeviceFormModal({ device, onClose, onSaved }: DeviceFormModalProps) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<DeviceFormValues>();
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? deviceFormValues(device).kind;
  const connectionType =
    Form.useWatch(['connection', 'type'], form) ?? deviceFormValues(device).connection.type;

  const save = async (values: DeviceFormValues): Promise<void> => {
    setBusy(true);
    const result = await api.call('devices.save', deviceInput(values, device?.id));
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  useHotkeys({ 'Ctrl+S': () => form.submit() }, 'dialog');

  return (
    <Modal
      open
      width={720}
      title={device ? t('device.edit.title', { name: device.name }) : t('device.create.title')}
      okText={
        <>
          {t('common.save')} <Kbd>Ctrl+S</Kbd>
        </>
      }
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DeviceFormValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={deviceFormValues(device)}
        onFinish={(values) => void save(values)}
        onValuesChange={() => setError(null)}
      >
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(error)} />}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="kind" label={t('device.kind')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                disabled={device !== null}
                options={[
                  { value: 'scanner', label: t('device.kind.scanner') },
                  { value: 'scale', label: t('device.kind.scale') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="enabled" label={t('device.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('device.name')}
          rules={[{ required: true, whitespace: true, max: 40, message: t('device.name.rule') }]}
        >
          <Input autoFocus maxLength={40} autoComplete="off" placeholder={t('device.name.placeholder')} />
        </Form.Item>
        <Form.Item
          name={['connection', 'type']}
          label={t('device.connection')}
          extra={connectionType === 'simulated' ? t('device.connection.simulated.hint') : undefined}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'serial', label: t('device.connection.serial') },
              { value: 'simulated', label: t('device.connection.simulated') },
            ]}
          />
        </Form.Item>
        {connectionType === 'serial' && <SerialFields />}
        {kind === 'scanner' ? <ScannerFields /> : <ScaleFields />}
      </Form>
    </Modal>
  );
}
