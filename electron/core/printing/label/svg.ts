import { code128Widths } from '../../../../shared/print/codes/code128';
import type { Bitmap } from './glyphs';
import type { Label } from './layout';

const CELL_WIDTH: Record<203 | 300, Record<string, number>> = {
  203: { '1': 8, '2': 12, '3': 16, '4': 24, '5': 32 },
  300: { '1': 12, '2': 16, '3': 24, '4': 32, '5': 48 },
};
const CELL_HEIGHT: Record<203 | 300, Record<string, number>> = {
  203: { '1': 12, '2': 20, '3': 24, '4': 32, '5': 48 },
  300: { '1': 20, '2': 28, '3': 32, '4': 48, '5': 64 },
};

const escape = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The bitmap's dots as horizontal runs, one path. */
function bitmapPath(bitmap: Bitmap, x0: number, y0: number): string {
  let path = '';
  for (let row = 0; row < bitmap.height; row++) {
    let run = -1;
    for (let x = 0; x <= bitmap.width; x++) {
      const ink =
        x < bitmap.width &&
        ((bitmap.data[row * bitmap.widthBytes + (x >> 3)] as number) & (0x80 >> (x & 7))) !== 0;
      if (ink && run < 0) run = x;
      else if (!ink && run >= 0) {
        path += `M${x0 + run} ${y0 + row}h${x - run}v1h${run - x}z`;
        run = -1;
      }
    }
  }
  return path;
}

/**
 * The label as the printer will put it on paper, one SVG unit a dot: the bitmaps exactly as sent, the
 * barcode's bars at their module width, the built-in fonts' text in their character cells.
 */
export function labelToSvg(label: Label): string {
  const body: string[] = [];
  for (const element of label.elements) {
    switch (element.kind) {
      case 'bitmap':
        body.push(`<path d="${bitmapPath(element.bitmap, element.x, element.y)}"/>`);
        break;
      case 'text': {
        const cell = CELL_WIDTH[label.dpi][element.font] as number;
        const height = CELL_HEIGHT[label.dpi][element.font] as number;
        body.push(
          `<text x="${element.x}" y="${element.y + height * 0.85}" font-family="monospace" font-size="${height}" ` +
            `textLength="${cell * element.text.length}" lengthAdjust="spacingAndGlyphs">${escape(element.text)}</text>`,
        );
        break;
      }
      case 'barcode': {
        let x = element.x;
        let path = '';
        code128Widths(element.data).forEach((w, i) => {
          if (i % 2 === 0)
            path += `M${x} ${element.y}h${w * element.narrow}v${element.height}h${-w * element.narrow}z`;
          x += w * element.narrow;
        });
        body.push(`<path d="${path}"/>`);
        break;
      }
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${label.width} ${label.height}" ` +
    `width="${label.width}" height="${label.height}" shape-rendering="crispEdges">` +
    `<rect width="${label.width}" height="${label.height}" fill="#fff" stroke="#999"/>` +
    label.blanks
      .map((blank) => `<rect x="${blank.x}" width="${blank.width}" height="${label.height}" fill="#eee"/>`)
      .join('') +
    `<g fill="#000">${body.join('')}</g></svg>`
  );
}

export const svgDataUrl = (svg: string): string =>
  `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
