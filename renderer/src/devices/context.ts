import { createContext, useContext } from 'react';
import type { ErrorBody } from '../../../shared/contract';
import type { DeviceInfo } from '../../../shared/contract/devices';

export interface DevicesState {
  /** null until the first answer. */
  devices: DeviceInfo[] | null;
  error: ErrorBody | null;
  /** Asks the core again: after a device was added, changed or removed. */
  reload(): Promise<void>;
}

export const DevicesContext = createContext<DevicesState | null>(null);

export function useDevices(): DevicesState {
  const state = useContext(DevicesContext);
  if (!state) throw new Error('useDevices outside <DevicesProvider>');
  return state;
}
