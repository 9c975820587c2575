import { Badge, type BadgeProps } from 'antd';
import type { DeviceStatus } from '../../../shared/contract/devices';
import { useI18n } from '../i18n/context';
import { useSecondsUntil } from './useSecondsUntil';

const BADGE: Record<DeviceStatus['state'], BadgeProps['status']> = {
  connecting: 'processing',
  connected: 'success',
  disconnected: 'error',
  reconnecting: 'processing',
  error: 'error',
  off: 'default',
};

/** The connection state in words, with the seconds until the next attempt while the core retries. */
export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  const { t } = useI18n();
  const state = t(`device.state.${status.state}`);
  return (
    <span className="device-status" data-testid="device-status" data-state={status.state}>
      <Badge
        status={BADGE[status.state]}
        text={status.retryAt ? <RetryIn key={status.retryAt} at={status.retryAt} state={state} /> : state}
      />
    </span>
  );
}

function RetryIn({ at, state }: { at: string; state: string }) {
  const { t } = useI18n();
  const seconds = useSecondsUntil(at);
  return seconds === null ? state : t('device.state.retryIn', { state, seconds });
}
