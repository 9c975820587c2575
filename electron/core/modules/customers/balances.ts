import { statement, type WritableDB } from '../../db/statements';

// A member's points and store credit are sums of movements, as stock is: nothing edits a balance in place,
// and a voided sale adds the opposite movements. A return's movements name the return (returnId).

type PointsReason = 'earned' | 'redeemed' | 'void' | 'returned' | 'restored' | 'debt';
type CreditReason = 'tender' | 'void' | 'adjustment' | 'return';

export function addPoints(
  db: WritableDB,
  movement: {
    customerId: number;
    points: number;
    reason: PointsReason;
    saleId: number | null;
    returnId?: number;
  },
  now: Date,
): void {
  statement(
    db,
    'INSERT INTO points_movements (customer_id, points, reason, sale_id, at, return_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    movement.customerId,
    movement.points,
    movement.reason,
    movement.saleId,
    now.toISOString(),
    movement.returnId ?? null,
  );
}

export function addStoreCredit(
  db: WritableDB,
  movement: {
    customerId: number;
    amountFen: number;
    reason: CreditReason;
    saleId: number | null;
    note: string | null;
    returnId?: number;
  },
  context: { now: Date; actorId: number | null },
): void {
  statement(
    db,
    `INSERT INTO store_credit_movements (customer_id, amount_fen, reason, sale_id, note, at, actor_id, return_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    movement.customerId,
    movement.amountFen,
    movement.reason,
    movement.saleId,
    movement.note,
    context.now.toISOString(),
    context.actorId,
    movement.returnId ?? null,
  );
}
