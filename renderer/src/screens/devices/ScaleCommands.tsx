import { App as AntApp, Button, Space, Tooltip } from 'antd';
import {
  SCALE_PROTOCOL_FEATURES,
  type DeviceStatus,
  type ScaleDevice,
} from '../../../../shared/contract/devices';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

/** Tare and zero over the serial line, for protocols that have the commands (CAS scales only stream). */
export function ScaleCommands({ device, status }: { device: ScaleDevice; status: DeviceStatus }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const features = SCALE_PROTOCOL_FEATURES[device.protocol];
  const connected = status.state === 'connected';

  const send = async (command: 'tare' | 'zero'): Promise<void> => {
    const result = await api.call(command === 'tare' ? 'devices.tare' : 'devices.zero', {
      deviceId: device.id,
    });
    if (result.ok) void message.success(t(`scale.${command}.sent`));
    else void message.error(errorText(result.error));
  };

  const hint =
    features.tare || features.zero ? undefined : t('scale.commands.unsupported', { protocol: features.name });
  return (
    <Tooltip title={hint}>
      <Space>
        <Button disabled={!connected || !features.tare} onClick={() => void send('tare')}>
          {t('scale.tare')}
        </Button>
        <Button disabled={!connected || !features.zero} onClick={() => void send('zero')}>
          {t('scale.zero')}
        </Button>
      </Space>
    </Tooltip>
  );
}
