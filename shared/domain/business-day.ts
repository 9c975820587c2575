// Building a formatter costs far more than using one, and every sale asks for its day.
const formatters = new Map<string, Intl.DateTimeFormat>();

const MINUTE_MS = 60_000;
// Days begin on a whole minute in every time zone: the last minute asked about answers the next call.
let last: { timeZone: string; minute: number; day: string } | undefined;

/** The store's business day: the local calendar date (YYYY-MM-DD) of an instant in its time zone. */
export function businessDay(at: Date, timeZone: string): string {
  const minute = Math.floor(at.getTime() / MINUTE_MS);
  if (last?.minute === minute && last.timeZone === timeZone) return last.day;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(at)) parts[part.type] = part.value;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  last = { timeZone, minute, day };
  return day;
}
