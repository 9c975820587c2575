import type {
  Align,
  BarcodeBlock,
  Block,
  ColumnsBlock,
  CutBlock,
  DrawerBlock,
  FeedBlock,
  PrintDocument,
  QrBlock,
  TextSize,
} from '../document';
import { cleanText, displayWidth, padText, wrapText } from './width';

/** One cell of a printed line: its text (already wrapped to fit) and the columns it owns. */
export interface LaidCell {
  text: string;
  width: number;
  align: Align;
}

/** One line on paper. Its cells' widths add up to the line width in the line's own size. */
export interface LaidLine {
  kind: 'line';
  cells: LaidCell[];
  bold: boolean;
  size: TextSize;
}

/** A rule across the paper, `width` columns. */
export interface LaidRule {
  kind: 'rule';
  style: 'single' | 'double';
  width: number;
}

/** A stamp frame across the paper: its label wrapped to fit inside, `lines` lines tall inside. */
export interface LaidStamp {
  kind: 'stamp';
  label: string[];
  lines: number;
  width: number;
}

export type LaidItem =
  LaidLine | LaidRule | LaidStamp | FeedBlock | BarcodeBlock | QrBlock | CutBlock | DrawerBlock;

/** Spaces between the cells of a row. */
const COLUMN_GAP = 1;

/** A cell keeps room for at least one wide character. */
const MIN_CELL = 2;

function widthScale(size: TextSize): 1 | 2 {
  return size === 'double' ? 2 : 1;
}

/** Columns a line of this size has on paper `columns` wide (double-width characters halve them). */
function lineWidth(columns: number, size: TextSize): number {
  return Math.floor(columns / widthScale(size));
}

/** The line as the printer gets it: every cell padded to its width. */
export function lineText(line: LaidLine): string {
  return line.cells.map((cell) => padText(cell.text, cell.width, cell.align)).join('');
}

const laidLine = (cells: LaidCell[], bold = false, size: TextSize = 'normal'): LaidLine => ({
  kind: 'line',
  cells,
  bold,
  size,
});

/** A plain line of one cell `width` columns wide. */
export const plainLine = (value: string, width: number): LaidLine =>
  laidLine([{ text: value, width, align: 'left' }]);

/** Lays a document out for paper `columns` wide (32 on 58 mm, 48 on 80 mm). */
export function layoutDocument(document: PrintDocument, columns: number): LaidItem[] {
  return document.blocks.flatMap((block) => layoutBlock(block, columns));
}

function layoutBlock(block: Block, columns: number): LaidItem[] {
  switch (block.kind) {
    case 'text': {
      const size = block.size ?? 'normal';
      const width = lineWidth(columns, size);
      return wrapText(cleanText(block.text), width).map((value) =>
        laidLine([{ text: value, width, align: block.align ?? 'left' }], block.bold, size),
      );
    }
    case 'columns':
      return layoutRow(block, columns);
    case 'rule':
      return [{ kind: 'rule', style: block.style ?? 'single', width: columns }];
    case 'ruler':
      return rulerLines(columns);
    case 'stamp':
      return [
        {
          kind: 'stamp',
          label: wrapText(cleanText(block.label), columns - 4),
          lines: block.lines,
          width: columns,
        },
      ];
    case 'feed':
    case 'barcode':
    case 'qr':
    case 'cut':
    case 'drawer':
      return [block];
  }
}

function layoutRow(block: ColumnsBlock, columns: number): LaidLine[] {
  const size = block.size ?? 'normal';
  const texts = block.columns.map((column) => cleanText(column.text));
  const widths = columnWidths(
    block.columns.map((column) => column.width ?? 1),
    texts,
    lineWidth(columns, size),
  );
  const wrapped = texts.map((value, i) => wrapText(value, widths[i] as number));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const lines: LaidLine[] = [];
  for (let y = 0; y < height; y++) {
    const cells = block.columns.flatMap((column, i): LaidCell[] => {
      const cell = { text: wrapped[i]?.[y] ?? '', width: widths[i] as number, align: column.align ?? 'left' };
      return i === 0 ? [cell] : [{ text: '', width: COLUMN_GAP, align: 'left' }, cell];
    });
    lines.push(laidLine(cells, block.bold, size));
  }
  return lines;
}

/**
 * `auto` cells get their text's width; the rest is shared by weight. When the auto cells would squeeze
 * the others below a wide character, the line is shared in proportion to every cell's text instead.
 */
function columnWidths(widths: (number | 'auto')[], texts: string[], available: number): number[] {
  const room = available - COLUMN_GAP * (widths.length - 1);
  if (room < MIN_CELL * widths.length) {
    throw new RangeError(`${widths.length} columns do not fit in ${available}`);
  }
  const natural = texts.map((value) => Math.max(MIN_CELL, ...value.split('\n').map(displayWidth)));
  const autoTotal = widths.reduce<number>(
    (sum, w, i) => sum + (w === 'auto' ? (natural[i] as number) : 0),
    0,
  );
  const weighted = widths.filter((w) => w !== 'auto').length;
  if (autoTotal + MIN_CELL * weighted > room) return distribute(room, natural);
  const shares =
    weighted > 0
      ? distribute(
          room - autoTotal,
          widths.filter((w) => w !== 'auto'),
        )
      : [];
  const result = widths.map((w, i) => (w === 'auto' ? (natural[i] as number) : (shares.shift() as number)));
  // auto cells alone: the last one takes what is left, so the row still spans the line
  if (weighted === 0) result[result.length - 1] = (result.at(-1) as number) + room - autoTotal;
  return result;
}

/** Integer shares of `room` in proportion to `weights`, none below MIN_CELL, adding up exactly. */
function distribute(room: number, weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => Math.max(MIN_CELL, Math.floor((room * w) / total)));
  let rest = room - shares.reduce((sum, w) => sum + w, 0);
  for (let i = 0; rest > 0; i = (i + 1) % shares.length, rest--) shares[i] = (shares[i] as number) + 1;
  while (rest < 0) {
    const widest = shares.indexOf(Math.max(...shares));
    shares[widest] = (shares[widest] as number) - 1;
    rest++;
  }
  return shares;
}

/** Tens above units, one digit per column: the last digit printed is the paper's width. */
function rulerLines(columns: number): LaidLine[] {
  const positions = Array.from({ length: columns }, (_, i) => i + 1);
  const tens = positions.map((p) => (p % 10 === 0 ? String((p / 10) % 10) : ' ')).join('');
  const units = positions.map((p) => String(p % 10)).join('');
  return [plainLine(tens.trimEnd(), columns), plainLine(units, columns)];
}

/** A rule or a stamp frame drawn in ASCII, as the printer and plain text show them. */
export function drawnLines(item: LaidRule | LaidStamp): string[] {
  if (item.kind === 'rule') return [(item.style === 'double' ? '=' : '-').repeat(item.width)];
  const inner = item.width - 4;
  const edge = `+${'-'.repeat(item.width - 2)}+`;
  const blanks = Array.from({ length: Math.max(0, item.lines - item.label.length) }, () => '');
  return [edge, ...[...item.label, ...blanks].map((value) => `| ${padText(value, inner)} |`), edge];
}
