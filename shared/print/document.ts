// The printer-independent document model. Templates build documents from domain data; renderers turn
// one document into ESC/POS bytes (58 or 80 mm roll), HTML (preview, A5/A4 page) or plain text (tests).
// Nothing here knows the paper width: widths are shares of the line, laid out by layout/layout.ts.

export type Align = 'left' | 'center' | 'right';

/** normal; tall = double height (same columns); double = double width and height (half the columns). */
export type TextSize = 'normal' | 'tall' | 'double';

export interface TextStyle {
  align?: Align;
  bold?: boolean;
  size?: TextSize;
}

/** A paragraph, wrapped to the line width. `\n` forces a break. */
export interface TextBlock extends TextStyle {
  kind: 'text';
  text: string;
}

/**
 * One cell of a row. `width` is a share of what the `auto` cells leave (default 1); `auto` takes the
 * text's own width, as an amount column does. Text wider than its cell wraps inside the cell.
 */
export interface Column {
  text: string;
  align?: Align;
  width?: number | 'auto';
}

export interface ColumnsBlock {
  kind: 'columns';
  columns: Column[];
  bold?: boolean;
  size?: TextSize;
}

export interface RuleBlock {
  kind: 'rule';
  style?: 'single' | 'double';
}

export interface FeedBlock {
  kind: 'feed';
  lines: number;
}

/** CODE128 (code set B, printable ASCII), centred, with the text under it when `hri`. */
export interface BarcodeBlock {
  kind: 'barcode';
  data: string;
  hri?: boolean;
}

/** QR code of ASCII data, centred. */
export interface QrBlock {
  kind: 'qr';
  data: string;
}

/** Digits numbering every column of the line: shows the paper width on a test page. */
export interface RulerBlock {
  kind: 'ruler';
}

/**
 * An empty frame: the store's seal (盖章处, the default) or a signature. On a roll both are `lines` tall; on a
 * sheet a seal's frame is a square a round company seal fits in, a signature's a wide strip `lines` tall.
 */
export interface StampBlock {
  kind: 'stamp';
  label: string;
  lines: number;
  purpose?: 'seal' | 'signature';
}

export interface CutBlock {
  kind: 'cut';
}

/** Kicks the cash drawer wired to the printer. Renderers may leave it out (reprints, late retries). */
export interface DrawerBlock {
  kind: 'drawer';
}

export type Block =
  | TextBlock
  | ColumnsBlock
  | RuleBlock
  | FeedBlock
  | BarcodeBlock
  | QrBlock
  | RulerBlock
  | StampBlock
  | CutBlock
  | DrawerBlock;

export interface PrintDocument {
  /** Names the document in a page's title and in a saved file. */
  title: string;
  blocks: Block[];
}

// Builders, so templates read like the paper they describe.

export const text = (value: string, style: TextStyle = {}): TextBlock => ({
  kind: 'text',
  text: value,
  ...style,
});

export const row = (columns: Column[], style: Omit<TextStyle, 'align'> = {}): ColumnsBlock => ({
  kind: 'columns',
  columns,
  ...style,
});

/** A label on the left and its value flush right, the value never wrapped. */
export const pair = (label: string, value: string, style: Omit<TextStyle, 'align'> = {}): ColumnsBlock =>
  row([{ text: label }, { text: value, align: 'right', width: 'auto' }], style);

export const rule = (style: RuleBlock['style'] = 'single'): RuleBlock => ({ kind: 'rule', style });

export const cut = (): CutBlock => ({ kind: 'cut' });
