import { useEffect, useEffectEvent } from 'react';
import { isInDialog, isSidePanelOpen, isTextEntry } from '../components/keyboard';
import { shortcutIndex } from './tiles';

export interface ShellActions {
  lock(): void;
  switchUser(): void;
  home(): void;
  /** F8: the simulated devices' controls, when there are any. */
  toggleSimulator(): void;
  /** Alt+1 … Alt+9, Alt+0: the n-th tile (0-based) that opens a screen. */
  openShortcut(index: number): void;
}

/**
 * F2 locks, F12 switches user, F8 shows the device simulator, Alt+digit opens a tile, Esc goes home (not
 * from a field or a dialog, nor while a side panel is open: Esc closes that).
 */
export function useShellHotkeys(actions: ShellActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const digit = /^Digit([0-9])$/.exec(event.code)?.[1];
    if (event.key === 'F2') actions.lock();
    else if (event.key === 'F12') actions.switchUser();
    else if (event.key === 'F8') actions.toggleSimulator();
    else if (event.altKey && digit) actions.openShortcut(shortcutIndex(digit));
    else if (event.key === 'Escape' && isSidePanelOpen()) return;
    else if (event.key === 'Escape' && !isTextEntry(event.target) && !isInDialog(event.target))
      actions.home();
    else return;
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
