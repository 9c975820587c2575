import type { CDPSession } from 'playwright-core';

/** One key of a keyboard-wedge scanner, as CDP's Input.dispatchKeyEvent takes it. */
export interface ScannerKey {
  key: string;
  code: string;
  text: string;
  /** 8: Shift held. */
  modifiers: number;
  windowsVirtualKeyCode: number;
}

/** The physical key a US-layout scanner presses for a character, and whether it holds Shift. */
function scannerKey(char: string): ScannerKey {
  const key = (code: string, shift: boolean, vk: number): ScannerKey => ({
    key: char,
    code,
    text: char,
    modifiers: shift ? 8 : 0,
    windowsVirtualKeyCode: vk,
  });
  if (/^[0-9]$/.test(char)) return key(`Digit${char}`, false, char.charCodeAt(0));
  if (/^[a-z]$/i.test(char)) {
    const upper = char.toUpperCase();
    return key(`Key${upper}`, char === upper, upper.charCodeAt(0));
  }
  if (char === '-') return key('Minus', false, 189);
  if (char === '.') return key('Period', false, 190);
  throw new Error(`a scanner here cannot type ${JSON.stringify(char)}`);
}

const ENTER: ScannerKey = {
  key: 'Enter',
  code: 'Enter',
  text: '\r',
  modifiers: 0,
  windowsVirtualKeyCode: 13,
};

/** The keys a keyboard-wedge scanner presses for a code: its characters, then Enter. */
export function scannerKeys(code: string): ScannerKey[] {
  return [...[...code].map(scannerKey), ENTER];
}

/** The keys that type `text` on a US layout, without a terminator. */
export function typedKeys(text: string): ScannerKey[] {
  return [...text].map(scannerKey);
}

/** How far apart a wedge scanner's keys go down. */
export const SCANNER_KEY_GAP_MS = 4;

/**
 * Sends the keys' events at once (a CDP session keeps their order), the n-th stamped (CDP's timestamp,
 * which Chromium gives the event as its timeStamp) `gapMs` × n after `startMs`; answers once the page
 * has handled them all.
 */
export async function sendKeys(
  cdp: CDPSession,
  keys: readonly ScannerKey[],
  startMs: number,
  gapMs = SCANNER_KEY_GAP_MS,
): Promise<void> {
  await Promise.all(
    keys.flatMap((key, i) => {
      const timestamp = (startMs + i * gapMs) / 1_000;
      return [
        cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp, ...key }),
        cdp.send('Input.dispatchKeyEvent', { ...keyUp(key), timestamp }),
      ];
    }),
  );
}

/** The key-up of a key: the same key, no text. */
export function keyUp({ key, code, modifiers, windowsVirtualKeyCode }: ScannerKey) {
  return { type: 'keyUp' as const, key, code, modifiers, windowsVirtualKeyCode };
}
