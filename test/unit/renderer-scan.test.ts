import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { keyChar } from '../../renderer/src/scan/key-chars';
import { ScanRegistry, type Scan } from '../../renderer/src/scan/registry';
import {
  createWedgeRecogniser,
  WEDGE_TIMING,
  type WedgeKey,
  type WedgeRecogniser,
  type WedgeVerdict,
} from '../../renderer/src/scan/wedge';

/** The physical key and Shift state a US keyboard uses for a character, as a scanner presses it. */
function keyOf(char: string): { code: string; shift: boolean } {
  if (/^[a-z]$/.test(char)) return { code: `Key${char.toUpperCase()}`, shift: false };
  if (/^[A-Z]$/.test(char)) return { code: `Key${char}`, shift: true };
  if (/^\d$/.test(char)) return { code: `Digit${char}`, shift: false };
  const named: Record<string, { code: string; shift: boolean }> = {
    '-': { code: 'Minus', shift: false },
    _: { code: 'Minus', shift: true },
    '.': { code: 'Period', shift: false },
    '/': { code: 'Slash', shift: false },
  };
  const key = named[char];
  if (!key) throw new Error(`no key for ${char}`);
  return key;
}

/** A key by its physical code; KeyboardEvent.key defaults to the code, which names no character. */
const press = (code: string, time: number, extra: Partial<WedgeKey> = {}): WedgeKey => ({
  key: code,
  code,
  shift: false,
  command: false,
  repeat: false,
  time,
  target: 'other',
  ...extra,
});

interface Typing {
  gapMs: number;
  startMs?: number;
  target?: WedgeKey['target'];
  /** The browser reports every key as "Process", as while a Chinese input method is on. */
  ime?: boolean;
}

/** Types `text`, one key every `gapMs`; answers the verdicts and when the next key would come. */
function typeText(
  recogniser: WedgeRecogniser,
  text: string,
  { gapMs, startMs = 1_000, target = 'other', ime = false }: Typing,
): { verdicts: WedgeVerdict[]; nextMs: number } {
  const verdicts = Array.from(text).map((char, index) =>
    recogniser.key(
      press(keyOf(char).code, startMs + index * gapMs, {
        ...keyOf(char),
        key: ime ? 'Process' : char,
        target,
      }),
    ),
  );
  return { verdicts, nextMs: startMs + text.length * gapMs };
}

const actions = (verdicts: WedgeVerdict[]): string => verdicts.map((verdict) => verdict.action[0]).join('');
const PASS = { action: 'pass', release: '', first: false };

