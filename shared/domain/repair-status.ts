// The repair ticket's life (维修服务流程): received and assessed, quoted, the customer's consent, the
// workshop, the quality check, the customer notified, collected. A ticket may be cancelled or handed back
// unrepaired at any point before it is collected; nothing moves once it is closed.

export const REPAIR_STATUSES = [
  'received',
  'awaitingApproval',
  'approved',
  'inWorkshop',
  'qualityCheck',
  'readyToCollect',
  'collected',
  'cancelled',
  'returnedUnrepaired',
] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

/** Closed tickets: nothing follows them. */
export const CLOSED_STATUSES: readonly RepairStatus[] = ['collected', 'cancelled', 'returnedUnrepaired'];
export const OPEN_STATUSES: readonly RepairStatus[] = REPAIR_STATUSES.filter(
  (status) => !CLOSED_STATUSES.includes(status),
);

const ABANDON: readonly RepairStatus[] = ['cancelled', 'returnedUnrepaired'];

/**
 * Where each status may go next. An item waits in received while it is assessed, until it is quoted; a
 * failed quality check sends it back to the workshop.
 */
export const REPAIR_TRANSITIONS: Readonly<Record<RepairStatus, readonly RepairStatus[]>> = {
  received: ['awaitingApproval', ...ABANDON],
  awaitingApproval: ['approved', ...ABANDON],
  approved: ['inWorkshop', ...ABANDON],
  inWorkshop: ['qualityCheck', ...ABANDON],
  qualityCheck: ['readyToCollect', 'inWorkshop', ...ABANDON],
  readyToCollect: ['collected', ...ABANDON],
  collected: [],
  cancelled: [],
  returnedUnrepaired: [],
};

export type TransitionCheck = { ok: true } | { ok: false; allowed: readonly RepairStatus[] };

/** Whether a ticket may move from one status to another; when not, where it may go instead. */
export function checkTransition(from: RepairStatus, to: RepairStatus): TransitionCheck {
  const allowed = REPAIR_TRANSITIONS[from];
  return allowed.includes(to) ? { ok: true } : { ok: false, allowed };
}
