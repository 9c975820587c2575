import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/contract';
import type { SessionInfo } from '../../../shared/contract/auth';
import type { ApiClient } from '../api/client';
import { useRawApi } from '../api/context';
import { useI18n } from '../i18n/context';
import { SessionContext, type Boot, type SessionState } from './context';

const SIGNED_OUT: SessionInfo = { state: 'signedOut' };

async function loadBoot(api: ApiClient, adoptStoreLanguage: (language: Language) => void): Promise<Boot> {
  const status = await api.call('app.status', {});
  if (!status.ok) return { phase: 'unreachable' };
  if (status.value.setupRequired) return { phase: 'ready', status: status.value, session: SIGNED_OUT };
  adoptStoreLanguage(status.value.language);
  const session = await api.call('auth.session', {});
  if (!session.ok) return { phase: 'unreachable' };
  return { phase: 'ready', status: status.value, session: session.value };
}

/** Knows whether the store is set up and who is signed in; follows the core's session events. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useRawApi();
  const { adoptStoreLanguage } = useI18n();
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });

  const refresh = useCallback(async () => {
    setBoot(await loadBoot(api, adoptStoreLanguage));
  }, [api, adoptStoreLanguage]);

  const applySession = useCallback((session: SessionInfo) => {
    setBoot((current) => (current.phase === 'ready' ? { ...current, session } : current));
  }, []);

  useEffect(() => {
    void loadBoot(api, adoptStoreLanguage).then(setBoot);
    return api.onEvent((event) => {
      if (event.type === 'session.locked' || event.type === 'session.changed') void refresh();
    });
  }, [api, adoptStoreLanguage, refresh]);

  const value = useMemo<SessionState>(() => ({ boot, refresh, applySession }), [boot, refresh, applySession]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
