import type { ReactNode } from 'react';
import { ConnectionIndicator } from '../connection/ConnectionIndicator';
import { BrandPanel } from './BrandPanel';
import { LanguageSwitch } from './LanguageSwitch';
import './auth-layout.css';

interface AuthLayoutProps {
  storeName: string | null;
  /** Shown on the brand side: the clock on the lock screen, a welcome on first run. */
  brand: ReactNode;
  brandFooter?: ReactNode;
  children: ReactNode;
}

/** Before anyone is signed in: the store on one side, the task on the other, connection and language in reach. */
export function AuthLayout({ storeName, brand, brandFooter, children }: AuthLayoutProps) {
  return (
    <div className="auth-layout">
      <BrandPanel storeName={storeName} footer={brandFooter}>
        {brand}
      </BrandPanel>
      <main className="auth-main">
        <div className="auth-toolbar">
          <ConnectionIndicator />
          <LanguageSwitch />
        </div>
        {children}
      </main>
    </div>
  );
}
