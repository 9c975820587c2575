import { App as AntApp, Button, Form, Input, Switch } from 'antd';
import { ApiOutlined, DisconnectOutlined, ScanOutlined } from '@ant-design/icons';
import type { ChannelInput } from '../../../shared/contract';
import { ScanCode, type DeviceInfo } from '../../../shared/contract/devices';
import { useApi } from '../api/context';
import { parseAmount } from '../components/amount';
import { AmountField } from '../components/AmountField';
import { useI18n } from '../i18n/context';
import { useErrorText } from '../i18n/errors';
import './simulator.css';

type Simulate = ChannelInput<'devices.simulate'>;

/** The hardware side of a simulated device: what is on the scale, a code to scan, the cable. */
export function SimulatorPanel({ info }: { info: DeviceInfo }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { device, status } = info;
  const plugged = status.state === 'connected';

  const simulate = async (input: Simulate): Promise<void> => {
    const result = await api.call('devices.simulate', input);
    if (!result.ok) void message.error(errorText(result.error));
  };

  return (
    <div className="simulator" data-testid={`simulator-${device.id}`}>
      {device.kind === 'scale' ? (
        <WeightForm onSet={(weight) => void simulate({ action: 'weight', deviceId: device.id, ...weight })} />
      ) : (
        <ScanForm onScan={(code) => void simulate({ action: 'scan', deviceId: device.id, code })} />
      )}
      <Button
        icon={plugged ? <DisconnectOutlined /> : <ApiOutlined />}
        disabled={status.state === 'off'}
        onClick={() => void simulate({ action: 'connection', deviceId: device.id, connected: !plugged })}
      >
        {plugged ? t('simulator.unplug') : t('simulator.plug')}
      </Button>
    </div>
  );
}

interface WeightValues {
  grams: string;
  stable: boolean;
  overload: boolean;
}

function WeightForm({
  onSet,
}: {
  onSet(weight: { weightMg: number; stable: boolean; overload: boolean }): void;
}) {
  const { t } = useI18n();
  return (
    <Form<WeightValues>
      layout="inline"
      requiredMark={false}
      className="simulator-form"
      initialValues={{ grams: '', stable: true, overload: false }}
      onFinish={({ grams, stable, overload }) =>
        onSet({ weightMg: parseAmount('grams', grams) ?? 0, stable, overload })
      }
    >
      <AmountField name="grams" unit="grams" label={t('simulator.weight')} required />
      <Form.Item name="stable" label={t('simulator.stable')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="overload" label={t('simulator.overload')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('simulator.setWeight')}
      </Button>
    </Form>
  );
}

function ScanForm({ onScan }: { onScan(code: string): void }) {
  const { t } = useI18n();
  const maxLength = ScanCode.maxLength ?? undefined;
  return (
    <Form<{ code: string }>
      layout="inline"
      requiredMark={false}
      className="simulator-form"
      onFinish={({ code }) => onScan(code.trim())}
    >
      <Form.Item
        name="code"
        label={t('simulator.code')}
        rules={[{ required: true, whitespace: true, message: t('simulator.code.required') }]}
      >
        <Input autoComplete="off" maxLength={maxLength} className="simulator-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<ScanOutlined />}>
        {t('simulator.scan')}
      </Button>
    </Form>
  );
}
