import { describe, expect, it } from 'vitest';
import { textBitmap, type Bitmap } from '../../../electron/core/printing/label/glyphs';

const ink = (b: Bitmap, x: number, y: number): boolean =>
  ((b.data[y * b.widthBytes + (x >> 3)] as number) & (0x80 >> (x & 7))) !== 0;

/** The rows (or columns) holding any ink. */
function inked(b: Bitmap, along: 'rows' | 'columns'): number[] {
  const [outer, inner] = along === 'rows' ? [b.height, b.width] : [b.width, b.height];
  const lines: number[] = [];
  for (let i = 0; i < outer; i++) {
    for (let j = 0; j < inner; j++) {
      if (along === 'rows' ? ink(b, j, i) : ink(b, i, j)) {
        lines.push(i);
        break;
      }
    }
  }
  return lines;
}
const inkedRows = (b: Bitmap): number[] => inked(b, 'rows');
const inkedColumns = (b: Bitmap): number[] => inked(b, 'columns');

describe('Chinese drawn for label printers', () => {
  it('draws 一 as one short band across and 丨 as one narrow band down', () => {
    const across = textBitmap('一', 32, 200);
    const down = textBitmap('丨', 32, 200);
    // a bold horizontal stroke: a few rows deep, most of the character wide
    expect(inkedRows(across).length).toBeGreaterThanOrEqual(2);
    expect(inkedRows(across).length).toBeLessThanOrEqual(6);
    expect(inkedColumns(across).length).toBeGreaterThanOrEqual(20);
    // and the same turned
    expect(inkedColumns(down).length).toBeGreaterThanOrEqual(2);
    expect(inkedColumns(down).length).toBeLessThanOrEqual(6);
    expect(inkedRows(down).length).toBeGreaterThanOrEqual(20);
  });

  it('holds whole rows of bytes, stays within the width it is given and leaves out what does not fit', () => {
    const bitmap = textBitmap('足金古法手镯', 24, 60);
    expect(bitmap.data.length).toBe(bitmap.widthBytes * bitmap.height);
    expect(bitmap.widthBytes).toBe(Math.ceil(bitmap.width / 8));
    // six ideographs of about 22 dots each need 130; 60 dots take two
    expect(bitmap.width).toBeLessThanOrEqual(60);
    expect(bitmap.width).toBeGreaterThanOrEqual(40);
    expect(textBitmap('足金', 24, 1000).width).toBe(bitmap.width);
  });
});
