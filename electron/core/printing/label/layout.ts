import { formatRate } from '../../../../shared/print/format';
import { code128Modules } from '../../../../shared/print/codes/code128';
import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { PURITIES } from '../../../../shared/domain/purity';
import type { TagData, TagPiece } from '../../../../shared/print/tag-data';
import { textBitmap, type Bitmap } from './glyphs';

/** One thing on a label, in dots from the label's top left corner. */
export type LabelElement =
  /** ASCII in one of the printer's built-in fonts (TSPL fonts "1" to "5"). */
  | { kind: 'text'; x: number; y: number; font: BuiltInFont; text: string }
  /** Text the printer may have no font for (Chinese, ￥), drawn here; `text` says what it shows. */
  | { kind: 'bitmap'; x: number; y: number; bitmap: Bitmap; text: string }
  /** CODE128 drawn by the printer, so it scans; `narrow` dots per module. */
  | { kind: 'barcode'; x: number; y: number; height: number; narrow: number; data: string };

export type BuiltInFont = '1' | '2' | '3' | '4' | '5';

export interface Label {
  widthMm: number;
  heightMm: number;
  gapMm: number;
  dpi: 203 | 300;
  width: number;
  height: number;
  elements: LabelElement[];
  /** Bands across the label left unprinted (a dumbbell's tail), shown in the preview. */
  blanks: { x: number; width: number }[];
}

/** Character cells of the built-in fonts (width × height in dots), by resolution, as TSC documents them. */
const FONTS: Record<203 | 300, Record<BuiltInFont, [number, number]>> = {
  203: { '1': [8, 12], '2': [12, 20], '3': [16, 24], '4': [24, 32], '5': [32, 48] },
  300: { '1': [12, 20], '2': [16, 28], '3': [24, 32], '4': [32, 48], '5': [48, 64] },
};

const DOTS_PER_MM = { 203: 8, 300: 12 } as const;
const LINE_GAP = 2;

const isAscii = (text: string): boolean => /^[ -~]*$/.test(text);

interface Box {
  x: number;
  y: number;
  width: number;
}

/** A line of text `height` dots tall: the largest built-in font that fits for ASCII, else a bitmap. */
function line(text: string, height: number, box: Box, dpi: 203 | 300): LabelElement | null {
  if (text.length === 0) return null;
  if (isAscii(text)) {
    const fonts = Object.entries(FONTS[dpi]) as [BuiltInFont, [number, number]][];
    const [font, [cell]] = fonts.filter(([, [, h]]) => h <= height).at(-1) ?? (fonts[0] as (typeof fonts)[0]);
    return { kind: 'text', x: box.x, y: box.y, font, text: text.slice(0, Math.floor(box.width / cell)) };
  }
  return { kind: 'bitmap', x: box.x, y: box.y, bitmap: textBitmap(text, height, box.width), text };
}

/** Lines stacked from the box's top: each [text, height]. */
function stack(lines: [string, number][], box: Box, dpi: 203 | 300): LabelElement[] {
  const elements: LabelElement[] = [];
  let y = box.y;
  for (const [text, height] of lines) {
    const element = line(text, height, { ...box, y }, dpi);
    if (element) {
      elements.push(element);
      y += height + LINE_GAP;
    }
  }
  return elements;
}

/** A CODE128 as wide as the box allows (1 to 3 dots a module), centred in it. */
function barcode(data: string, box: Box, height: number): LabelElement {
  const modules = code128Modules(data);
  const narrow = Math.max(1, Math.min(3, Math.floor(box.width / modules)));
  const x = box.x + Math.max(0, Math.floor((box.width - modules * narrow) / 2));
  return { kind: 'barcode', x, y: box.y, height, narrow, data };
}

const purityText = (piece: TagPiece): string => (piece.purity ? PURITIES[piece.purity].zh : '');
const weightText = (piece: TagPiece): string =>
  piece.weightMg === null ? '' : formatGrams(piece.weightMg, 2);

/** What the piece costs: its fixed price, or for weighed gold its labor fee (the metal follows the day's rate). */
function priceText(piece: TagPiece): string {
  if (piece.priceFen !== null) return `售价 ${formatYuan(piece.priceFen)}`;
  if (piece.laborFee === null) return '';
  return `工费 ${piece.laborFee.kind === 'perGram' ? formatRate(piece.laborFee.fen) : formatYuan(piece.laborFee.fen)}`;
}

