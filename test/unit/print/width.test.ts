import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, displayWidth, padText, wrapText } from '../../../shared/print/layout/width';

describe('display width', () => {
  it('counts Chinese, full-width and ambiguous characters as two columns, ASCII as one', () => {
    expect(displayWidth('abc 123')).toBe(7);
    expect(displayWidth('足金999')).toBe(7);
    expect(displayWidth('￥12.00')).toBe(7);
    expect(displayWidth('×·—é')).toBe(8);
    // a character outside the BMP is one character, not two UTF-16 units
    expect(displayWidth('𠀀')).toBe(2);
    expect('𠀀'.length).toBe(2);
  });

  it('pads to an exact width on either side or centred', () => {
    expect(padText('金价', 8, 'left')).toBe('金价    ');
    expect(padText('金价', 8, 'right')).toBe('    金价');
    expect(padText('金价', 9, 'center')).toBe('  金价   ');
    expect(() => padText('足金手镯', 7)).toThrow(/wider/);
  });
});

describe('cleanText', () => {
  it('turns the half-width ¥ into the full-width ￥ and drops control characters', () => {
    expect(cleanText('¥100')).toBe('￥100');
    expect(cleanText('手镯\u001b@\u0010\u0004\u0004名')).toBe('手镯@名');
    expect(cleanText('a\tb\r\nc\u200bd')).toBe('a b\ncd');
    expect(cleanText('e\u0301')).toBe('é');
  });
});

describe('wrapText', () => {
  it('breaks Chinese anywhere but keeps ASCII words and amounts whole', () => {
    expect(wrapText('足金古法手镯足金古法手镯', 10)).toEqual(['足金古法手', '镯足金古法', '手镯']);
    expect(wrapText('金额 ￥17,080.74', 12)).toEqual(['金额', '￥17,080.74']);
    expect(wrapText('Au750 white gold', 10)).toEqual(['Au750', 'white gold']);
    expect(wrapText('ABCDEFGHIJKLM', 5)).toEqual(['ABCDE', 'FGHIJ', 'KLM']);
  });

  it('never puts a wide character across the edge of an odd width', () => {
    expect(wrapText('黄金白银', 5)).toEqual(['黄金', '白银']);
  });

  it('does not start a line with closing punctuation: the character before moves down with it', () => {
    expect(wrapText('凭小票办理退换；黄金', 14)).toEqual(['凭小票办理退', '换；黄金']);
  });

  it('keeps explicit line breaks and the indent of a paragraph', () => {
    expect(wrapText('  甲\n乙', 10)).toEqual(['  甲', '乙']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('never returns a line wider than asked, and loses no character', () => {
    const text = fc.array(fc.constantFrom('金', 'a', ' ', '1', '；', '￥', 'é', 'Z'), { maxLength: 80 });
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 48 }), (chars, width) => {
        const value = chars.join('');
        const lines = wrapText(value, width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(value.replace(/ /g, ''));
      }),
    );
  });
});
