import type { ImportIssueCode } from '../../../../shared/contract/catalog-io';
import type { Product } from '../../../../shared/contract/catalog';
import type { LaborFee } from '../../../../shared/domain/pricing';
import { MAX_PRICE_FEN, MAX_WEIGHT_MG } from '../../../../shared/domain/limits';
import { parseGrams, parseYuan } from '../../../../shared/domain/money';
import { PURITIES, PURITY_CODES, type Purity } from '../../../../shared/domain/purity';
import type { Cell } from './sheet';

// Reading one cell into a catalog value, exactly: amounts and weights never pass through a float sum.

export type Parsed<T> = { value: T } | { issue: ImportIssueCode; max?: number };

/**
 * A number cell as its shortest decimal text: the double Excel stored for 1280.5 prints as "1280.5", so
 * a cell typed with two decimals reads back with two, and one with more (or an exponent) is refused.
 */
const decimalText = (cell: Cell): string => (typeof cell === 'number' ? String(cell) : String(cell).trim());

/** Excel keeps 15 significant digits: a longer code typed into a number cell has already lost some. */
const EXACT_DIGITS_LIMIT = 1e15;

export function text(cell: Cell, max: number): Parsed<string> {
  if (typeof cell === 'number' && Math.abs(cell) >= EXACT_DIGITS_LIMIT) return { issue: 'CODE_AS_NUMBER' };
  const value = (typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell)).trim();
  return [...value].length > max ? { issue: 'TOO_LONG', max } : { value };
}

export function yuan(cell: Cell): Parsed<number> {
  const fen = parseYuan(decimalText(cell));
  if (fen === null) return { issue: 'BAD_MONEY' };
  return fen > MAX_PRICE_FEN ? { issue: 'MONEY_TOO_LARGE' } : { value: fen };
}

export function grams(cell: Cell): Parsed<number> {
  const mg = parseGrams(decimalText(cell));
  return mg === null || mg <= 0 || mg > MAX_WEIGHT_MG ? { issue: 'BAD_WEIGHT' } : { value: mg };
}

export function integer(cell: Cell, max: number): Parsed<number> {
  const digits = decimalText(cell);
  const value = /^\d{1,9}$/.test(digits) ? Number(digits) : NaN;
  return Number.isInteger(value) && value <= max ? { value } : { issue: 'BAD_INTEGER', max };
}

/** Words accepted for a value, compared lower-cased without spaces. */
function oneOf<T>(words: Record<string, T>, issue: ImportIssueCode): (cell: Cell) => Parsed<T> {
  const table = new Map(Object.entries(words).map(([word, value]) => [word.toLowerCase(), value]));
  return (cell) => {
    const value = table.get(String(cell).replace(/\s/g, '').toLowerCase());
    return value === undefined ? { issue } : { value };
  };
}

export const kind = oneOf<Product['kind']>(
  {
    一口价: 'fixed',
    定价: 'fixed',
    fixed: 'fixed',
    称重: 'weighed',
    计重: 'weighed',
    weighed: 'weighed',
    计件: 'quantity',
    计数: 'quantity',
    quantity: 'quantity',
  },
  'BAD_KIND',
);

export const laborKind = oneOf<LaborFee['kind']>(
  {
    按克: 'perGram',
    克: 'perGram',
    pergram: 'perGram',
    按件: 'perPiece',
    件: 'perPiece',
    perpiece: 'perPiece',
  },
  'BAD_LABOR_KIND',
);

export const yesNo = oneOf<boolean>(
  {
    是: true,
    y: true,
    yes: true,
    true: true,
    1: true,
    否: false,
    n: false,
    no: false,
    false: false,
    0: false,
  },
  'BAD_YES_NO',
);

/** The code (Au999, any case), the Chinese name (千足金) or both as the catalog shows them. */
export const purity = oneOf<Purity>(
  Object.fromEntries(
    PURITY_CODES.flatMap((code) => {
      const label = PURITIES[code].zh;
      return [
        [code, code],
        [label.replace(/\s/g, ''), code],
        [label.split(' ')[0] as string, code],
      ];
    }),
  ),
  'UNKNOWN_PURITY',
);