/**
 * A dumbbell tag: the left face carries the barcode with its number, the weight and the certificate; the
 * right face the name, the purity and the price. The tail between them is left blank.
 */
function dumbbell(
  piece: TagPiece,
  width: number,
  height: number,
  tail: number,
  dpi: 203 | 300,
): LabelElement[] {
  const margin = DOTS_PER_MM[dpi] / 2;
  const face = Math.floor((width - tail) / 2);
  const small = (FONTS[dpi]['1'] as [number, number])[1];
  const left: Box = { x: margin, y: margin, width: face - 2 * margin };
  const right: Box = { x: face + tail + margin, y: margin, width: face - 2 * margin };
  const inner = height - 2 * margin;

  const under = [piece.barcode, weightText(piece), piece.certificateNo ?? ''].filter((t) => t.length > 0);
  // the barcode keeps at least 40% of the face's height: the certificate goes first when there is no room
  while (under.length > 1 && inner - under.length * (small + LINE_GAP) < inner * 0.4) under.pop();
  const barHeight = inner - under.length * (small + LINE_GAP);
  const elements = [
    barcode(piece.barcode, left, barHeight),
    ...stack(
      under.map((text) => [text, small]),
      { ...left, y: margin + barHeight + LINE_GAP },
      dpi,
    ),
  ];

  const facts = [purityText(piece), priceText(piece)].filter((t) => t.length > 0);
  const big = Math.round(inner * 0.36);
  const each = Math.floor((inner - big - LINE_GAP * facts.length) / Math.max(1, facts.length));
  return [
    ...elements,
    ...stack(
      [[piece.name, big], ...facts.map((text): [string, number] => [text, Math.min(each, big)])],
      right,
      dpi,
    ),
  ];
}

/** A plain rectangle: name, purity, weight, price and certificate from the top, the barcode at the foot. */
function rectangle(piece: TagPiece, width: number, height: number, dpi: 203 | 300): LabelElement[] {
  const margin = Math.round(DOTS_PER_MM[dpi] * 1.5);
  const box: Box = { x: margin, y: margin, width: width - 2 * margin };
  const inner = height - 2 * margin;
  const small = (FONTS[dpi]['1'] as [number, number])[1];
  const barHeight = Math.round(inner * 0.28);
  const barY = height - margin - small - LINE_GAP - barHeight;

  const facts = [purityText(piece), weightText(piece), priceText(piece), piece.certificateNo ?? ''].filter(
    (t) => t.length > 0,
  );
  const room = barY - LINE_GAP - margin;
  const big = Math.min(DOTS_PER_MM[dpi] * 5, Math.round(room * 0.28));
  const each = Math.min(
    DOTS_PER_MM[dpi] * 3,
    Math.floor((room - big - LINE_GAP * (facts.length + 1)) / Math.max(1, facts.length)),
  );
  return [
    ...stack([[piece.name, big], ...facts.map((text): [string, number] => [text, each])], box, dpi),
    barcode(piece.barcode, { ...box, y: barY }, barHeight),
    ...stack([[piece.barcode, small]], { ...box, y: barY + barHeight + LINE_GAP }, dpi),
  ];
}

/** The tag of one piece on its stock, at the printer's resolution. */
export function layoutTag(data: TagData, dpi: 203 | 300): Label {
  const { piece, layout } = data;
  const dots = DOTS_PER_MM[dpi];
  const width = layout.widthMm * dots;
  const height = layout.heightMm * dots;
  const tail = layout.shape === 'dumbbell' ? Math.min(layout.tailMm * dots, width - 2 * dots) : 0;
  return {
    widthMm: layout.widthMm,
    heightMm: layout.heightMm,
    gapMm: layout.gapMm,
    dpi,
    width,
    height,
    elements:
      layout.shape === 'dumbbell'
        ? dumbbell(piece, width, height, tail, dpi)
        : rectangle(piece, width, height, dpi),
    blanks: tail > 0 ? [{ x: Math.floor((width - tail) / 2), width: tail }] : [],
  };
}
