import { App as AntApp, Button, Popconfirm, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { DeviceInfo } from '../../../../shared/contract/devices';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { connectionSummary, deviceSummary } from '../../devices/describe';
import { DeviceStatusBadge } from '../../devices/DeviceStatusBadge';
import { SimulatedTag } from '../../devices/SimulatedTag';
import { SimulatorPanel } from '../../devices/SimulatorPanel';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { LiveViewPanel } from './LiveViewPanel';
import { ScaleCommands } from './ScaleCommands';

interface DeviceDetailProps {
  info: DeviceInfo;
  onEdit(): void;
  onRemoved(): void;
}

/** The chosen device: its status, tare and zero, the live view, and the simulator when it is simulated. */
export function DeviceDetail({ info, onEdit, onRemoved }: DeviceDetailProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const { device, status } = info;

  const remove = async (): Promise<void> => {
    const result = await api.call('devices.remove', { id: device.id });
    if (!result.ok) return void message.error(errorText(result.error));
    void message.success(t('device.removed', { name: device.name }));
    onRemoved();
  };

  return (
    <section className="panel panel-padded device-detail" aria-label={device.name}>
      <header className="device-detail-head">
        <div className="device-detail-title">
          <Typography.Title level={4}>{device.name}</Typography.Title>
          {status.simulated && <SimulatedTag />}
          {!device.enabled && <Tag>{t('device.disabled')}</Tag>}
        </div>
        <Button icon={<EditOutlined />} onClick={onEdit}>
          {t('staff.action.edit')} <Kbd>Enter</Kbd>
        </Button>
        <Popconfirm
          title={t('device.remove.confirm', { name: device.name })}
          okText={t('device.remove')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => void remove()}
        >
          <Button danger icon={<DeleteOutlined />}>
            {t('device.remove')}
          </Button>
        </Popconfirm>
      </header>
      <Typography.Text type="secondary">
        {deviceSummary(t, device)} · {connectionSummary(t, device)}
      </Typography.Text>
      <div className="device-detail-status">
        <DeviceStatusBadge status={status} />
        <Typography.Text type="secondary">
          {t('device.since', { time: formatInstant(status.since, 'time') })}
        </Typography.Text>
        {status.problem && <Typography.Text type="danger">{errorText(status.problem)}</Typography.Text>}
        {device.kind === 'scale' && <ScaleCommands device={device} status={status} />}
      </div>
      <LiveViewPanel key={device.id} device={device}>
        {status.simulated && (
          <div className="device-detail-simulator">
            <Typography.Text strong>{t('simulator.panel')}</Typography.Text>
            <Typography.Text type="secondary"> {t('simulator.notHardware')}</Typography.Text>
            <SimulatorPanel info={info} />
          </div>
        )}
      </LiveViewPanel>
    </section>
  );
}