describe('keyboard-wedge recogniser', () => {
  it('takes a fast burst ending in Enter for a scan; outside a field the first five keys go through', () => {
    const recogniser = createWedgeRecogniser();
    const { verdicts, nextMs } = typeText(recogniser, '6901234567890', { gapMs: 4 });
    expect(actions(verdicts)).toBe('ppppphhhhhhhh');
    expect(verdicts[0]).toEqual({ action: 'pass', release: '', first: true });
    expect(verdicts[1]).toEqual(PASS);
    expect(recogniser.key(press('Enter', nextMs))).toEqual({ action: 'scan', code: '6901234567890' });
  });

  it('holds every key after the first in a text field, so little leaks in to be taken out again', () => {
    const recogniser = createWedgeRecogniser();
    const { verdicts, nextMs } = typeText(recogniser, '6901234567890', { gapMs: 4, target: 'field' });
    expect(actions(verdicts)).toBe('phhhhhhhhhhhh');
    expect(recogniser.key(press('Enter', nextMs))).toEqual({ action: 'scan', code: '6901234567890' });
  });

  it.each(['Tab', 'NumpadEnter'])('ends a scan with %s too', (terminator) => {
    const recogniser = createWedgeRecogniser();
    const { nextMs } = typeText(recogniser, 'JZ-0001', { gapMs: 3 });
    expect(recogniser.key(press(terminator, nextMs))).toEqual({ action: 'scan', code: 'JZ-0001' });
  });

  it('rebuilds the code from the physical keys while an input method reports them as "Process"', () => {
    const recogniser = createWedgeRecogniser();
    let time = 0;
    for (const char of 'AB_12') {
      const key = keyOf(char);
      if (key.shift) recogniser.key(press('ShiftLeft', (time += 2), { key: 'Shift', shift: true }));
      recogniser.key(press(key.code, (time += 2), { key: 'Process', shift: key.shift }));
    }
    recogniser.key(press('Numpad7', (time += 2), { key: 'Process' }));
    expect(recogniser.key(press('Enter', (time += 2), { key: 'Process' }))).toEqual({
      action: 'scan',
      code: 'AB_127',
    });
  });

  it('takes the character the browser reports when it is plain ASCII, Caps Lock and all', () => {
    const recogniser = createWedgeRecogniser();
    let time = 0;
    for (const char of 'TEST-1')
      recogniser.key(press(keyOf(char.toLowerCase()).code, (time += 2), { key: char }));
    expect(recogniser.key(press('Enter', (time += 2)))).toEqual({ action: 'scan', code: 'TEST-1' });
    // A full-width comma from a Chinese input method is not what the scanner sent: its key is.
    expect(keyChar('，', 'Comma', false)).toBe(',');
  });

  it('leaves typing alone: slow keys pass, and Enter after them is just Enter', () => {
    const recogniser = createWedgeRecogniser();
    const { verdicts, nextMs } = typeText(recogniser, 'shouzhuo12', { gapMs: 90, target: 'field' });
    expect(verdicts.every((verdict) => verdict.action === 'pass' && verdict.release === '')).toBe(true);
    expect(recogniser.key(press('Enter', nextMs + 90))).toEqual(PASS);
  });

  it('gives a person’s quick pair of keys back to the field at the next key, in order', () => {
    const recogniser = createWedgeRecogniser();
    const { verdicts, nextMs } = typeText(recogniser, 'th', { gapMs: 20, target: 'field' });
    expect(actions(verdicts)).toBe('ph');
    expect(recogniser.key(press('KeyE', nextMs + 100, { key: 'e', target: 'field' }))).toEqual({
      action: 'pass',
      release: 'h',
      first: true,
    });
  });

  it('takes a fast burst too short for a code (a PIN typed by a test) for typing, losing nothing', () => {
    const recogniser = createWedgeRecogniser();
    const { verdicts, nextMs } = typeText(recogniser, '12345', { gapMs: 2 });
    expect(actions(verdicts)).toBe('ppppp');
    expect(recogniser.key(press('Enter', nextMs))).toEqual(PASS);
    const inField = createWedgeRecogniser();
    const typed = typeText(inField, '1234', { gapMs: 2, target: 'field' });
    expect(inField.key(press('Enter', typed.nextMs))).toEqual({
      action: 'pass',
      release: '234',
      first: false,
    });
  });

  it('on a PIN pad takes a fast burst of up to eight digits for a PIN, and a longer one for a scan', () => {
    const manager = createWedgeRecogniser();
    const pin = typeText(manager, '88888888', { gapMs: 2, target: 'pin' });
    expect(actions(pin.verdicts)).toBe('pppppppp');
    expect(manager.key(press('Enter', pin.nextMs, { target: 'pin' }))).toEqual(PASS);
    const scanner = createWedgeRecogniser();
    const scan = typeText(scanner, '6901234567890', { gapMs: 4, target: 'pin' });
    expect(actions(scan.verdicts)).toBe('pppppppphhhhh');
    expect(scanner.key(press('Enter', scan.nextMs, { target: 'pin' }))).toEqual({
      action: 'scan',
      code: '6901234567890',
    });
  });

  it('gives back what it held when the burst stops without a terminator', () => {
    const recogniser = createWedgeRecogniser();
    const { nextMs } = typeText(recogniser, 'abcdefgh', { gapMs: 5 });
    // The next key comes after a pause: "fgh" go to the page first, then this key starts afresh.
    expect(recogniser.key(press('KeyX', nextMs + 200, { key: 'x' }))).toEqual({
      action: 'pass',
      release: 'fgh',
      first: true,
    });
    const flushed = createWedgeRecogniser();
    typeText(flushed, 'abcdefg', { gapMs: 5, target: 'field' });
    expect(flushed.flush()).toBe('bcdefg');
    expect(flushed.flush()).toBe('');
  });

  it('keeps a scan whole when a busy page hands its keys over after the give-back timer ran', () => {
    const recogniser = createWedgeRecogniser();
    const head = typeText(recogniser, '69012', { gapMs: 4, target: 'field' });
    // the page was busy: the timer fired before the rest of the keys, which still carry their own times
    expect(recogniser.flush()).toBe('9012');
    const tail = typeText(recogniser, '34567890', { gapMs: 4, startMs: head.nextMs, target: 'field' });
    expect(actions(tail.verdicts)).toBe('hhhhhhhh');
    expect(recogniser.key(press('Enter', tail.nextMs))).toEqual({ action: 'scan', code: '6901234567890' });
  });

  it('never splits or loses a scan, wherever the give-back timer fires between its keys (property)', () => {
    const code = fc.stringMatching(/^[0-9A-Za-z-]{6,24}$/);
    const target = fc.constantFrom<WedgeKey['target']>('field', 'code', 'other');
    fc.assert(
      fc.property(code, fc.array(fc.nat(), { maxLength: 5 }), target, (text, flushes, into) => {
        const recogniser = createWedgeRecogniser();
        const flushAfter = new Set(flushes.map((n) => n % text.length));
        let time = 5_000;
        const verdicts = Array.from(text).flatMap((char, index) => {
          const verdict = recogniser.key(
            press(keyOf(char).code, (time += 3), { ...keyOf(char), key: char, target: into }),
          );
          if (flushAfter.has(index)) recogniser.flush();
          return [verdict];
        });
        const scanned = recogniser.key(press('Enter', time + 3));
        return (
          verdicts.every((verdict) => verdict.action !== 'scan') &&
          scanned.action === 'scan' &&
          scanned.code === text
        );
      }),
    );
  });

  it('lets every key of a scan into a field that takes codes, and still tells the scan by its end', () => {
    const recogniser = createWedgeRecogniser();
    const { verdicts, nextMs } = typeText(recogniser, 'NGTC-2024-0518', { gapMs: 4, target: 'code' });
    expect(actions(verdicts)).toBe('pppppppppppppp');
    expect(recogniser.key(press('Enter', nextMs))).toEqual({ action: 'scan', code: 'NGTC-2024-0518' });
  });

  it('ends a burst at a pause, and recognises the scan that follows on its own', () => {
    const recogniser = createWedgeRecogniser();
    const first = typeText(recogniser, 'abcdefg', { gapMs: 5 });
    const second = typeText(recogniser, '1234567', { gapMs: 5, startMs: first.nextMs + 500 });
    expect(second.verdicts[0]).toEqual({ action: 'pass', release: 'fg', first: true });
    expect(recogniser.key(press('Enter', second.nextMs))).toEqual({ action: 'scan', code: '1234567' });
  });

  it('is broken by a slow terminator, a shortcut, an auto-repeat or a non-character key', () => {
    const slowEnter = createWedgeRecogniser();
    const typed = typeText(slowEnter, '1234567', { gapMs: 5 });
    expect(slowEnter.key(press('Enter', typed.nextMs + WEDGE_TIMING.maxGapMs + 1))).toEqual({
      ...PASS,
      release: '67',
    });
    for (const breaker of [
      press('KeyC', 0, { command: true }),
      press('Digit8', 0, { key: '8', repeat: true }),
      press('Backspace', 0),
      press('Tab', 0, { shift: true }),
    ]) {
      const recogniser = createWedgeRecogniser();
      const { nextMs } = typeText(recogniser, '1234567', { gapMs: 5 });
      expect(recogniser.key({ ...breaker, time: nextMs })).toEqual({ ...PASS, release: '67' });
      expect(recogniser.key(press('Enter', nextMs + 1)).action).toBe('pass');
    }
  });

  it('never holds or scans anything typed at a person’s pace (property)', () => {
    const chars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_./');
    const gaps = fc.integer({ min: WEDGE_TIMING.maxGapMs + 1, max: 400 });
    fc.assert(
      fc.property(fc.array(fc.tuple(chars, gaps), { maxLength: 40 }), fc.boolean(), (keys, inField) => {
        const recogniser = createWedgeRecogniser();
        let time = 0;
        for (const [char, gap] of keys) {
          const key = {
            ...keyOf(char),
            key: char,
            target: inField ? ('field' as const) : ('other' as const),
          };
          const verdict = recogniser.key(press(key.code, (time += gap), key));
          if (verdict.action !== 'pass' || verdict.release !== '') return false;
        }
        return recogniser.key(press('Enter', time + WEDGE_TIMING.maxGapMs + 1)).action === 'pass';
      }),
    );
  });

  it('maps the number pad and refuses keys that type nothing', () => {
    expect(keyChar('Unidentified', 'Numpad0', false)).toBe('0');
    expect(keyChar('Unidentified', 'NumpadSubtract', false)).toBe('-');
    expect(keyChar('Process', 'Digit1', true)).toBe('!');
    expect(keyChar('F5', 'F5', false)).toBeNull();
    expect(() => createWedgeRecogniser({ minLength: 1, maxGapMs: 35 })).toThrow(RangeError);
  });
});

describe('scan registry', () => {
  const scan: Scan = { code: '6901234567890', source: 'serial', deviceId: 2 };

  it('sends a scan to the handler registered last, and back to the one before once it leaves', () => {
    const registry = new ScanRegistry();
    const screen = vi.fn();
    const dialog = vi.fn();
    registry.register(screen);
    const closeDialog = registry.register(dialog);
    expect(registry.dispatch(scan)).toBe(true);
    expect(dialog).toHaveBeenCalledWith(scan);
    expect(screen).not.toHaveBeenCalled();
    closeDialog();
    closeDialog();
    registry.dispatch(scan);
    expect(screen).toHaveBeenCalledTimes(1);
  });

  it('reports a scan nobody takes', () => {
    expect(new ScanRegistry().dispatch(scan)).toBe(false);
  });
});
