// Keyboard-wedge scanners type as a US keyboard by default. While a Chinese input method is on, the
// browser reports their keys as "Process" (KeyboardEvent.key) or as full-width punctuation; the physical
// key (KeyboardEvent.code) still says which key the scanner pressed, so the code is rebuilt from it.

/** [unshifted, shifted] for the keys outside the letter rows. */
const PUNCTUATION: Readonly<Record<string, readonly [string, string]>> = {
  Digit1: ['1', '!'],
  Digit2: ['2', '@'],
  Digit3: ['3', '#'],
  Digit4: ['4', '$'],
  Digit5: ['5', '%'],
  Digit6: ['6', '^'],
  Digit7: ['7', '&'],
  Digit8: ['8', '*'],
  Digit9: ['9', '('],
  Digit0: ['0', ')'],
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Backquote: ['`', '~'],
  Space: [' ', ' '],
};

/** Scanners send digits from the number pad too; NumLock is on at a till. */
const NUMPAD: Readonly<Record<string, string>> = {
  NumpadDecimal: '.',
  NumpadAdd: '+',
  NumpadSubtract: '-',
  NumpadMultiply: '*',
  NumpadDivide: '/',
};

const TERMINATORS: ReadonlySet<string> = new Set(['Enter', 'NumpadEnter', 'Tab']);

/** Keys a scanner presses around characters without typing anything (Shift for capitals). */
const SILENT: ReadonlySet<string> = new Set(['ShiftLeft', 'ShiftRight', 'CapsLock', 'NumLock']);

/**
 * The character a key typed: KeyboardEvent.key when it is plain ASCII (the browser already applied
 * Shift and Caps Lock), otherwise what the physical key types on a US layout; null for keys that type none.
 */
export function keyChar(key: string, code: string, shift: boolean): string | null {
  if (/^[\x20-\x7e]$/.test(key)) return key;
  const letter = /^Key([A-Z])$/.exec(code)?.[1];
  if (letter) return shift ? letter : letter.toLowerCase();
  const numpadDigit = /^Numpad(\d)$/.exec(code)?.[1];
  if (numpadDigit) return numpadDigit;
  const pair = PUNCTUATION[code];
  if (pair) return shift ? pair[1] : pair[0];
  return NUMPAD[code] ?? null;
}

/** Enter or Tab: what scanners are set to send after a code. */
export function isTerminator(code: string): boolean {
  return TERMINATORS.has(code);
}

export function isSilent(code: string): boolean {
  return SILENT.has(code);
}
