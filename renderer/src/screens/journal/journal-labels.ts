import { isMessageKey } from '../../i18n/catalog';
import type { Translate } from '../../i18n/context';

/** Known event types read as words; a type added by a later release still shows, as its code. */
export function journalTypeLabel(t: Translate, type: string): string {
  const key = `journal.type.${type}`;
  return isMessageKey(key) ? t(key) : type;
}

/** The payload as `key: value` pairs, short enough for one table cell. */
export function payloadSummary(payload: Record<string, unknown>): string {
  return Object.entries(payload)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}
