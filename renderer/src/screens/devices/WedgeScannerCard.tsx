import { Typography } from 'antd';
import { BarcodeOutlined } from '@ant-design/icons';
import type { Scan } from '../../scan/registry';
import { useI18n } from '../../i18n/context';

/**
 * Keyboard-wedge scanners need no settings here: they type. This card shows the last scan this screen
 * received, from either kind of scanner, so a scanner can be tried out where it is set up.
 */
export function WedgeScannerCard({
  lastScan,
  deviceName,
}: {
  lastScan: Scan | null;
  deviceName: string | null;
}) {
  const { t } = useI18n();
  return (
    <div className="wedge-card" data-testid="last-scan">
      <div className="wedge-card-title">
        <BarcodeOutlined /> {t('wedge.title')}
      </div>
      <Typography.Paragraph type="secondary" className="wedge-card-hint">
        {t('wedge.hint')}
      </Typography.Paragraph>
      <div className="wedge-card-scan">
        <span>{t('wedge.lastScan')}</span>
        {lastScan ? (
          <>
            <code>{lastScan.code}</code>
            <Typography.Text type="secondary">
              {lastScan.source === 'keyboard'
                ? t('wedge.source.keyboard')
                : (deviceName ?? t('wedge.source.serial'))}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('wedge.lastScan.none')}</Typography.Text>
        )}
      </div>
    </div>
  );
}
