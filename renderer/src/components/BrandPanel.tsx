import type { ReactNode } from 'react';
import { GoldOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/context';
import './brand-panel.css';

interface BrandPanelProps {
  storeName: string | null;
  children?: ReactNode;
  footer?: ReactNode;
}

/** The store's side of the login and first-run screens; before setup there is only the product. */
export function BrandPanel({ storeName, children, footer }: BrandPanelProps) {
  const { t } = useI18n();
  return (
    <aside className="brand-panel">
      <div className="brand-mark">
        <GoldOutlined />
      </div>
      <div className="brand-store">{storeName ?? t('app.name')}</div>
      {storeName && <div className="brand-product">{t('app.tagline')}</div>}
      <div className="brand-body">{children}</div>
      <div className="brand-footer">{footer}</div>
    </aside>
  );
}
