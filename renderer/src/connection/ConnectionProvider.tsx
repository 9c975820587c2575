import { useEffect, useState, type ReactNode } from 'react';
import { useRawApi } from '../api/context';
import { ConnectionContext, type Connection } from './context';

const PING_INTERVAL_MS = 5_000;

/** Pings the core every few seconds; auth.ping is passive, so it never keeps an idle till unlocked. */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const api = useRawApi();
  const [connected, setConnected] = useState<Connection>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const ping = async (): Promise<void> => {
      const result = await api.call('auth.ping', {});
      if (stopped) return;
      setConnected(result.ok || result.error.code !== 'CONNECTION_LOST');
      timer = setTimeout(() => void ping(), PING_INTERVAL_MS);
    };
    void ping();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  return <ConnectionContext value={connected}>{children}</ConnectionContext>;
}
