// An independent reader of TSPL bytes, written from TSC's command reference rather than from our encoder:
// each command is a line ended by CR LF; a BITMAP's header is followed by widthBytes × height raw bytes.

export type TsplArg = number | string;

export interface TsplCommand {
  name: string;
  /** Numbers as numbers, quoted strings unquoted (\["] read as "), bare words (mm units) as text. */
  args: TsplArg[];
}

export interface TsplBitmap {
  x: number;
  y: number;
  widthBytes: number;
  height: number;
  mode: number;
  /** The raw bytes as sent; TSPL prints a dot for each 0 bit. */
  data: Uint8Array;
}

export interface TsplText {
  x: number;
  y: number;
  font: string;
  rotation: number;
  xMul: number;
  yMul: number;
  content: string;
}

export interface TsplBarcode {
  x: number;
  y: number;
  type: string;
  height: number;
  humanReadable: number;
  rotation: number;
  narrow: number;
  wide: number;
  content: string;
}

export interface DecodedTspl {
  commands: TsplCommand[];
  texts: TsplText[];
  barcodes: TsplBarcode[];
  bitmaps: TsplBitmap[];
}

function splitArgs(text: string): TsplArg[] {
  const args: TsplArg[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ') i++;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated string in: ${text}`);
        if (text.startsWith('\\["]', i)) {
          value += '"';
          i += 4;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
      args.push(value);
    } else {
      let end = text.indexOf(',', i);
      if (end < 0) end = text.length;
      const raw = text.slice(i, end).trim();
      args.push(/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
      i = end;
    }
    while (text[i] === ' ') i++;
    if (i < text.length) {
      if (text[i] !== ',') throw new Error(`expected a comma at ${i} in: ${text}`);
      i++;
    }
  }
  return args;
}

const num = (arg: TsplArg | undefined, what: string): number => {
  if (typeof arg !== 'number') throw new Error(`${what} is not a number: ${String(arg)}`);
  return arg;
};
const str = (arg: TsplArg | undefined, what: string): string => {
  if (typeof arg !== 'string') throw new Error(`${what} is not a string: ${String(arg)}`);
  return arg;
};

// Each argument's name and kind, in order, as TSC's reference lists them.
const TEXT_FIELDS = [
  ['x', 'number'],
  ['y', 'number'],
  ['font', 'string'],
  ['rotation', 'number'],
  ['xMul', 'number'],
  ['yMul', 'number'],
  ['content', 'string'],
] as const;
const BARCODE_FIELDS = [
  ['x', 'number'],
  ['y', 'number'],
  ['type', 'string'],
  ['height', 'number'],
  ['humanReadable', 'number'],
  ['rotation', 'number'],
  ['narrow', 'number'],
  ['wide', 'number'],
  ['content', 'string'],
] as const;

function fields(
  command: string,
  args: TsplArg[],
  spec: readonly (readonly [string, 'number' | 'string'])[],
): Record<string, TsplArg> {
  if (args.length !== spec.length)
    throw new Error(`${command} takes ${spec.length} arguments, got ${args.length}`);
  return Object.fromEntries(
    spec.map(([field, kind], i) => [
      field,
      kind === 'number' ? num(args[i], `${command} ${field}`) : str(args[i], `${command} ${field}`),
    ]),
  );
}

export function decodeTspl(bytes: Uint8Array): DecodedTspl {
  const out: DecodedTspl = { commands: [], texts: [], barcodes: [], bitmaps: [] };
  const latin = Buffer.from(bytes).toString('latin1');
  let at = 0;
  while (at < bytes.length) {
    if (latin.startsWith('BITMAP ', at)) {
      // x,y,widthBytes,height,mode, then the data
      let commas = 0;
      let end = at;
      while (commas < 5) {
        if (end >= bytes.length) throw new Error('BITMAP header cut short');
        if (latin[end] === ',') commas++;
        end++;
      }
      const [x, y, widthBytes, height, mode] = splitArgs(latin.slice(at + 7, end - 1)).map((a, i) =>
        num(a, `BITMAP argument ${i}`),
      ) as [number, number, number, number, number];
      const length = widthBytes * height;
      if (end + length + 2 > bytes.length) throw new Error('BITMAP data cut short');
      const data = bytes.slice(end, end + length);
      if (latin.slice(end + length, end + length + 2) !== '\r\n')
        throw new Error('BITMAP data not followed by CR LF');
      out.bitmaps.push({ x, y, widthBytes, height, mode, data });
      out.commands.push({ name: 'BITMAP', args: [x, y, widthBytes, height, mode] });
      at = end + length + 2;
      continue;
    }
    const eol = latin.indexOf('\r\n', at);
    if (eol < 0) throw new Error(`command without CR LF: ${latin.slice(at, at + 40)}`);
    const line = latin.slice(at, eol);
    at = eol + 2;
    if (line.trim() === '') continue;
    const space = line.indexOf(' ');
    const name = space < 0 ? line : line.slice(0, space);
    const args = space < 0 ? [] : splitArgs(line.slice(space + 1));
    out.commands.push({ name, args });
    if (name === 'TEXT') out.texts.push(fields(name, args, TEXT_FIELDS) as unknown as TsplText);
    else if (name === 'BARCODE')
      out.barcodes.push(fields(name, args, BARCODE_FIELDS) as unknown as TsplBarcode);
  }
  return out;
}

/** How many dots a bitmap prints (0 bits, past the row's width in bytes nothing is counted twice). */
export function inkDots(bitmap: TsplBitmap): number {
  let dots = 0;
  for (const byte of bitmap.data) for (let bit = 0; bit < 8; bit++) if ((byte & (0x80 >> bit)) === 0) dots++;
  return dots;
}

/** Splits a byte stream holding several labels (one per job) at each PRINT command. */
export function labelsOf(decoded: DecodedTspl): TsplCommand[][] {
  const labels: TsplCommand[][] = [];
  let current: TsplCommand[] = [];
  for (const command of decoded.commands) {
    current.push(command);
    if (command.name === 'PRINT') {
      labels.push(current);
      current = [];
    }
  }
  return labels;
}
