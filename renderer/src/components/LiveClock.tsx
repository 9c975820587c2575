import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/context';
import { useStoreTimeZone } from '../i18n/format';
import './live-clock.css';

/** The time and date on the lock screen, re-rendered on each new minute. */
export function LiveClock() {
  const { language } = useI18n();
  const timeZone = useStoreTimeZone();
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const timer = setTimeout(() => setNow(new Date()), 60_000 - (now.getTime() % 60_000));
    return () => clearTimeout(timer);
  }, [now]);

  return (
    <div className="live-clock">
      <div className="live-clock-time">
        {new Intl.DateTimeFormat(language, {
          hour: '2-digit',
          minute: '2-digit',
          hour12: false,
          timeZone,
        }).format(now)}
      </div>
      <div className="live-clock-date">
        {new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone }).format(now)}
      </div>
    </div>
  );
}
