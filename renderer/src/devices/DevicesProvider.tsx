import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Envelope, PushEvent } from '../../../shared/contract';
import type { DeviceInfo } from '../../../shared/contract/devices';
import { useApi } from '../api/context';
import { DevicesContext, type DevicesState } from './context';

type Loaded = Pick<DevicesState, 'devices' | 'error'>;

const toLoaded = (result: Envelope<DeviceInfo[]>): Loaded =>
  result.ok ? { devices: result.value, error: null } : { devices: null, error: result.error };

/** A status or reading pushed by the core, applied to the device it is about. */
function applyEvent(devices: DeviceInfo[], event: PushEvent): DeviceInfo[] {
  if (event.type === 'device.status')
    return devices.map((info) =>
      info.device.id === event.deviceId ? { ...info, status: event.status } : info,
    );
  if (event.type === 'device.weight')
    return devices.map((info) =>
      info.device.id === event.deviceId ? { ...info, reading: event.reading } : info,
    );
  return devices;
}

/**
 * The configured scanners and scales with their live status, for every signed-in screen: loaded once,
 * then kept current by the core's device.status and device.weight events.
 */
export function DevicesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ devices: null, error: null });

  const reload = useCallback(async () => setLoaded(toLoaded(await api.call('devices.list', {}))), [api]);

  useEffect(() => {
    let live = true;
    void api.call('devices.list', {}).then((result) => {
      if (live) setLoaded(toLoaded(result));
    });
    const stop = api.onEvent((event) =>
      setLoaded((current) => {
        const devices = current.devices && applyEvent(current.devices, event);
        return devices === current.devices ? current : { ...current, devices };
      }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const value = useMemo<DevicesState>(() => ({ ...loaded, reload }), [loaded, reload]);
  return <DevicesContext value={value}>{children}</DevicesContext>;
}
