import iconv from 'iconv-lite';

/**
 * A small ESC/POS decoder, so tests assert on printed lines and events rather than on hex. It knows the
 * commands the renderer may send and throws on any other byte below 0x20, so a stray command fails a test.
 */
export type EscPosEvent =
  | { type: 'init' }
  | { type: 'chineseMode'; on: boolean }
  | { type: 'bold'; on: boolean }
  | { type: 'size'; width: number; height: number }
  | { type: 'chineseSize'; doubleWidth: boolean; doubleHeight: boolean }
  | { type: 'align'; align: 'left' | 'center' | 'right' }
  | { type: 'line'; text: string; columns: number; bold: boolean; width: number; height: number }
  | { type: 'feed'; lines: number }
  | { type: 'cut'; bytes: number[] }
  | { type: 'drawer'; pin: 2 | 5; bytes: number[] }
  | { type: 'barcode'; symbology: 'CODE128'; data: string; module: number; hri: boolean }
  | { type: 'qr'; data: string; module: number; errorCorrection: string }
  | { type: 'statusRequest'; n: number };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;

/**
 * Columns the printer uses for GB18030 text: a single byte takes one, a two- or four-byte character two.
 * Counted from the bytes, independently of the layout code under test.
 */
export function printedColumns(bytes: readonly number[]): number {
  let columns = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      columns += 1;
      i += 1;
    } else {
      const second = bytes[i + 1] as number;
      columns += 2;
      i += second >= 0x30 && second <= 0x39 ? 4 : 2;
    }
  }
  return columns;
}

export function decodeEscPos(input: Uint8Array): EscPosEvent[] {
  const bytes = [...input];
  const events: EscPosEvent[] = [];
  const style = { bold: false, width: 1, height: 1 };
  const barcode = { module: 3, hri: false };
  const qr = { module: 3, errorCorrection: 'L', data: '' };
  let text: number[] = [];
  let i = 0;
  const take = (n: number): number[] => {
    if (i + n > bytes.length) throw new Error(`command cut short at byte ${i}`);
    const out = bytes.slice(i, i + n);
    i += n;
    return out;
  };
  const byte = (): number => take(1)[0] as number;
  const ascii = (codes: number[]): string => String.fromCharCode(...codes);

  while (i < bytes.length) {
    const start = i;
    const b = byte();
    if (b >= 0x20) {
      text.push(b);
      continue;
    }
    if (b === LF) {
      events.push({
        type: 'line',
        text: iconv.decode(Buffer.from(text), 'gb18030'),
        columns: printedColumns(text) * style.width,
        bold: style.bold,
        width: style.width,
        height: style.height,
      });
      text = [];
      continue;
    }
    if (text.length > 0)
      throw new Error(`text "${iconv.decode(Buffer.from(text), 'gb18030')}" not ended by LF`);
    const command = byte();
    if (b === ESC && command === 0x40) events.push({ type: 'init' });
    else if (b === ESC && command === 0x45) events.push({ type: 'bold', on: (style.bold = byte() === 1) });
    else if (b === ESC && command === 0x61) {
      events.push({ type: 'align', align: (['left', 'center', 'right'] as const)[byte()] ?? 'left' });
    } else if (b === ESC && command === 0x64) events.push({ type: 'feed', lines: byte() });
    else if (b === ESC && command === 0x70) {
      const [m, t1, t2] = take(3) as [number, number, number];
      events.push({ type: 'drawer', pin: m === 0 || m === 0x30 ? 2 : 5, bytes: [ESC, 0x70, m, t1, t2] });
    } else if (b === GS && command === 0x21) {
      const n = byte();
      style.width = (n >> 4) + 1;
      style.height = (n & 0x0f) + 1;
      events.push({ type: 'size', width: style.width, height: style.height });
    } else if (b === GS && command === 0x56) {
      const m = byte();
      events.push({ type: 'cut', bytes: [GS, 0x56, m, ...(m >= 65 ? take(1) : [])] });
    } else if (b === GS && command === 0x48) barcode.hri = byte() !== 0;
    else if (b === GS && command === 0x68) byte();
    else if (b === GS && command === 0x77) barcode.module = byte();
    else if (b === GS && command === 0x6b) {
      const m = byte();
      if (m !== 73) throw new Error(`barcode system ${m} at byte ${start}`);
      const data = ascii(take(byte()));
      if (!data.startsWith('{B')) throw new Error(`CODE128 without a code set: ${data}`);
      events.push({ type: 'barcode', symbology: 'CODE128', data: data.slice(2), ...barcode });
    } else if (b === GS && command === 0x28 && byte() === 0x6b) {
      const [pL, pH] = take(2) as [number, number];
      const [cn, fn, ...params] = take(pL + pH * 256);
      if (cn !== 0x31) throw new Error(`2D symbol ${cn} at byte ${start}`);
      if (fn === 0x43) qr.module = params[0] as number;
      else if (fn === 0x45) qr.errorCorrection = 'LMQH'[(params[0] as number) - 0x30] ?? '?';
      else if (fn === 0x50) qr.data = ascii(params.slice(1));
      else if (fn === 0x51)
        events.push({ type: 'qr', data: qr.data, module: qr.module, errorCorrection: qr.errorCorrection });
      else if (fn !== 0x41) throw new Error(`QR function ${fn} at byte ${start}`);
    } else if (b === FS && command === 0x26) events.push({ type: 'chineseMode', on: true });
    else if (b === FS && command === 0x2e) events.push({ type: 'chineseMode', on: false });
    else if (b === FS && command === 0x21) {
      const n = byte();
      events.push({ type: 'chineseSize', doubleWidth: (n & 0x04) !== 0, doubleHeight: (n & 0x08) !== 0 });
    } else if (b === DLE && command === 0x04) events.push({ type: 'statusRequest', n: byte() });
    else {
      throw new Error(
        `unknown command ${[b, command].map((x) => x.toString(16)).join(' ')} at byte ${start}`,
      );
    }
  }
  if (text.length > 0) throw new Error('the job ends in text without LF');
  return events;
}

export type PrintedLine = Extract<EscPosEvent, { type: 'line' }>;

export const linesOf = (events: EscPosEvent[]): PrintedLine[] =>
  events.filter((e): e is PrintedLine => e.type === 'line');

/** The printed text, one line per line, trailing spaces dropped: convenient for `toContain`. */
export const textOf = (events: EscPosEvent[]): string =>
  linesOf(events)
    .map((line) => line.text.trimEnd())
    .join('\n');

/** Whether `needle` occurs in `bytes`, as a job's raw bytes are searched for a command. */
export function containsBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
  return indexOfBytes(bytes, needle) >= 0;
}

export function indexOfBytes(bytes: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
