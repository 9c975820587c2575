import { Input, Typography } from 'antd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/context';
import { CODE_FIELD } from '../../scan/code-field';

/** 退换货: a sale found by its receipt, its lines taken back after inspection, refunded to the tenders that paid. */
export function ReturnsScreen({ onBack }: { onBack(): void }) {
  const { t } = useI18n();
  return (
    <div className="screen returns-screen">
      <ScreenHeader title={t('tile.returns')} onBack={onBack} />
      <Input {...CODE_FIELD} aria-label={t('returns.receipt')} placeholder={t('returns.receipt')} autoFocus />
      <Typography.Text type="secondary">{t('returns.empty')}</Typography.Text>
    </div>
  );
}
