// How amounts, weights, phones and times look on paper: the one place they are formatted for printing.
import { formatYuan, groupThousands } from '../domain/money';

/** A deduction, always printed with its minus: 50000 → "-￥500.00". */
export function formatDeduction(fen: number): string {
  return formatYuan(-Math.abs(fen));
}

/** Gold rate in fen per gram: 65800 → "￥658.00/g". */
export function formatRate(fenPerGram: number): string {
  return `${formatYuan(fenPerGram)}/g`;
}

/**
 * A phone number as it may be printed: the first three and last four digits, the middle masked, so
 * "13812345678" → "138****5678". Masking a masked number changes nothing.
 */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '');
  if (compact.length <= 4) return '*'.repeat(compact.length);
  if (compact.length < 8) return '*'.repeat(compact.length - 4) + compact.slice(-4);
  return compact.slice(0, 3) + '*'.repeat(compact.length - 7) + compact.slice(-4);
}

function parts(instant: string, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
}

/** A UTC instant as the store's local date: "2026-11-23". */
export function formatDate(instant: string, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A UTC instant as the store's local date and time: "2026-11-23 10:00:00". */
export function formatDateTime(instant: string, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

// Building a formatter to try a zone costs tens of µs, and the store's zone is read on every sale.
const knownZones = new Set<string>();

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
  knownZones.add(timeZone);
  return true;
}

export function formatInteger(value: number): string {
  return `${value < 0 ? '-' : ''}${groupThousands(String(Math.abs(value)))}`;
}
