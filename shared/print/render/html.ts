import type {
  BarcodeBlock,
  Block,
  Column,
  ColumnsBlock,
  PrintDocument,
  QrBlock,
  TextSize,
} from '../document';
import { layoutDocument, type LaidItem } from '../layout/layout';
import { cleanText } from '../layout/width';
import { PAPER, type PageSize, type PaperWidth } from '../paper';
import { barcodeSvg, qrSvg } from './codes-svg';

/**
 * `roll`: the thermal paper on screen, laid out by the same layout as the printer (columns in `ch`), for
 * previews. `page`: an A5/A4 sheet for the system printer, flowing in proportional type.
 */
export type HtmlOptions = { mode: 'roll'; paperWidth: PaperWidth } | { mode: 'page'; pageSize: PageSize };

/** The font stack of the app (Noto Sans SC is bundled with the renderer; the CJK system font stands in). */
export const FONT_STACK = `'Noto Sans SC', 'Noto Sans CJK SC', sans-serif`;

const PAGE_MARGIN_MM = 12;
/** A sheet's line height, in ems of its type. */
const SHEET_LINE_EM = 1.45;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const sizeClass = (size: TextSize | undefined): string => (size && size !== 'normal' ? ` s-${size}` : '');

// A roll's emphasis (.line.b) is drawn with a stroke, as a printer's is: the characters keep their widths,
// where a heavier font's wider glyphs would push a bold total past the paper's edge.
const STYLE = `
:root { font-family: ${FONT_STACK}; color: #000; }
body { margin: 0; }
.b { font-weight: 700; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; }
.code { text-align: center; margin: 0.5em 0; }
.code svg { max-width: 100%; }
.drawer { color: #777; font-size: 0.85em; text-align: center; border: 1px dotted #aaa; margin: 0.25em 0; }
.roll { background: #e9e9e9; padding: 8px 0; }
.paper { width: calc(var(--columns) * 1ch); margin: 0 auto; padding: 12px; background: #fff; font-size: 12px; line-height: 1.5; }
.line { display: flex; white-space: pre; min-height: 1.5em; }
.line > span { flex: none; }
.line.s-double { font-size: 2em; }
.line.b { font-weight: 400; -webkit-text-stroke: 0.035em currentColor; }
.line.s-tall > span { display: inline-block; transform: scaleY(2); margin: 0.375em 0; }
.cut { border-top: 1px dashed #999; margin: 1em -12px; }
.page .sheet { font-size: 10pt; line-height: ${SHEET_LINE_EM}; }
.sheet p { margin: 0; white-space: pre-wrap; }
.sheet .s-tall { font-size: 1.4em; } .sheet .s-double { font-size: 1.8em; }
.row { display: grid; column-gap: 1em; }
.row > span { white-space: pre-wrap; }
hr { border: 0; border-top: 1px dashed #000; margin: 0.5em 0; }
hr.double { border-top: 3px double #000; }
.stamp { border: 1px dashed #888; margin: 0.5em 0; padding: 0 0.5em; color: #777; white-space: pre-wrap; }
.sheet hr { border-top-style: solid; margin: 0.3em 0; }
.sheet .code { margin: 0.25em 0; }
.sheet .pairs { columns: 2; column-gap: 2em; }
.sheet .pairs > .row { break-inside: avoid; }
.sheet .stamp { width: 42mm; height: 42mm; margin: 1em 0 1em auto; padding: 2mm; box-sizing: border-box; font-size: 0.85em; }
.sheet .stamp.signature { width: 60mm; margin: 0.5em 0 0 auto; }
.sheet .cut { break-after: page; border: 0; margin: 0; }
.sheet .cut:last-child { display: none; }
@media screen {
  .page { background: #e9e9e9; padding: 8px 0; }
  .page .sheet { width: var(--sheet-width); margin: 0 auto; padding: ${PAGE_MARGIN_MM}mm; box-sizing: border-box; background: #fff; }
}
`;

