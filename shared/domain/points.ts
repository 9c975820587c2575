// Member points (积分): earned on what a sale was paid with, spent as a tender.

/**
 * Points earned on an amount paid: one point per full `fenPerPoint`. Points are a count, not money, so
 * they are rounded down: a customer earns a point for each whole unit spent, never for part of one.
 */
export function pointsEarned(paidFen: number, fenPerPoint: number): number {
  return paidFen <= 0 ? 0 : Math.floor(paidFen / fenPerPoint);
}

/** What points are worth as a tender. */
export function pointsValueFen(points: number, fenPerPoint: number): number {
  return points * fenPerPoint;
}
