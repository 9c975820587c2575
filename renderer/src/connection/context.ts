import { createContext, useContext } from 'react';

/** null until the first ping has answered. */
export type Connection = boolean | null;

export const ConnectionContext = createContext<Connection>(null);

export function useConnection(): Connection {
  return useContext(ConnectionContext);
}
