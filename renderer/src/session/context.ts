import { createContext, useContext } from 'react';
import type { AppStatus } from '../../../shared/contract/app';
import type { SessionInfo } from '../../../shared/contract/auth';

export type Boot =
  | { phase: 'loading' }
  | { phase: 'unreachable' }
  | { phase: 'ready'; status: AppStatus; session: SessionInfo };

export interface SessionState {
  boot: Boot;
  /** Reloads the store's status and who is signed in. */
  refresh(): Promise<void>;
  /** Takes a SessionInfo the core just answered (login, lock, logout) without asking again. */
  applySession(session: SessionInfo): void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState outside <SessionProvider>');
  return state;
}

/** For screens shown only once the app is set up: the status and session are known. */
export function useReady(): Extract<Boot, { phase: 'ready' }> & Omit<SessionState, 'boot'> {
  const { boot, ...rest } = useSessionState();
  if (boot.phase !== 'ready') throw new Error('useReady before the app status is known');
  return { ...boot, ...rest };
}
