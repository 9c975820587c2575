import type { Language } from '../../../shared/contract';
import { en } from './en';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof zhCN;

const CATALOGS: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/**
 * A count's noun by the language's plural rules: `{days, plural, one {# day} other {# days}}` reads "1 day",
 * "3 days" (# is the count). Chinese has one form and needs none.
 */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  const rules = pluralRules.get(language) ?? new Intl.PluralRules(language);
  pluralRules.set(language, rules);
  return rules.select(count);
}

export function translate(
  language: Language,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return CATALOGS[language][key]
    .replace(PLURAL, (whole, name: string, one: string, other: string) => {
      const count = vars[name];
      if (typeof count !== 'number') return whole;
      return (pluralOf(language, count) === 'one' ? one : other).replace(/#/g, String(count));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
