import { useEffect, useEffectEvent } from 'react';
import { isInDialog, isSidePanelOpen, isTextEntry } from './keyboard';

/**
 * Esc goes home from any screen (the shell's key), which would drop a sale being paid or a count being
 * made. While `onEscape` is given, Esc runs it instead (one step back): the listener is on the window's
 * capture phase, ahead of the shell's.
 */
export function useGuardLeaving(onEscape: (() => void) | null): void {
  const guarded = onEscape !== null;
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (isTextEntry(event.target) || isInDialog(event.target) || isSidePanelOpen()) return;
    event.preventDefault();
    onEscape?.();
  });

  useEffect(() => {
    if (!guarded) return;
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener, { capture: true });
    return () => window.removeEventListener('keydown', listener, { capture: true });
  }, [guarded]);
}
