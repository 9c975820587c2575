/**
 * The last day a warranty covers: the day before the same date `months` later, the purchase date being a
 * local date (YYYY-MM-DD). Bought on 2026-11-23 with 12 months: covered to 2027-11-22. When the later month
 * has no such date, cover runs to its last day (bought 2026-01-31, one month: covered to 2026-02-28).
 */
export function warrantyEndsOn(purchaseDay: string, months: number): string {
  const [year, month, day] = purchaseDay.split('-').map(Number) as [number, number, number];
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(year, month - 1 + months, day > lastDayOfTarget ? lastDayOfTarget : day - 1));
  return end.toISOString().slice(0, 10);
}

/** Whether a piece bought on `purchaseDay` with `months` of warranty is still covered on `today`. */
export function isUnderWarranty(purchaseDay: string, months: number, today: string): boolean {
  return months > 0 && today >= purchaseDay && today <= warrantyEndsOn(purchaseDay, months);
}
