import { describe, expect, it } from 'vitest';
import { pair, row, text, type PrintDocument } from '../../../shared/print/document';
import {
  drawnLines,
  layoutDocument,
  lineText,
  type LaidLine,
  type LaidStamp,
} from '../../../shared/print/layout/layout';
import { displayWidth } from '../../../shared/print/layout/width';

const lay = (columns: number, ...blocks: PrintDocument['blocks']): LaidLine[] =>
  layoutDocument({ title: 't', blocks }, columns).filter((item): item is LaidLine => item.kind === 'line');

const texts = (lines: LaidLine[]): string[] => lines.map(lineText);

describe('layout', () => {
  it('puts a value flush right at its own width and gives the label the rest', () => {
    const [line] = lay(32, pair('应收合计', '￥12,997.86'));
    expect(lineText(line as LaidLine)).toBe('应收合计             ￥12,997.86');
    expect(line?.cells.map((c) => c.width)).toEqual([20, 1, 11]);
  });

  it('shares columns by weight and wraps each cell inside its own width', () => {
    const lines = lay(20, row([{ text: '成色 足金999足金999' }, { text: '重量 25.380g', align: 'right' }]));
    expect(texts(lines)).toEqual(['成色 足金       重量', '999足金999   25.380g']);
    expect(lines[0]?.cells.map((c) => c.width)).toEqual([10, 1, 9]);
    for (const line of lines) expect(displayWidth(lineText(line))).toBe(20);
  });

  it('halves the columns of double-size lines and centres in them', () => {
    const [line] = lay(32, text('金福珠宝', { size: 'double', align: 'center' }));
    expect(line?.size).toBe('double');
    expect(lineText(line as LaidLine)).toBe('    金福珠宝    ');
  });

  it('shares the line by the texts’ widths when an auto cell leaves no room for the others', () => {
    const lines = lay(12, pair('商品名称很长的', '￥1,234,567.00'));
    expect(lines[0]?.cells.map((c) => c.width)).toEqual([6, 1, 5]);
    for (const line of lines) expect(displayWidth(lineText(line))).toBe(12);
    expect(lines.map((line) => line.cells[2]?.text).join('')).toBe('￥1,234,567.00');
  });

  it('numbers every column in a ruler and frames a stamp across the paper', () => {
    const ruler = texts(lay(32, { kind: 'ruler' }));
    expect(ruler[1]).toBe('12345678901234567890123456789012');
    expect(ruler[0]?.trimEnd()).toBe('         1         2         3');
    const [stamp] = layoutDocument({ title: 't', blocks: [{ kind: 'stamp', label: '盖章', lines: 3 }] }, 16);
    expect(stamp).toEqual({ kind: 'stamp', label: ['盖章'], lines: 3, width: 16 });
    expect(drawnLines(stamp as LaidStamp)).toEqual([
      '+--------------+',
      '| 盖章         |',
      '|              |',
      '|              |',
      '+--------------+',
    ]);
  });
});
