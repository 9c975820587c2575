import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useI18n } from '../i18n/context';
import { theme } from './theme';

/** Keeps two-character labels such as 保存 as written, beside the keyboard hints of other buttons. */
const BUTTON = { autoInsertSpace: false };
/** Notices appear below the top bar instead of over the signed-in user and the lock button. */
const MESSAGE = { top: 76 };

/** antd follows the screen's language (its own texts: empty tables, confirm buttons, validation). */
export function AppTheme({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} button={BUTTON}>
      <AntApp message={MESSAGE}>{children}</AntApp>
    </ConfigProvider>
  );
}
