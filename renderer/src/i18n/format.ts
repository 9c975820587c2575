import { useCallback } from 'react';
import { useI18n } from './context';

/** Instants are stored in UTC; people read them in the till's local time. */
export function useFormatInstant(): (iso: string, style?: 'dateTime' | 'time') => string {
  const { language } = useI18n();
  return useCallback(
    (iso, style = 'dateTime') =>
      new Intl.DateTimeFormat(
        language,
        style === 'time' ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'medium' },
      ).format(new Date(iso)),
    [language],
  );
}
