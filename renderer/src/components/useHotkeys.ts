import { useEffect, useEffectEvent } from 'react';
import { isButton, isInDialog, isTextEntry } from './keyboard';

/** Keys as KeyboardEvent.key names them, after their modifiers: 'F4', 'Ctrl+S', 'ArrowDown'. */
export type Hotkeys = Partial<Record<string, () => void>>;

function comboOf(event: KeyboardEvent): string {
  const printable = event.key.length === 1;
  return [
    event.ctrlKey || event.metaKey ? 'Ctrl+' : '',
    event.altKey ? 'Alt+' : '',
    event.shiftKey && !printable ? 'Shift+' : '',
    printable ? event.key.toUpperCase() : event.key,
  ].join('');
}

/**
 * Function keys (with or without Shift or Alt) and Ctrl combinations work anywhere. Plain keys typed into
 * a field belong to the field, and Enter and Space on a button press the button.
 */
function belongsToTarget(combo: string, target: EventTarget | null): boolean {
  if (/^(?:Alt\+)?(?:Shift\+)?F\d+$/.test(combo) || combo.startsWith('Ctrl+')) return false;
  return isTextEntry(target) || (isButton(target) && (combo === 'Enter' || combo === ' '));
}

/**
 * A screen's or a dialog's own shortcuts. Screen keys rest while a dialog has the focus, so the dialog
 * over a screen owns the keyboard; a dialog's keys are bound only while it is open.
 */
export function useHotkeys(hotkeys: Hotkeys, scope: 'screen' | 'dialog' = 'screen'): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (scope === 'screen' && isInDialog(event.target)) return;
    const combo = comboOf(event);
    const action = hotkeys[combo];
    if (!action || belongsToTarget(combo, event.target)) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
