import type { HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { findOpenShiftHere, findShiftRow, type ShiftRow } from './repo';

/**
 * The open shift of this terminal, which every movement of a customer's money (a sale, a void, a repair
 * deposit) is recorded in; refused with SHIFT_NOT_OPEN when the cashier has not opened one.
 */
export function requireOpenShift(ctx: Pick<HandlerContext, 'db'>): ShiftRow {
  const shift = findOpenShiftHere(ctx.db);
  if (!shift) throw new DomainError('SHIFT_NOT_OPEN');
  return shift;
}

/**
 * Refuses to change anything recorded in a closed shift (a void of its sale, a refund of its deposit): a
 * correction is a new event in a new shift. `reference` names the record in the message (a receipt number).
 */
export function assertShiftUnlocked(
  ctx: Pick<HandlerContext, 'db'>,
  shiftId: number | null,
  reference: string,
): void {
  if (shiftId === null) return;
  if (findShiftRow(ctx.db, shiftId)?.closedAt) throw new DomainError('SHIFT_LOCKED', { reference });
}
