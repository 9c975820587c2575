import { Alert } from 'antd';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { failureError, useBackupStatus } from './useBackupStatus';

/** On the home screen, for everyone: the last backup failed, or none has succeeded for too long. */
export function BackupWarning() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const status = useBackupStatus().value;
  if (!status?.warning) return null;
  const title =
    status.warning === 'failed' && status.lastFailure
      ? t('backups.warning.failed', { reason: errorText(failureError(status.lastFailure)) })
      : t('backups.warning.stale', { hours: status.config.staleHours });
  return (
    <Alert
      type="error"
      showIcon
      className="home-backup-warning"
      data-testid="backup-warning"
      title={title}
      description={t('backups.warning.hint')}
    />
  );
}
