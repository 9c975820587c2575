import { describe, expect, it } from 'vitest';
import { embedFont, fontFacesFor, parseSubsets } from '../../../electron/core/printing/embedded-font';

const dataUris = (css: string): Buffer[] =>
  [...css.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((match) => Buffer.from(match[1] as string, 'base64'));

describe('the bundled font embedded in pages', () => {
  it('reads each subset with its file and its ranges', () => {
    const css = `/* a */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff');
  unicode-range: U+4e00-4e0f,U+91d1;
}`;
    expect(parseSubsets(css, 400)).toEqual([
      {
        weight: 400,
        file: 'a-400.woff2',
        unicodeRange: 'U+4e00-4e0f,U+91d1',
        ranges: [
          [0x4e00, 0x4e0f],
          [0x91d1, 0x91d1],
        ],
      },
    ]);
  });

  it('carries the regular and bold subsets that hold the characters, as woff2 data', () => {
    const gold = fontFacesFor('金');
    const faces = gold.split('\n');
    expect(faces).toHaveLength(2);
    expect(faces.map((face) => /font-weight:(\d+)/.exec(face)?.[1])).toEqual(['400', '700']);
    for (const font of dataUris(gold)) expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
    // more characters from other blocks need more subsets, never fewer
    expect(fontFacesFor('金福珠宝 合计 ￥1,280.00').split('\n').length).toBeGreaterThan(2);
    expect(fontFacesFor('')).toBe('');
  });

  it('goes into the head of a page and leaves anything else alone', () => {
    const page = '<!doctype html><html><head><title>t</title></head><body>质保单</body></html>';
    const embedded = embedFont(page);
    expect(embedded.startsWith('<!doctype html><html><head><title>t</title><style>@font-face')).toBe(true);
    expect(embedded.endsWith('</style></head><body>质保单</body></html>')).toBe(true);
    expect(embedFont('质保单')).toBe('质保单');
  });
});
