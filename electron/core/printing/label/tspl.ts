import type { Label } from './layout';

const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');

/** TSPL writes a double quote inside a quoted string as \["]. */
const quoted = (text: string): string => `"${text.replaceAll('"', '\\["]')}"`;

/**
 * A label as TSPL: the stock (SIZE, GAP), the print direction and origin, a cleared image buffer, the
 * label's elements, then PRINT with the number of copies. A BITMAP's data follows its header raw,
 * widthBytes × height bytes, a 0 bit printing a dot (TSC's convention, hence the inversion).
 */
export function labelToTspl(label: Label, copies: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const command = (text: string): void => {
    parts.push(ascii(`${text}\r\n`));
  };
  command(`SIZE ${label.widthMm} mm,${label.heightMm} mm`);
  command(`GAP ${label.gapMm} mm,0 mm`);
  command('DIRECTION 1,0');
  command('REFERENCE 0,0');
  command('CLS');
  for (const element of label.elements) {
    switch (element.kind) {
      case 'text':
        command(`TEXT ${element.x},${element.y},"${element.font}",0,1,1,${quoted(element.text)}`);
        break;
      case 'barcode':
        command(
          `BARCODE ${element.x},${element.y},"128",${element.height},0,0,${element.narrow},${element.narrow},${quoted(element.data)}`,
        );
        break;
      case 'bitmap': {
        const { bitmap } = element;
        parts.push(ascii(`BITMAP ${element.x},${element.y},${bitmap.widthBytes},${bitmap.height},0,`));
        parts.push(bitmap.data.map((byte) => ~byte & 0xff));
        parts.push(ascii('\r\n'));
        break;
      }
    }
  }
  command(`PRINT ${copies}`);
  return Buffer.concat(parts);
}
