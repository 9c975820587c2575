// Roles and what each may do: the one place permissions are defined.

export const PERMISSIONS = [
  'sales.sell',
  'repairs.desk',
  'staff.manage',
  'staff.unlock',
  'settings.manage',
  'journal.read',
  'devices.manage',
  'printing.manage',
  'printing.reprint',
  'drawer.noSale',
  'catalog.manage',
  'goldRates.set',
  'sales.discountBeyondLimit',
  'sales.typedWeight',
  'sales.void',
  'customers.manage',
  'shifts.cashMovement',
  'shifts.approveOverShort',
  'shifts.closeDay',
  'repairs.qcAcknowledge',
  'repairs.releaseWithoutStub',
  // the drawer's own shift: counted in and out by whoever takes money at that terminal, till or repair desk
  'shifts.drawer',
  // returns against a receipt; a manager approves one past its window or failing inspection, and sets the policy
  'returns.process',
  'returns.approve',
  'returns.policy',
  // a return without a receipt: as store credit, or, with the second, in cash
  'returns.noReceipt',
  'returns.noReceiptCash',
  // old gold bought back without a purchase (旧料回收), paid out of the drawer
  'returns.buyBack',
  // backups: where they go, making one now, restoring one (which replaces the till's data)
  'backups.manage',
  // where a piece is: moving goods between places (调拨); setting up counters and trays; writing goods off or
  // sending them back to the supplier
  'stock.move',
  'stock.places',
  'stock.writeOff',
  // tags (标签) for pieces on the label printer; a reprint is journaled as a new price claim
  'tags.print',
  // 盘点: scanning and counting into an open count; starting and cancelling one; approving its adjustments
  'stocktake.count',
  'stocktake.manage',
  'stocktake.post',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['cashier', 'repairDesk', 'manager', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

const cashier: Permission[] = [
  'sales.sell',
  'shifts.drawer',
  'printing.reprint',
  'returns.process',
  'stock.move',
  'tags.print',
  'stocktake.count',
];
const repairDesk: Permission[] = [
  'repairs.desk',
  'shifts.drawer',
  'printing.reprint',
  'stock.move',
  'stocktake.count',
];
const manager: Permission[] = [
  ...new Set([...cashier, ...repairDesk]),
  'staff.unlock',
  'journal.read',
  'devices.manage',
  'printing.manage',
  'drawer.noSale',
  'catalog.manage',
  'goldRates.set',
  'sales.discountBeyondLimit',
  'sales.typedWeight',
  'sales.void',
  'customers.manage',
  'shifts.cashMovement',
  'shifts.approveOverShort',
  'shifts.closeDay',
  'repairs.qcAcknowledge',
  'repairs.releaseWithoutStub',
  'returns.approve',
  'returns.policy',
  'returns.noReceipt',
  'returns.noReceiptCash',
  'returns.buyBack',
  'backups.manage',
  'stock.places',
  'stock.writeOff',
  'stocktake.manage',
  'stocktake.post',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  cashier,
  repairDesk,
  manager,
  administrator: PERMISSIONS,
};

/**
 * Roles that count their drawer blind (盲点): no expected cash is shown to them, on screen or paper, before
 * their shift's close count is on record. Managers close with the figures in view.
 */
export function countsBlind(role: Role): boolean {
  return !roleHas(role, 'shifts.approveOverShort');
}

/** Roles whose members may approve an action for someone else (主管授权). */
export const APPROVER_ROLES: readonly Role[] = ['manager', 'administrator'];

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Never lent to someone else's session: a restore replaces the till's data and signs everyone out, and the
 * backup folder decides where the data goes; the manager does them signed in as themselves.
 */
const NEVER_LENT: readonly Permission[] = ['backups.manage'];

/**
 * A permission can be lent by a manager's PIN when some approver role holds it, it is not admin-only and not
 * one kept for the holder's own session.
 */
export function isOverridable(permission: Permission): boolean {
  return roleHas('manager', permission) && !NEVER_LENT.includes(permission);
}
