import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/contract';
import { translate } from './catalog';
import { I18nContext, type I18n } from './context';

const STORAGE_KEY = 'counter-pos.language';

function storedChoice(): Language | null {
  const value = sessionStorage.getItem(STORAGE_KEY);
  return value === 'zh-CN' || value === 'en' ? value : null;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => storedChoice() ?? 'zh-CN');

  const chooseLanguage = useCallback((next: Language) => {
    sessionStorage.setItem(STORAGE_KEY, next);
    setLanguage(next);
  }, []);

  const adoptStoreLanguage = useCallback((next: Language) => {
    if (storedChoice() === null) setLanguage(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, vars) => translate(language, key, vars),
      chooseLanguage,
      adoptStoreLanguage,
    }),
    [language, chooseLanguage, adoptStoreLanguage],
  );

  // Screen readers and the browser's font fallback pick Chinese or Latin glyphs from the page language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
