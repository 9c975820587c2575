import type { ReactNode } from 'react';
import { Button, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/context';
import { Kbd } from './Kbd';

interface ScreenHeaderProps {
  title: string;
  subtitle?: string;
  onBack(): void;
  extra?: ReactNode;
}

export function ScreenHeader({ title, subtitle, onBack, extra }: ScreenHeaderProps) {
  const { t } = useI18n();
  return (
    <div className="screen-header">
      <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
        {t('nav.home')} <Kbd>Esc</Kbd>
      </Button>
      <div className="screen-title">
        <Typography.Title level={3}>{title}</Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      <div className="screen-extra">{extra}</div>
    </div>
  );
}
