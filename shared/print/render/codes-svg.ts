import { encode } from 'uqr';
import { code128Widths } from '../codes/code128';

const QUIET_MODULES = 10;

/** A CODE128 barcode as inline SVG, `module` px per module, with quiet zones. */
export function barcodeSvg(data: string, module: number, height: number): string {
  const widths = code128Widths(data);
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * QUIET_MODULES;
  let x = QUIET_MODULES;
  let path = '';
  widths.forEach((w, i) => {
    if (i % 2 === 0) path += `M${x} 0h${w}v1h${-w}z`;
    x += w;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="barcode" viewBox="0 0 ${total} 1" ` +
    `width="${total * module}" height="${height}" preserveAspectRatio="none" shape-rendering="crispEdges">` +
    `<path d="${path}"/></svg>`
  );
}

/** A QR code (model 2, error correction M, as the printer makes it) as inline SVG, `module` px per module. */
export function qrSvg(data: string, module: number): string {
  const { data: matrix, size } = encode(data, { ecc: 'M', border: 2 });
  let path = '';
  matrix.forEach((row, y) => {
    // one rectangle per run of dark modules keeps the path short
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${size} ${size}" ` +
    `width="${size * module}" height="${size * module}" shape-rendering="crispEdges">` +
    `<path d="${path}"/></svg>`
  );
}
