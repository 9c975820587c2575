import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { fontFileFor } from '../embedded-font';

/** A 1-bit image, rows top to bottom, each `widthBytes` long, most significant bit leftmost; 1 is ink. */
export interface Bitmap {
  width: number;
  height: number;
  widthBytes: number;
  data: Uint8Array;
}

const fonts = new Map<string, Font>();

function fontFor(codePoint: number): Font | null {
  const file = fontFileFor(codePoint, 700);
  if (!file) return null;
  let font = fonts.get(file);
  if (!font) {
    // each subset file is one font, not a collection
    font = create(readFileSync(file)) as Font;
    fonts.set(file, font);
  }
  return font;
}

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// Curves are cut into this many straight pieces: at tag sizes (under 40 dots) a piece is under a dot long.
const CURVE_STEPS = 8;

/** The point at `t` on the Bézier curve of these control points (de Casteljau). */
function pointOn(points: [number, number][], t: number): [number, number] {
  let level = points;
  while (level.length > 1) {
    level = level
      .slice(1)
      .map(([x, y], i) => [
        (level[i] as [number, number])[0] * (1 - t) + x * t,
        (level[i] as [number, number])[1] * (1 - t) + y * t,
      ]);
  }
  return level[0] as [number, number];
}

/** The outline of one glyph as straight edges in dots, y down, with the pen at `penX` on `baseline`. */
function glyphEdges(font: Font, codePoint: number, scale: number, penX: number, baseline: number): Edge[] {
  const edges: Edge[] = [];
  const at = (x: number, y: number): [number, number] => [penX + x * scale, baseline - y * scale];
  let start: [number, number] = [0, 0];
  let current: [number, number] = [0, 0];
  const lineTo = (next: [number, number]): void => {
    if (next[1] !== current[1]) edges.push({ x0: current[0], y0: current[1], x1: next[0], y1: next[1] });
    current = next;
  };
  for (const { command, args } of font.glyphForCodePoint(codePoint).path.commands) {
    switch (command) {
      case 'moveTo':
        lineTo(start);
        current = start = at(args[0] as number, args[1] as number);
        break;
      case 'lineTo':
        lineTo(at(args[0] as number, args[1] as number));
        break;
      case 'quadraticCurveTo':
      case 'bezierCurveTo': {
        const points = [current];
        for (let i = 0; i < args.length; i += 2) points.push(at(args[i] as number, args[i + 1] as number));
        for (let i = 1; i <= CURVE_STEPS; i++) lineTo(pointOn(points, i / CURVE_STEPS));
        break;
      }
      case 'closePath':
        lineTo(start);
        break;
    }
  }
  lineTo(start);
  return edges;
}

/** Fills the outlines by the non-zero rule, sampling each dot at its centre. */
function fill(edges: Edge[], bitmap: Bitmap): void {
  for (let row = 0; row < bitmap.height; row++) {
    const y = row + 0.5;
    const crossings: { x: number; winding: number }[] = [];
    for (const e of edges) {
      const down = e.y1 > e.y0;
      const top = down ? e.y0 : e.y1;
      const bottom = down ? e.y1 : e.y0;
      if (y < top || y >= bottom) continue;
      crossings.push({ x: e.x0 + ((y - e.y0) * (e.x1 - e.x0)) / (e.y1 - e.y0), winding: down ? 1 : -1 });
    }
    crossings.sort((a, b) => a.x - b.x);
    let winding = 0;
    let spanStart = 0;
    for (const crossing of crossings) {
      const before = winding;
      winding += crossing.winding;
      if (before === 0 && winding !== 0) spanStart = crossing.x;
      else if (before !== 0 && winding === 0) {
        const from = Math.max(0, Math.ceil(spanStart - 0.5));
        const to = Math.min(bitmap.width - 1, Math.ceil(crossing.x - 0.5) - 1);
        for (let x = from; x <= to; x++) {
          const index = row * bitmap.widthBytes + (x >> 3);
          bitmap.data[index] = (bitmap.data[index] as number) | (0x80 >> (x & 7));
        }
      }
    }
  }
}

/**
 * Text drawn in the bundled Noto Sans SC (bold, which keeps its strokes on a thermal head) as a bitmap
 * `height` dots tall and at most `maxWidth` dots wide: characters past the width are left out. Characters
 * the font lacks are left out too. Its width is the drawn text's, rounded up to whole bytes.
 */
export function textBitmap(text: string, height: number, maxWidth: number): Bitmap {
  // CJK glyphs sit in the em from -0.12 to 0.88: a 0.9 em size with the baseline at 0.84 of the line keeps
  // them whole and leaves Latin descenders most of their room
  const size = height * 0.9;
  const baseline = Math.round(height * 0.84);
  const placed: { font: Font; codePoint: number; penX: number; scale: number }[] = [];
  let penX = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    const font = fontFor(codePoint);
    if (!font) continue;
    const scale = size / font.unitsPerEm;
    const advance = font.glyphForCodePoint(codePoint).advanceWidth * scale;
    if (penX + advance > maxWidth) break;
    placed.push({ font, codePoint, penX, scale });
    penX += advance;
  }
  const width = Math.max(1, Math.ceil(penX));
  const widthBytes = Math.ceil(width / 8);
  const bitmap: Bitmap = { width, height, widthBytes, data: new Uint8Array(widthBytes * height) };
  fill(
    placed.flatMap((p) => glyphEdges(p.font, p.codePoint, p.scale, p.penX, baseline)),
    bitmap,
  );
  return bitmap;
}
