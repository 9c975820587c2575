import { useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../shared/contract';
import type { LiveView, TrafficEntry } from '../../../../shared/contract/devices';
import { useApi } from '../../api/context';

/** Twice a second: fast enough to watch a scale settle, slow enough to leave the core alone. */
const POLL_MS = 500;
/** Raw traffic entries kept on screen. */
const KEEP = 60;

export interface LiveViewState {
  view: LiveView | null;
  /** Newest first. */
  traffic: TrafficEntry[];
  error: ErrorBody | null;
}

/**
 * Polls a device's live view, asking each time only for traffic newer than the last seen. Mount it with
 * `key={deviceId}`, so another device starts from nothing.
 */
export function useLiveView(deviceId: number): LiveViewState {
  const api = useApi();
  const [state, setState] = useState<LiveViewState>({ view: null, traffic: [], error: null });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let afterSeq = 0;
    const poll = async (): Promise<void> => {
      const result = await api.call('devices.liveView', { deviceId, afterSeq });
      if (stopped) return;
      if (!result.ok) {
        setState((current) => ({ ...current, error: result.error }));
        // Anything but a lost connection will not mend by asking again.
        if (result.error.code === 'CONNECTION_LOST') timer = setTimeout(() => void poll(), POLL_MS);
        return;
      }
      const view = result.value;
      // Changed settings restart the device's runtime, and its traffic numbering with it.
      if (view.lastSeq < afterSeq) {
        afterSeq = 0;
        setState((current) => ({ ...current, traffic: [] }));
        return void poll();
      }
      afterSeq = view.lastSeq;
      setState((current) => ({
        view,
        traffic: [...view.traffic.toReversed(), ...current.traffic].slice(0, KEEP),
        error: null,
      }));
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, deviceId]);

  return state;
}
