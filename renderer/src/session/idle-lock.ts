import { watchActivity } from './activity';

/**
 * Calls `onIdle` once nobody has used keyboard, mouse or touch for `seconds`. One timer, re-armed for
 * the remaining time when it fires early, instead of a new timer on every mouse move.
 */
export function startIdleLock(seconds: number, onIdle: () => void): () => void {
  const limitMs = seconds * 1000;
  let lastActivityMs = Date.now();
  let timer: ReturnType<typeof setTimeout>;

  const check = (): void => {
    const remaining = lastActivityMs + limitMs - Date.now();
    if (remaining > 0) timer = setTimeout(check, remaining);
    else onIdle();
  };
  timer = setTimeout(check, limitMs);
  const stopWatching = watchActivity(() => {
    lastActivityMs = Date.now();
  });

  return () => {
    stopWatching();
    clearTimeout(timer);
  };
}
