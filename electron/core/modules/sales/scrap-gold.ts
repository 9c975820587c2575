import type { Purity } from '../../../../shared/domain/purity';
import { statement, type WritableDB } from '../../db/statements';

/**
 * Old gold taken in part exchange goes into the scrap-gold account (旧料), by purity, until it is sent for
 * refining; a voided trade-in takes it out again with a negative movement. Each names its sale line, or, for
 * gold bought back without a purchase, its return.
 */
export function addScrapGold(
  db: WritableDB,
  movement: {
    purity: Purity;
    weightMg: number;
    valueFen: number;
    reason: 'tradeIn' | 'void' | 'buyBack';
    saleId: number | null;
    lineNo: number | null;
    returnId?: number;
  },
  context: { now: Date; actorId: number },
): void {
  statement(
    db,
    `INSERT INTO scrap_gold_movements (purity, weight_mg, value_fen, reason, sale_id, line_no, at, actor_id, return_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    movement.purity,
    movement.weightMg,
    movement.valueFen,
    movement.reason,
    movement.saleId,
    movement.lineNo,
    context.now.toISOString(),
    context.actorId,
    movement.returnId ?? null,
  );
}
