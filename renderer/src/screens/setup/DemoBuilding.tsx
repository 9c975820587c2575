import { useEffect, useState } from 'react';
import { Spin, Typography } from 'antd';
import { useI18n } from '../../i18n/context';

/**
 * While the demo store is built. The core is busy entering it call by call and cannot report how far it
 * got, so the screen says what is happening and counts the seconds, which shows it has not hung.
 */
export function DemoBuilding() {
  const { t } = useI18n();
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setSeconds((elapsed) => elapsed + 1), 1_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <div className="setup-panel setup-building" role="status" aria-live="polite">
      <Spin size="large" />
      <Typography.Title level={3}>{t('setup.demo.building')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('setup.demo.buildingHint')}</Typography.Paragraph>
      <Typography.Text type="secondary" data-testid="demo-elapsed">
        {t('setup.demo.elapsed', { seconds })}
      </Typography.Text>
    </div>
  );
}