function page(title: string, body: { class: string; style: string; css: string }, content: string): string {
  return (
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${STYLE}${body.css}</style></head>\n` +
    `<body class="${body.class}" style="${body.style}">\n${content}</body></html>\n`
  );
}

/** A barcode (with its text when asked) or a QR code, centred. */
function codeHtml(code: BarcodeBlock | QrBlock): string {
  if (code.kind === 'qr') return `<div class="code">${qrSvg(code.data, 3)}</div>\n`;
  const caption = code.hri ? `<div>${escapeHtml(code.data)}</div>` : '';
  return `<div class="code">${barcodeSvg(code.data, 2, 48)}${caption}</div>\n`;
}

/** Spaces as wide as a digit (U+2007), so a roll's columns line up in the proportional font. */
const columnText = (value: string): string => escapeHtml(value).replace(/ /g, '\u2007');

function rollItem(item: LaidItem): string {
  switch (item.kind) {
    case 'line': {
      const cells = item.cells
        .map(
          (cell) =>
            `<span class="${cell.align}" style="width:${cell.width}ch">${columnText(cell.text)}</span>`,
        )
        .join('');
      return `<div class="line${item.bold ? ' b' : ''}${sizeClass(item.size)}">${cells}</div>\n`;
    }
    case 'rule':
      return `<hr class="${item.style}">\n`;
    case 'stamp':
      return `<div class="stamp" style="min-height:${1.5 * (item.lines + 1)}em">${escapeHtml(item.label.join('\n'))}</div>\n`;
    case 'feed':
      return `<div class="line" style="min-height:${1.5 * item.lines}em"></div>\n`;
    case 'barcode':
    case 'qr':
      return codeHtml(item);
    case 'cut':
      return `<div class="cut" role="separator" aria-label="切纸 cut"></div>\n`;
    case 'drawer':
      return `<div class="drawer">打开钱箱 drawer kick</div>\n`;
  }
}

const gridTrack = (column: Column): string =>
  column.width === 'auto' ? 'max-content' : `minmax(0, ${column.width ?? 1}fr)`;

function rowHtml(block: ColumnsBlock, tracks: string): string {
  const cells = block.columns
    .map((column) => `<span class="${column.align ?? 'left'}">${escapeHtml(cleanText(column.text))}</span>`)
    .join('');
  return `<div class="row${block.bold ? ' b' : ''}${sizeClass(block.size)}" style="grid-template-columns:${tracks}">${cells}</div>\n`;
}

function pageBlock(block: Block): string {
  switch (block.kind) {
    case 'text':
      return `<p class="${block.align ?? 'left'}${block.bold ? ' b' : ''}${sizeClass(block.size)}">${escapeHtml(cleanText(block.text))}</p>\n`;
    case 'columns':
      return rowHtml(block, block.columns.map(gridTrack).join(' '));
    case 'rule':
      return `<hr class="${block.style ?? 'single'}">\n`;
    case 'feed':
      return `<div style="height:${SHEET_LINE_EM * block.lines}em"></div>\n`;
    case 'barcode':
    case 'qr':
      return codeHtml(block);
    case 'stamp':
      return block.purpose === 'signature'
        ? `<div class="stamp signature" style="height:${SHEET_LINE_EM * (block.lines + 1)}em">${escapeHtml(cleanText(block.label))}</div>\n`
        : `<div class="stamp">${escapeHtml(cleanText(block.label))}</div>\n`;
    case 'cut':
      return `<div class="cut"></div>\n`;
    // a sheet has no character columns to number, and no drawer hangs off a sheet printer
    case 'ruler':
    case 'drawer':
      return '';
  }
}

const SHEET_WIDTH_MM: Record<PageSize, number> = { A5: 148, A4: 210 };

/** A label and its value, as `pair` makes them: the label takes the line, the value its own width. */
function isPair(block: Block): block is ColumnsBlock {
  if (block.kind !== 'columns' || block.columns.length !== 2 || (block.size ?? 'normal') !== 'normal')
    return false;
  const [label, value] = block.columns as [Column, Column];
  return label.width === undefined && value.width === 'auto' && value.align === 'right';
}

/** Runs of this many pairs or more are set two abreast: a sheet is wide, a label and its value are short. */
const PAIRS_ABREAST_FROM = 4;

/**
 * The sheet's blocks; a run of pairs flows down two columns, each value wrapping beside its label rather
 * than running past a half-width column.
 */
function sheetBlocks(blocks: readonly Block[]): string {
  let html = '';
  let run: ColumnsBlock[] = [];
  const endRun = (): void => {
    html +=
      run.length >= PAIRS_ABREAST_FROM
        ? `<div class="pairs">\n${run.map((pair) => rowHtml(pair, 'max-content minmax(0, 1fr)')).join('')}</div>\n`
        : run.map(pageBlock).join('');
    run = [];
  };
  for (const block of blocks) {
    if (isPair(block)) {
      run.push(block);
      continue;
    }
    endRun();
    html += pageBlock(block);
  }
  endRun();
  return html;
}

/** A complete HTML document; every text is escaped, so product and customer names cannot inject markup. */
export function renderHtml(document: PrintDocument, options: HtmlOptions): string {
  if (options.mode === 'roll') {
    const columns = PAPER[options.paperWidth].columns;
    const lines = layoutDocument(document, columns).map(rollItem).join('');
    return page(
      document.title,
      { class: 'roll', style: `--columns:${columns}`, css: '' },
      `<main class="paper">\n${lines}</main>\n`,
    );
  }
  const blocks = sheetBlocks(document.blocks);
  return page(
    document.title,
    {
      class: 'page',
      style: `--sheet-width:${SHEET_WIDTH_MM[options.pageSize]}mm`,
      // custom properties do not reach @page, so the size is written out
      css: `@page { size: ${options.pageSize}; margin: ${PAGE_MARGIN_MM}mm; }\n`,
    },
    `<main class="sheet">\n${blocks}</main>\n`,
  );
}
