import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans SC, as @fontsource ships it: about a hundred subsets per weight, each with its unicode-range.
 * A page or preview carries only the subsets its own characters fall in, as data URIs, so it looks the
 * same in a sandboxed preview frame (which cannot load the app's fonts), on a system printer and in a
 * PDF, on every machine, whatever fonts are installed. A receipt needs a few hundred kilobytes of it.
 */
const PACKAGE = '@fontsource/noto-sans-sc';
const WEIGHTS = [400, 700] as const;

interface Subset {
  weight: number;
  file: string;
  /** As the stylesheet writes it, for the rule; `ranges` is the same, parsed. */
  unicodeRange: string;
  ranges: [number, number][];
}

function parseRange(part: string): [number, number] {
  const [from, to] = part.trim().replace(/^U\+/i, '').split('-') as [string, string | undefined];
  return [parseInt(from, 16), parseInt(to ?? from, 16)];
}

/** The @font-face blocks of one weight's stylesheet: its woff2 file and the characters it covers. */
export function parseSubsets(css: string, weight: number): Subset[] {
  const subsets: Subset[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1] as string;
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (file && range) {
      subsets.push({ weight, file, unicodeRange: range.trim(), ranges: range.split(',').map(parseRange) });
    }
  }
  return subsets;
}

let loaded: { folder: string; subsets: Subset[] } | null = null;
const encoded = new Map<string, string>();

function fontPackage(): { folder: string; subsets: Subset[] } {
  if (!loaded) {
    const folder = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
    const subsets = WEIGHTS.flatMap((weight) =>
      parseSubsets(readFileSync(join(folder, `${weight}.css`), 'utf8'), weight),
    );
    loaded = { folder, subsets };
  }
  return loaded;
}

/**
 * The bundled font's file (WOFF, beside each WOFF2) that holds `codePoint` at `weight`; null when no subset
 * covers it. Label printers get text drawn from it (label/glyphs.ts).
 */
export function fontFileFor(codePoint: number, weight: (typeof WEIGHTS)[number]): string | null {
  const { folder, subsets } = fontPackage();
  const subset = subsets.find(
    (s) => s.weight === weight && s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to),
  );
  return subset ? join(folder, 'files', subset.file.replace(/\.woff2$/, '.woff')) : null;
}

function dataUri(folder: string, file: string): string {
  let uri = encoded.get(file);
  if (!uri) {
    uri = `data:font/woff2;base64,${readFileSync(join(folder, 'files', file)).toString('base64')}`;
    encoded.set(file, uri);
  }
  return uri;
}

/** The @font-face rules for exactly the subsets that the text's characters need. */
export function fontFacesFor(text: string): string {
  const { folder, subsets } = fontPackage();
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0) as number);
  const needed = subsets.filter((subset) =>
    subset.ranges.some(([from, to]) => {
      for (const code of codes) if (code >= from && code <= to) return true;
      return false;
    }),
  );
  return needed
    .map(
      (subset) =>
        `@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:${subset.weight};` +
        `src:url(${dataUri(folder, subset.file)}) format('woff2');` +
        `unicode-range:${subset.unicodeRange};}`,
    )
    .join('\n');
}

/** The page with the bundled font's subsets it uses embedded in its head. */
export function embedFont(html: string): string {
  const head = html.indexOf('</head>');
  if (head < 0) return html;
  return `${html.slice(0, head)}<style>${fontFacesFor(html)}</style>${html.slice(head)}`;
}
