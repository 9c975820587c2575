import { useState } from 'react';
import { createDefaultClient } from '../api/client';
import { RawApiContext } from '../api/context';
import { ConnectionProvider } from '../connection/ConnectionProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import { SessionProvider } from '../session/SessionProvider';
import { AppTheme } from './AppTheme';
import { Root } from './Root';

export function App() {
  const [client] = useState(createDefaultClient);
  return (
    <I18nProvider>
      <AppTheme>
        <RawApiContext value={client}>
          <ConnectionProvider>
            <SessionProvider>
              <Root />
            </SessionProvider>
          </ConnectionProvider>
        </RawApiContext>
      </AppTheme>
    </I18nProvider>
  );
}
