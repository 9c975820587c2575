/** How long a job may wait for its printer before the till says so louder than the banner's count. */
export const PRINT_ALERT_AFTER_MS = 5 * 60_000;

/** Whether a job queued at `queuedAt` (an ISO instant) has waited past the alert limit at `now`. */
export function isOverdue(queuedAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(queuedAt) >= PRINT_ALERT_AFTER_MS;
}
