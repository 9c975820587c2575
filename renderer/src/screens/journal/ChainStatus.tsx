import { Alert } from 'antd';
import type { JournalVerification } from '../../../../shared/contract/journal';
import { useI18n } from '../../i18n/context';

/** The verifier's verdict on the hash chain: intact up to its head, or the first row that breaks it. */
export function ChainStatus({ verification }: { verification: JournalVerification }) {
  const { t } = useI18n();
  if (verification.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('journal.chainOk', { count: verification.checked })}
        description={t('journal.chainHead', {
          seq: verification.headSeq,
          hash: verification.headHash?.slice(0, 16) ?? '—',
        })}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('journal.chainBroken', { seq: verification.firstBad?.seq ?? '?' })}
      description={verification.firstBad?.reason}
    />
  );
}
