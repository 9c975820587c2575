import type { Align } from '../document';

/**
 * Columns a character takes on a thermal printer in Chinese mode. ASCII is one column (the 12×24 font).
 * Every other character is two or four bytes in GB18030 and prints from the 24×24 Chinese font: two
 * columns. That is UAX #11's Wide and Fullwidth, with Ambiguous characters (×, ·, —, é) taken as wide
 * as East Asian legacy encodings do, so what the layout counts is what the printer prints.
 * Node's string length counts UTF-16 units and gets both wrong; nothing here uses it for widths.
 */
export function charWidth(codePoint: number): 1 | 2 {
  return codePoint < 0x80 ? 1 : 2;
}

export function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) width += charWidth(char.codePointAt(0) as number);
  return width;
}

// Controls would reach the printer as commands (a product name holding ESC @ would reset it mid-receipt);
// format and combining characters would print as boxes of their own.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/gu;

/**
 * Text as it may go on paper: NFC, tabs as spaces, no controls, and the half-width ¥ (U+00A5, not in GBK:
 * most printers print it as '?') replaced by the full-width ￥ (U+FFE5). Line breaks are kept.
 */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\u00a5/g, '\uffe5')
    .replace(/[^\S\n \u3000]/g, ' ')
    .split('\n')
    .map((line) => line.replace(UNPRINTABLE, ''))
    .join('\n');
}

/**
 * Words of ASCII (an amount with its ￥ too) stay whole; each other character may start a new line, as
 * Chinese text does.
 */
function tokens(paragraph: string): string[] {
  return paragraph.match(/[!-~\uffe5]+| +|[^ ]/gu) ?? [];
}

/** Chinese closing punctuation never starts a line (避头点): the character before it moves down with it. */
const NO_LINE_START = new Set('，。、；：！？）》」』】〉”’…');

/** Splits text into lines no wider than `width` columns. Always at least one line. */
export function wrapText(value: string, width: number): string[] {
  if (width < 2) throw new RangeError(`a line needs at least 2 columns, got ${width}`);
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    let line = '';
    let used = 0;
    let indenting = true;
    const push = (carry = ''): void => {
      lines.push(line.trimEnd());
      line = carry;
      used = displayWidth(carry);
      indenting = false;
    };
    for (const token of tokens(paragraph)) {
      const tokenWidth = displayWidth(token);
      if (token.startsWith(' ')) {
        // spaces indent a paragraph's first line, but never start a wrapped line nor overflow one
        if ((used > 0 || indenting) && used + tokenWidth < width) {
          line += token;
          used += tokenWidth;
        } else if (used > 0) push();
        continue;
      }
      if (used + tokenWidth <= width) {
        line += token;
        used += tokenWidth;
        continue;
      }
      const last = [...line].at(-1);
      if (NO_LINE_START.has(token) && last && last !== ' ' && used > 1 && displayWidth(last) < used) {
        line = line.slice(0, -last.length);
        push(last);
      } else if (used > 0) push();
      // a word longer than the line is cut; a wide character never is
      for (const char of token) {
        const w = charWidth(char.codePointAt(0) as number);
        if (used + w > width) push();
        line += char;
        used += w;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Pads text (no wider than `width`) with spaces to exactly `width` columns. */
export function padText(value: string, width: number, align: Align = 'left'): string {
  const gap = width - displayWidth(value);
  if (gap < 0) throw new RangeError(`"${value}" is wider than ${width} columns`);
  const left = align === 'right' ? gap : align === 'center' ? Math.floor(gap / 2) : 0;
  return ' '.repeat(left) + value + ' '.repeat(gap - left);
}
