import { describe, expect, it } from 'vitest';
import { checkTransition, REPAIR_STATUSES, type RepairStatus } from '../../../shared/domain/repair-status';

// Every legal move, written out by hand from the manual's flow; every other pair must be refused.
const LEGAL: readonly [RepairStatus, RepairStatus][] = [
  ['received', 'awaitingApproval'],
  ['awaitingApproval', 'approved'],
  ['approved', 'inWorkshop'],
  ['inWorkshop', 'qualityCheck'],
  ['qualityCheck', 'readyToCollect'],
  ['qualityCheck', 'inWorkshop'],
  ['readyToCollect', 'collected'],
  ...(
    ['received', 'awaitingApproval', 'approved', 'inWorkshop', 'qualityCheck', 'readyToCollect'] as const
  ).flatMap((from) => [
    [from, 'cancelled'] as [RepairStatus, RepairStatus],
    [from, 'returnedUnrepaired'] as [RepairStatus, RepairStatus],
  ]),
];

const isLegal = (from: RepairStatus, to: RepairStatus): boolean =>
  LEGAL.some(([f, t]) => f === from && t === to);

const ALL_PAIRS = REPAIR_STATUSES.flatMap((from) => REPAIR_STATUSES.map((to) => [from, to] as const));

describe('the repair status machine', () => {
  it.each(ALL_PAIRS.filter(([from, to]) => isLegal(from, to)))('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to)).toEqual({ ok: true });
  });

  it.each(ALL_PAIRS.filter(([from, to]) => !isLegal(from, to)))('refuses %s → %s', (from, to) => {
    const check = checkTransition(from, to);
    expect(check.ok).toBe(false);
    // the refusal says where the ticket may go instead: exactly the legal moves from here
    expect(check.ok ? [] : [...check.allowed].sort()).toEqual(
      LEGAL.filter(([f]) => f === from)
        .map(([, t]) => t)
        .sort(),
    );
  });

  it('closes collected, cancelled and returned tickets for good', () => {
    for (const closed of ['collected', 'cancelled', 'returnedUnrepaired'] as const) {
      expect(REPAIR_STATUSES.filter((to) => checkTransition(closed, to).ok)).toEqual([]);
    }
  });
});
