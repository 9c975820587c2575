import { code128Modules } from '../codes/code128';
import type { PrintDocument, TextSize } from '../document';
import {
  drawnLines,
  layoutDocument,
  lineText,
  plainLine,
  type LaidItem,
  type LaidLine,
} from '../layout/layout';
import { PAPER, type PaperWidth } from '../paper';

/** Turns text into the printer's bytes (GB18030). Injected: the encoder needs iconv-lite, which is Node's. */
export type EncodeText = (text: string) => Uint8Array;

export interface EscPosOptions {
  paperWidth: PaperWidth;
  /** FS & (Chinese-market printers need it on) or FS . (printers that must have it off). */
  chineseMode: boolean;
  /** Drawer wired to pin 2 or pin 5; null leaves the kick out, as a retry long after the sale must. */
  drawerPin: 2 | 5 | null;
  copies: number;
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

/** Complete commands, byte for byte as the ESC/POS reference gives them. */
export const COMMANDS = {
  init: [ESC, 0x40],
  chineseOn: [FS, 0x26],
  chineseOff: [FS, 0x2e],
  /** Feed to the cutter, then cut (function B). Nothing follows it: ESC @ belongs at a job's start only. */
  cut: [GS, 0x56, 0x42, 0x00],
  /** ESC p m t1 t2: m = 0 drives pin 2, m = 1 pin 5; on 25 × 2 ms, off 250 × 2 ms. */
  drawer: (pin: 2 | 5) => [ESC, 0x70, pin === 2 ? 0x00 : 0x01, 0x19, 0xfa],
  bold: (on: boolean) => [ESC, 0x45, on ? 1 : 0],
  align: (align: 'left' | 'center') => [ESC, 0x61, align === 'left' ? 0 : 1],
  feed: (lines: number) => [ESC, 0x64, lines],
} as const;

const SIZE = {
  normal: { gs: 0x00, fs: 0x00 },
  tall: { gs: 0x01, fs: 0x08 },
  double: { gs: 0x11, fs: 0x0c },
} as const satisfies Record<TextSize, { gs: number; fs: number }>;

const BARCODE_HEIGHT_DOTS = 80;
const QR_MODULE_DOTS = 6;

/** Collects a job's bytes and tracks the printer's text style, so a style is sent only when it changes. */
class JobWriter {
  private readonly chunks: Uint8Array[] = [];
  private bold = false;
  private size: TextSize = 'normal';

  constructor(
    private readonly chineseMode: boolean,
    private readonly encode: EncodeText,
  ) {}

  push(bytes: readonly number[] | Uint8Array): void {
    this.chunks.push(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
  }

  style(bold: boolean, size: TextSize): void {
    if (bold !== this.bold) this.push(COMMANDS.bold((this.bold = bold)));
    if (size === this.size) return;
    this.size = size;
    this.push([GS, 0x21, SIZE[size].gs]);
    // Chinese characters take their size from FS ! on printers in Chinese mode
    if (this.chineseMode) this.push([FS, 0x21, SIZE[size].fs]);
  }

  line(line: LaidLine): void {
    this.style(line.bold, line.size);
    this.push(this.encode(lineText(line).trimEnd()));
    this.push([LF]);
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((n, chunk) => n + chunk.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

function asciiBytes(data: string): number[] {
  return [...data].map((char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code > 0x7e) throw new RangeError(`codes take printable ASCII only, not "${char}"`);
    return code;
  });
}

/** Module width that keeps the barcode and its quiet zones (10 modules a side) inside the paper. */
function barcodeModule(data: string, dots: number): number {
  return Math.max(1, Math.min(3, Math.floor(dots / (code128Modules(data) + 20))));
}

function writeItem(out: JobWriter, item: LaidItem, dots: number, drawerPin: 2 | 5 | null): void {
  switch (item.kind) {
    case 'line':
      return out.line(item);
    case 'rule':
    case 'stamp':
      for (const text of drawnLines(item)) out.line(plainLine(text, item.width));
      return;
    case 'feed':
      return out.push(COMMANDS.feed(Math.min(255, item.lines)));
    case 'cut':
      return out.push(COMMANDS.cut);
    case 'drawer':
      if (drawerPin !== null) out.push(COMMANDS.drawer(drawerPin));
      return;
    case 'barcode': {
      const data = asciiBytes(item.data);
      out.push(COMMANDS.align('center'));
      out.push([GS, 0x48, item.hri ? 2 : 0]);
      out.push([GS, 0x68, BARCODE_HEIGHT_DOTS]);
      out.push([GS, 0x77, barcodeModule(item.data, dots)]);
      // GS k 73 n: CODE128 with its length, the data opened by {B (code set B)
      out.push([GS, 0x6b, 73, data.length + 2, 0x7b, 0x42, ...data]);
      out.push([LF]);
      return out.push(COMMANDS.align('left'));
    }
    case 'qr': {
      const data = asciiBytes(item.data);
      const stored = data.length + 3;
      out.push(COMMANDS.align('center'));
      out.push([GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00]); // model 2
      out.push([GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, QR_MODULE_DOTS]);
      out.push([GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31]); // error correction M
      out.push([GS, 0x28, 0x6b, stored & 0xff, stored >> 8, 0x31, 0x50, 0x30, ...data]);
      out.push([GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30]); // print the stored symbol
      out.push([LF]);
      return out.push(COMMANDS.align('left'));
    }
  }
}

/**
 * A document as one print job's bytes: ESC @ and the Chinese mode once at the start, then each copy
 * (the drawer kicked on the first only). Lines arrive laid out and padded by display width, so the
 * printer's own wrapping never comes into play.
 */
export function renderEscPos(
  document: PrintDocument,
  options: EscPosOptions,
  encode: EncodeText,
): Uint8Array {
  const paper = PAPER[options.paperWidth];
  const items = layoutDocument(document, paper.columns);
  const out = new JobWriter(options.chineseMode, encode);
  out.push(COMMANDS.init);
  out.push(options.chineseMode ? COMMANDS.chineseOn : COMMANDS.chineseOff);
  for (let copy = 0; copy < options.copies; copy++) {
    for (const item of items) writeItem(out, item, paper.dots, copy === 0 ? options.drawerPin : null);
  }
  return out.bytes();
}
