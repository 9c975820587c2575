import { createContext, useContext } from 'react';
import type { ApiClient } from './client';

/** The client as the transport gives it: for the PIN pad, first run, session plumbing and the approval prompt. */
export const RawApiContext = createContext<ApiClient | null>(null);
/** The client screens use: the same calls, with a manager's approval asked for when the core wants one. */
export const ApiContext = createContext<ApiClient | null>(null);

export function useRawApi(): ApiClient {
  const client = useContext(RawApiContext);
  if (!client) throw new Error('useRawApi outside <RawApiContext>');
  return client;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside <ApprovalProvider>');
  return client;
}
