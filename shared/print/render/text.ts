import type { PrintDocument } from '../document';
import { drawnLines, layoutDocument, lineText, type LaidItem } from '../layout/layout';

function textOf(item: LaidItem): string[] {
  switch (item.kind) {
    case 'line':
      return [lineText(item).trimEnd()];
    case 'rule':
    case 'stamp':
      return drawnLines(item).map((line) => line.trimEnd());
    case 'feed':
      return Array.from({ length: item.lines }, () => '');
    case 'barcode':
      return [`<CODE128 ${item.data}>`];
    case 'qr':
      return [`<QR ${item.data}>`];
    case 'cut':
      return ['<cut>'];
    case 'drawer':
      return ['<drawer>'];
  }
}

/**
 * A document as plain text, laid out exactly as on paper `columns` wide (double-size lines hold half
 * as many columns). Codes, cuts and the drawer kick show as <markers>. For tests and logs.
 */
export function renderText(document: PrintDocument, columns: number): string {
  return `${layoutDocument(document, columns).flatMap(textOf).join('\n')}\n`;
}
