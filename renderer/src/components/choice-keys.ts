import { useEffect, useEffectEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { hasModifier, isTextEntry } from './keyboard';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Big choice buttons (names on the PIN pad, the first-run choices): the arrow keys move the focus round the
 * first `count` buttons. Call it from each button's onKeyDown.
 */
export function moveFocusByArrow(
  event: ReactKeyboardEvent,
  buttons: readonly (HTMLElement | null)[],
  index: number,
  count: number,
): void {
  const step = STEP[event.key];
  if (step === undefined) return;
  event.preventDefault();
  buttons[(index + step + count) % count]?.focus();
}

/** The number keys 1–9 choose the choice shown with that number, unless a field is being typed in. */
export function useNumberKeys(count: number, choose: (index: number) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (hasModifier(event) || isTextEntry(event.target) || !/^[1-9]$/.test(event.key)) return;
    const index = Number(event.key) - 1;
    if (index >= count) return;
    event.preventDefault();
    choose(index);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
