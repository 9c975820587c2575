import { Badge } from 'antd';
import { useI18n } from '../i18n/context';
import { useConnection } from './context';

export function ConnectionIndicator({ onDark }: { onDark?: boolean }) {
  const { t } = useI18n();
  const connected = useConnection();
  const status = connected === null ? 'processing' : connected ? 'success' : 'error';
  const label =
    connected === null ? t('connection.checking') : connected ? t('connection.ok') : t('connection.lost');
  return (
    <span
      className={onDark ? 'connection connection-on-dark' : 'connection'}
      data-testid="connection"
      data-state={connected === null ? 'checking' : connected ? 'connected' : 'lost'}
    >
      <Badge status={status} text={label} />
    </span>
  );
}
