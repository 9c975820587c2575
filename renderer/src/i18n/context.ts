import { createContext, useContext } from 'react';
import type { Language } from '../../../shared/contract';
import type { MessageKey } from './catalog';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  t: Translate;
  /** A choice made on this screen: kept for the tab, it wins over the store's default language. */
  chooseLanguage(language: Language): void;
  /** The store's default from the core: applied unless someone at this screen chose a language. */
  adoptStoreLanguage(language: Language): void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
