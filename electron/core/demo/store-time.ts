import { addDays, businessDay } from '../../../shared/domain/business-day';

/** The demo store is in Shanghai: its days and opening hours are Shanghai's, whatever the machine's zone. */
export const DEMO_TIME_ZONE = 'Asia/Shanghai';
// China keeps no summer time: every local time is UTC+8.
const OFFSET = '+08:00';

/** Local dates and times of the demo store, counted back from the day it is seeded. */
export class StoreCalendar {
  readonly today: string;

  constructor(now: Date) {
    this.today = businessDay(now, DEMO_TIME_ZONE);
  }

  /** The local date `offset` days from today (negative: before). */
  day(offset: number): string {
    return addDays(this.today, offset);
  }

  /** The instant of a local time (minutes after midnight) on the day `offset` days from today. */
  at(offset: number, minutes: number): Date {
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return new Date(`${this.day(offset)}T${hh}:${mm}:00${OFFSET}`);
  }
}

/** Minutes after midnight of a local clock time. */
export const hm = (hours: number, minutes = 0): number => hours * 60 + minutes;
