import type { ApiClient } from '../api/client';

/** What counts as someone at the till: keys, pointer and touch on this window. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** At most one keep-alive call this often, and only after someone touched the screen since the last. */
const KEEP_ALIVE_INTERVAL_MS = 30_000;

export function watchActivity(listener: () => void): () => void {
  const options = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) window.addEventListener(type, listener, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, listener, options);
  };
}

/**
 * The core locks a session that made no non-passive call for its idle limit. Someone reading a screen
 * or typing into a form is at the till but calls nothing, so their activity is reported with
 * settings.get: signed-in, read-only and not passive.
 */
export function keepSessionAlive(api: ApiClient): () => void {
  let lastCallMs = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = (): void => {
    timer = undefined;
    lastCallMs = Date.now();
    void api.call('settings.get', {});
  };
  const stopWatching = watchActivity(() => {
    if (timer === undefined)
      timer = setTimeout(send, Math.max(0, lastCallMs + KEEP_ALIVE_INTERVAL_MS - Date.now()));
  });

  return () => {
    stopWatching();
    clearTimeout(timer);
  };
}
