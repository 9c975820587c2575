import { PIN_MAX_LENGTH } from '../../../shared/domain/pin';
import { isSilent, isTerminator, keyChar } from './key-chars';

// A keyboard-wedge scanner types a code as keystrokes, far faster than anyone types, and ends it with
// Enter or Tab. This tells such a burst from typing by timing alone. It knows nothing of the DOM, so
// it is tested as a function of key codes and times (test/unit/renderer-scan.test.ts).

export interface WedgeTiming {
  /** The shortest code taken for a scan (at least 2). */
  minLength: number;
  /** The longest pause between two keys of one scan, in ms. */
  maxGapMs: number;
}

/** Scanners send a key every few ms; even a fast typist leaves 35 ms between keys within a word or two. */
export const WEDGE_TIMING: WedgeTiming = { minLength: 6, maxGapMs: 35 };

export interface WedgeKey {
  /** KeyboardEvent.key: the character, or "Process" while an input method has the key. */
  key: string;
  /** KeyboardEvent.code: the physical key, which an input method does not rewrite. */
  code: string;
  shift: boolean;
  /** Ctrl, Alt or Meta held: a shortcut, never part of a scan. */
  command: boolean;
  /** An auto-repeat of a key held down. */
  repeat: boolean;
  /** When the key went down, in ms. */
  time: number;
  /**
   * field: a text field has the focus and takes the key itself (no input method), so a held key can be
   * typed into it later; code: such a field that takes codes (a certificate or a reference), where a
   * scan is typed as it comes and nothing is held; other: a PIN pad, a button, or an input method, where
   * a held key would be lost; pin: a PIN pad is on screen, taking digits whatever has the focus, so a
   * burst no longer than a PIN is a PIN typed fast and none of it is held.
   */
  target: 'field' | 'code' | 'pin' | 'other';
}

export type WedgeVerdict =
  /**
   * Let the key through to the page, after giving back `release`: characters held from a burst that
   * stopped short of being a scan. `first`: this key may begin a scan, so remember the focused field.
   */
  | { action: 'pass'; release: string; first: boolean }
  /** Keep this key from the page: the burst it belongs to may be a scan. */
  | { action: 'hold' }
  /** The terminator of a scan. */
  | { action: 'scan'; code: string };

export interface WedgeRecogniser {
  key(key: WedgeKey): WedgeVerdict;
  /**
   * Answers what a burst that seems to have stopped held back, to be typed after all. The burst itself
   * goes on: only a key whose own time comes a pause after the last one starts another, so keys a busy
   * page handles late still join their scan (which then takes back what was given).
   */
  flush(): string;
}

const SILENT: WedgeVerdict = { action: 'pass', release: '', first: false };

/** How many keys of a burst go through before holding begins. */
function holdFrom(target: WedgeKey['target'], timing: WedgeTiming): number {
  if (target === 'field') return 2;
  if (target === 'pin') return shortestScan(target, timing);
  return target === 'code' ? Number.POSITIVE_INFINITY : timing.minLength;
}

/** The shortest burst taken for a scan: on a PIN pad, one longer than any PIN. */
function shortestScan(target: WedgeKey['target'], timing: WedgeTiming): number {
  return target === 'pin' ? Math.max(timing.minLength, PIN_MAX_LENGTH + 1) : timing.minLength;
}

/**
 * Which keys of a fast burst are held back. In a text field, every key after the first: the field gets
 * them back, in order, if the burst stops without a terminator, so typing is at most delayed a moment.
 * Elsewhere a held key could not be given back, so the first minLength - 1 keys go through (a test
 * typing a PIN fast must not lose digits) and only a burst already long enough to be a scan is held.
 * What leaked into a field before holding began is taken out again when the scan is recognised.
 */
export function createWedgeRecogniser(timing: WedgeTiming = WEDGE_TIMING): WedgeRecogniser {
  if (timing.minLength < 2) throw new RangeError('minLength must be at least 2');
  let burst = '';
  let held = '';
  let lastMs = Number.NEGATIVE_INFINITY;

  const end = (): string => {
    const release = held;
    burst = '';
    held = '';
    return release;
  };

  return {
    key(key) {
      if (isSilent(key.code)) return SILENT;
      // A pause ends the burst before this key is looked at.
      const release = key.time - lastMs > timing.maxGapMs ? end() : '';
      const plain = !key.command && !key.repeat;
      const char = plain ? keyChar(key.key, key.code, key.shift) : null;
      if (char === null) {
        if (
          plain &&
          !key.shift &&
          isTerminator(key.code) &&
          burst.length >= shortestScan(key.target, timing)
        ) {
          const code = burst;
          end();
          return { action: 'scan', code };
        }
        return { action: 'pass', release: release + end(), first: false };
      }
      const first = burst === '';
      burst += char;
      lastMs = key.time;
      // Once holding began it goes on, so what is given back stays in the order it was typed.
      if (held === '' && burst.length < holdFrom(key.target, timing)) {
        return { action: 'pass', release, first };
      }
      held += char;
      return { action: 'hold' };
    },
    flush() {
      const release = held;
      held = '';
      return release;
    },
  };
}
