import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `iso`, counting down once a second; null once it passed. Give the calling
 * component `key={iso}`, so a new time starts a new count.
 */
export function useSecondsUntil(iso: string): number | null {
  const [now, setNow] = useState(() => Date.now());
  const seconds = Math.ceil((Date.parse(iso) - now) / 1000);
  const counting = seconds > 0;

  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [counting]);

  return counting ? seconds : null;
}
