import { createRequire } from 'node:module';

type PinyinFn = (text: string, options: Record<string, unknown>) => string[];

// pinyin-pro costs about 65 ms to load: only the first product saved or imported pays for it.
let pinyinFn: PinyinFn | undefined;
function pinyin(): PinyinFn {
  pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  return pinyinFn;
}

const HAN = /\p{Script=Han}/u;

/**
 * The words a product is found by, for an FTS5 table with prefix indexes:
 * - every single Han character and every pair of neighbours, so one- and two-character queries are
 *   one token look-up and longer ones an AND of pairs;
 * - for each syllable position, the initials and the full pinyin from there to the end, so `jz` finds
 *   金镯 and `shouzh` finds 足金手镯 as prefix queries;
 * - Latin and digit runs lower-cased (Au999, S925, 18K).
 */
export function searchTokens(name: string): string[] {
  const tokens = new Set<string>();
  const chars = [...name].filter((c) => HAN.test(c));
  chars.forEach((c, i) => {
    tokens.add(c);
    const next = chars[i + 1];
    if (next !== undefined) tokens.add(c + next);
  });
  if (chars.length > 0) {
    const han = chars.join('');
    const full = pinyin()(han, { toneType: 'none', type: 'array' });
    const initials = full.map((syllable) => syllable[0] ?? '');
    full.forEach((_, i) => {
      tokens.add(full.slice(i).join(''));
      tokens.add(initials.slice(i).join(''));
    });
  }
  for (const run of name.toLowerCase().match(/[a-z0-9]+/g) ?? []) tokens.add(run);
  return [...tokens];
}

/** What the search index holds for a product: the words of its name, its barcodes and its SKU. */
export function searchDocument(product: { name: string; barcodes: readonly string[]; sku: string }): string {
  return [...searchTokens(product.name), ...product.barcodes, product.sku].join(' ');
}

export interface SearchQuery {
  /** An FTS5 MATCH expression, or null when the text holds nothing searchable. */
  match: string | null;
  /** Han text of three or more characters: candidates must contain it, in order. */
  mustContain: string | null;
}

/** Turns what the cashier typed into an FTS5 query over the tokens above. */
export function searchQuery(text: string): SearchQuery {
  const trimmed = text.trim().toLowerCase();
  const chars = [...trimmed].filter((c) => HAN.test(c));
  if (chars.length > 0) {
    if (chars.length <= 2) return { match: quote(chars.join('')), mustContain: null };
    const pairs = chars.slice(0, -1).map((c, i) => quote(c + chars[i + 1]));
    return { match: [...new Set(pairs)].join(' AND '), mustContain: chars.join('') };
  }
  const runs = trimmed.match(/[a-z0-9]+/g) ?? [];
  if (runs.length === 0) return { match: null, mustContain: null };
  return { match: runs.map((run) => `${quote(run)}*`).join(' AND '), mustContain: null };
}

const quote = (token: string): string => `"${token.replace(/"/g, '""')}"`;
