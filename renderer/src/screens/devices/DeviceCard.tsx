import { Tag, Typography } from 'antd';
import { DashboardOutlined, ScanOutlined } from '@ant-design/icons';
import type { DeviceInfo } from '../../../../shared/contract/devices';
import { connectionSummary, deviceSummary } from '../../devices/describe';
import { DeviceStatusBadge } from '../../devices/DeviceStatusBadge';
import { SimulatedTag } from '../../devices/SimulatedTag';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface DeviceCardProps {
  info: DeviceInfo;
  selected: boolean;
  onSelect(): void;
}

/** One configured device in the list: what it is, how it is attached, and how it is doing. */
export function DeviceCard({ info, selected, onSelect }: DeviceCardProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { device, status } = info;
  return (
    <button
      type="button"
      className={selected ? 'device-card device-card-selected' : 'device-card'}
      aria-pressed={selected}
      data-testid={`device-${device.id}`}
      onClick={onSelect}
    >
      <span className="device-card-icon">
        {device.kind === 'scale' ? <DashboardOutlined /> : <ScanOutlined />}
      </span>
      <span className="device-card-body">
        <span className="device-card-title">
          <span className="device-card-name">{device.name}</span>
          {status.simulated && <SimulatedTag />}
          {!device.enabled && <Tag>{t('device.disabled')}</Tag>}
        </span>
        <span className="device-card-line">{deviceSummary(t, device)}</span>
        <span className="device-card-line">{connectionSummary(t, device)}</span>
        <DeviceStatusBadge status={status} />
        {status.problem && (
          <Typography.Text type="danger" className="device-card-problem">
            {errorText(status.problem)}
          </Typography.Text>
        )}
      </span>
    </button>
  );
}
