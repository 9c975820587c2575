import { useCallback } from 'react';
import { DEFAULT_TIME_ZONE } from '../../../shared/contract/settings';
import { businessDay } from '../../../shared/domain/business-day';
import { useSessionState } from '../session/context';
import { useI18n } from './context';

/** The store's time zone (a setting), which every displayed time follows, whatever the machine's zone. */
export function useStoreTimeZone(): string {
  const { boot } = useSessionState();
  return boot.phase === 'ready' ? boot.status.timeZone : DEFAULT_TIME_ZONE;
}

/** Today's business day in the store's time zone, as the core names days (YYYY-MM-DD). */
export function useStoreToday(): string {
  return businessDay(new Date(), useStoreTimeZone());
}

/** Instants are stored in UTC; people read them in the store's time zone. */
export function useFormatInstant(): (iso: string, style?: 'dateTime' | 'time') => string {
  const { language } = useI18n();
  const timeZone = useStoreTimeZone();
  return useCallback(
    (iso, style = 'dateTime') =>
      new Intl.DateTimeFormat(
        language,
        style === 'time'
          ? { timeStyle: 'short', timeZone }
          : { dateStyle: 'short', timeStyle: 'medium', timeZone },
      ).format(new Date(iso)),
    [language, timeZone],
  );
}
