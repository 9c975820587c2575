import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { isMessageKey } from '../../i18n/catalog';
import type { Translate } from '../../i18n/context';
import { journalZhCN } from '../../i18n/journal.zh-CN';

// The journal's payload as a person reads it: fields as words, fen as yuan, milligrams as grams, basis points
// as a percentage, codes (tender, role) as their names, and an id left out where the payload also carries
// what people call the record by. The raw view keeps the stored JSON for auditors.

interface Words {
  t: Translate;
  formatInstant(iso: string): string;
}

/** An id the payload also names in words: the words are shown, the id is not. */
const NAMED_BY: Record<string, readonly string[]> = {
  saleId: ['receiptNo'],
  ticketId: ['ticketNo'],
  productId: ['sku', 'name'],
  staffId: ['name'],
  tierId: ['name'],
  id: ['name'],
};

/** Codes whose values have names in the catalog, by the field that carries them. */
const VALUE_NAMES: Record<string, string> = { method: 'sale.tender', role: 'role' };

/** Fields in the order the catalog lists them (what the record is, then its amounts); the unlabelled last. */
const FIELD_ORDER = Object.keys(journalZhCN)
  .filter((key) => key.startsWith('journal.field.'))
  .map((key) => key.slice('journal.field.'.length));
const rank = (field: string): number => {
  const at = FIELD_ORDER.indexOf(field);
  return at === -1 ? FIELD_ORDER.length : at;
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function fieldLabel({ t }: Words, key: string): string {
  const messageKey = `journal.field.${key}`;
  // a field without a label of its own still reads as words: "journalLastSeq" → "journal last seq"
  return isMessageKey(messageKey) ? t(messageKey) : key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function scalar(words: Words, key: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return words.t(value ? 'journal.yes' : 'journal.no');
  if (typeof value === 'string') {
    const named = VALUE_NAMES[key] && `${VALUE_NAMES[key]}.${value}`;
    if (named && isMessageKey(named)) return words.t(named);
    return INSTANT.test(value) ? words.formatInstant(value) : value;
  }
  if (key.endsWith('FenPerGram')) return `${formatYuan(value)}/g`;
  if (key.endsWith('Fen')) return formatYuan(value);
  if (key.endsWith('Mg')) return formatGrams(value);
  if (key.endsWith('Bp')) return `${(value / 100).toFixed(2)}%`;
  if (key === 'id' || key.endsWith('Id')) return `#${value}`;
  return String(value);
}

function value(words: Words, key: string, item: unknown): string {
  if (item === null || item === undefined) return '—';
  if (Array.isArray(item)) {
    return item.length === 0 ? '—' : item.map((entry) => value(words, key, entry)).join(', ');
  }
  if (typeof item === 'object') {
    // a record inside a list (a payment, a sale line) reads as its values, named first: "现金 ￥760.00";
    // what it leaves empty is not shown
    return shownEntries(item as Record<string, unknown>)
      .filter(([, entry]) => entry !== null && entry !== undefined)
      .map(([inner, entry]) => value(words, inner, entry))
      .join(' ');
  }
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
    return scalar(words, key, item);
  }
  return JSON.stringify(item);
}

/** A record's fields in reading order, without the ids it also names in words. */
const shownEntries = (record: Record<string, unknown>): [string, unknown][] =>
  Object.entries(record)
    .filter(([key]) => !NAMED_BY[key]?.some((twin) => record[twin] !== undefined && record[twin] !== null))
    .sort(([a], [b]) => rank(a) - rank(b));

export function readablePayload(words: Words, payload: Record<string, unknown>): string {
  return shownEntries(payload)
    .map(([key, item]) =>
      words.t('journal.field', { field: fieldLabel(words, key), value: value(words, key, item) }),
    )
    .join(' · ');
}
