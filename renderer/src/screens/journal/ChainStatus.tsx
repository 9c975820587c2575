import { Alert } from 'antd';
import type { JournalVerification } from '../../../../shared/contract/journal';
import { useI18n } from '../../i18n/context';

/**
 * The verifier's verdict on the hash chain and its signed closures: intact up to its head with the last
 * closure (whose head the Z report printed), or the first row that breaks it and why.
 */
export function ChainStatus({ verification }: { verification: JournalVerification }) {
  const { t } = useI18n();
  if (verification.ok) {
    const signed = verification.closures;
    return (
      <Alert
        type="success"
        showIcon
        title={t('journal.chainOk', { count: verification.checked })}
        description={
          <>
            <div>
              {t('journal.chainHead', {
                seq: verification.headSeq,
                hash: verification.headHash?.slice(0, 16) ?? '—',
              })}
            </div>
            <div>
              {signed
                ? t('journal.signedHead', {
                    no: signed.closureNo,
                    period: signed.period,
                    seq: signed.headSeq,
                    hash: signed.headHash.slice(0, 12),
                    keyId: signed.keyId,
                  })
                : t('journal.unsigned')}
            </div>
          </>
        }
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
