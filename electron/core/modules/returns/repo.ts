import { DomainError } from '../../errors';
import { createHash } from 'node:crypto';
import type { Purity } from '../../../../shared/domain/purity';
import {
  REFUND_POOLS,
  type RefundPool,
  type ReturnDecision,
  type ReturnReason,
} from '../../../../shared/domain/returns';
import type { TenderMethod } from '../../../../shared/domain/shift';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

// Returns as stored: a return row, its lines and its refunds, only ever added (migration 0012's triggers).
// What a sale has already given back is summed from them inside the return's own transaction.

/** A sale line that can come back (trade-ins cannot), with what earlier returns took of it. */
export interface SoldLine {
  lineNo: number;
  kind: 'fixed' | 'weighed' | 'quantity';
  productId: number;
  name: string;
  sku: string | null;
  category: string | null;
  purity: Purity | null;
  serialized: boolean;
  certificateNo: string | null;
  quantity: number;
  weightMg: number | null;
  netFen: number;
  returnedQuantity: number;
}

export function soldLines(db: ReadableDB, saleId: number): SoldLine[] {
  const rows = query(
    db,
    `SELECT l.line_no AS lineNo, l.kind, l.product_id AS productId, l.name, l.sku, c.name AS category, l.purity,
            p.serialized, p.certificate_no AS certificateNo, l.quantity, l.weight_mg AS weightMg, l.net_fen AS netFen,
            (SELECT coalesce(sum(r.quantity), 0) FROM return_lines r
             WHERE r.sale_id = l.sale_id AND r.sale_line_no = l.line_no) AS returnedQuantity
     FROM sale_lines l JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id
     WHERE l.sale_id = ? AND l.kind <> 'tradeIn' ORDER BY l.line_no`,
  ).all(saleId) as (Omit<SoldLine, 'serialized'> & { serialized: number })[];
  return rows.map((row) => ({ ...row, serialized: row.serialized === 1 }));
}

interface PurchaseRow {
  receiptNo: string;
  businessDay: string;
  totalFen: number;
  items: string | null;
  quantity: number;
  returnedQuantity: number;
  netFen: number;
  returnedFen: number;
}

/**
 * A member's committed sales, newest first from before the receipt `before` (the index on customer and id
 * walks them), with their goods and what earlier returns took of them. One row more than asked tells whether
 * another page follows.
 */
export function memberPurchases(
  db: ReadableDB,
  customerId: number,
  page: { before: string | null; limit: number },
): { purchases: PurchaseRow[]; more: boolean } {
  const rows = query(
    db,
    `SELECT s.receipt_no AS receiptNo, s.business_day AS businessDay, s.total_fen AS totalFen,
            (SELECT group_concat(name, char(10)) FROM
               (SELECT l.name FROM sale_lines l WHERE l.sale_id = s.id AND l.kind <> 'tradeIn' ORDER BY l.line_no))
              AS items,
            (SELECT coalesce(sum(l.quantity), 0) FROM sale_lines l WHERE l.sale_id = s.id AND l.kind <> 'tradeIn')
              AS quantity,
            (SELECT coalesce(sum(l.net_fen), 0) FROM sale_lines l WHERE l.sale_id = s.id AND l.kind <> 'tradeIn')
              AS netFen,
            (SELECT coalesce(sum(r.quantity), 0) FROM return_lines r WHERE r.sale_id = s.id) AS returnedQuantity,
            (SELECT coalesce(sum(r.value_fen), 0) FROM return_lines r WHERE r.sale_id = s.id) AS returnedFen
     FROM sales s
     WHERE s.customer_id = @customerId AND s.state = 'committed'
       AND s.id < coalesce((SELECT id FROM sales WHERE receipt_no = @before), 9223372036854775807)
     ORDER BY s.id DESC LIMIT @limit`,
  ).all({ customerId, before: page.before, limit: page.limit + 1 }) as PurchaseRow[];
  return { purchases: rows.slice(0, page.limit), more: rows.length > page.limit };
}

/** What the sale's earlier returns took back: the value of all lines, and of those refunded (not bought back). */
export function returnedValue(db: ReadableDB, saleId: number): { allFen: number; refundedFen: number } {
  return query(
    db,
    `SELECT coalesce(sum(value_fen), 0) AS allFen,
            coalesce(sum(value_fen) FILTER (WHERE rule = 'refund'), 0) AS refundedFen
     FROM return_lines WHERE sale_id = ?`,
  ).get(saleId) as { allFen: number; refundedFen: number };
}

export interface PoolState {
  pool: RefundPool;
  paidFen: number;
  refundedFen: number;
  /** Points tender: the points paid and restored so far. */
  paidPoints: number;
  restoredPoints: number;
}

/**
 * Each tender the sale was paid with (and its trade-in), with what earlier returns paid back out of it, in
 * REFUND_POOLS order: the order refunds are split and listed in. A trade-in worth more than the goods paid for
 * them only its part; the rest was paid out in cash and is no tender.
 */
export function poolStates(db: ReadableDB, saleId: number): PoolState[] {
  const states = query(
    db,
    `WITH paid AS (
       SELECT method AS pool, sum(amount_fen) AS paidFen, coalesce(sum(points), 0) AS paidPoints
       FROM sale_payments WHERE sale_id = @saleId AND reverses_no IS NULL AND amount_fen > 0 GROUP BY method
       UNION ALL
       SELECT 'tradeIn', trade_in_fen + min(total_fen, 0), 0 FROM sales
       WHERE id = @saleId AND trade_in_fen + min(total_fen, 0) > 0),
     back AS (
       SELECT f.pool, sum(-f.amount_fen) AS refundedFen, coalesce(sum(f.points), 0) AS restoredPoints
       FROM return_refunds f JOIN returns r ON r.id = f.return_id
       WHERE r.sale_id = @saleId AND f.pool IS NOT NULL GROUP BY f.pool)
     SELECT paid.pool, paid.paidFen, coalesce(back.refundedFen, 0) AS refundedFen, paid.paidPoints,
            coalesce(back.restoredPoints, 0) AS restoredPoints
     FROM paid LEFT JOIN back ON back.pool = paid.pool`,
  ).all({ saleId }) as PoolState[];
  return states.sort((a, b) => REFUND_POOLS.indexOf(a.pool) - REFUND_POOLS.indexOf(b.pool));
}

/**
 * Return numbers read `T01-R000001`: the terminal and a counter of its own that never restarts, taken inside
 * the return's transaction (BEGIN IMMEDIATE), so a rolled-back return gives its number back: no gaps.
 */
export function nextReturnNumber(db: WritableDB, terminalId: string): string {
  const number = statement(
    db,
    `INSERT INTO return_counters (terminal_id, last_number) VALUES (?, 1)
     ON CONFLICT (terminal_id) DO UPDATE SET last_number = last_number + 1 RETURNING last_number`,
  )
    .pluck()
    .get(terminalId) as number;
  return `${terminalId}-R${String(number).padStart(6, '0')}`;
}

/** What identifies a request: the same return id asking something else is refused, the same request answered. */
export const requestHash = (input: unknown): string =>
  createHash('sha256').update(JSON.stringify(input)).digest('hex');

export interface ReturnKey {
  id: number;
  requestHash: string;
  returnNo: string;
}

const findReturnKey = (db: ReadableDB, clientId: string): ReturnKey | undefined =>
  query(
    db,
    'SELECT id, request_hash AS requestHash, return_no AS returnNo FROM returns WHERE client_id = ?',
  ).get(clientId) as ReturnKey | undefined;

/** The answer a committed return gave, kept with it so a retry gets the same. */
const storedAnswer = (db: ReadableDB, id: number): unknown =>
  JSON.parse(query(db, 'SELECT answer FROM returns WHERE id = ?').pluck().get(id) as string);

/**
 * A retry (a double press, a lost answer) gets the answer already given under its return id; another
 * request under that id is refused. Undefined when the id is new.
 */
export function earlierAnswer<T>(
  db: ReadableDB,
  input: { returnId: string },
  answer: { parse(value: unknown): T },
): T | undefined {
  const existing = findReturnKey(db, input.returnId);
  if (!existing) return undefined;
  if (existing.requestHash !== requestHash(input)) {
    throw new DomainError('RETURN_ID_REUSED', { returnNo: existing.returnNo });
  }
  return answer.parse(storedAnswer(db, existing.id));
}

export interface NewReturn {
  clientId: string;
  requestHash: string;
  returnNo: string;
  terminalId: string;
  businessDay: string;
  committedAt: string;
  shiftId: number;
  cashierId: number;
  approverId: number | null;
  approvalReason: string | null;
  /** null: a return without a receipt */
  saleId: number | null;
  customerId: number | null;
  refundFen: number;
  pointsTaken: number;
  pointsRestored: number;
  pointsDebt: number;
  note: string | null;
  answer: string;
  /** Old gold bought back without a purchase: its seller, kept on this record only. */
  seller?: { name: string; idNumber: string };
  /** An exchange: the new sale the returned goods paid towards. */
  exchangeSaleId?: number;
}

export function insertReturn(db: WritableDB, { seller, exchangeSaleId, ...r }: NewReturn): number {
  return Number(
    statement(
      db,
      `INSERT INTO returns (client_id, request_hash, return_no, terminal_id, business_day, committed_at, shift_id,
         cashier_id, approver_id, approval_reason, sale_id, customer_id, refund_fen, points_taken, points_restored,
         points_debt, note, answer, kind, seller_name, seller_id_number, exchange_sale_id)
       VALUES (@clientId, @requestHash, @returnNo, @terminalId, @businessDay, @committedAt, @shiftId, @cashierId,
         @approverId, @approvalReason, @saleId, @customerId, @refundFen, @pointsTaken, @pointsRestored, @pointsDebt,
         @note, @answer, @kind, @sellerName, @sellerIdNumber, @exchangeSaleId)`,
    ).run({
      ...r,
      exchangeSaleId: exchangeSaleId ?? null,
      kind: seller ? 'buyBack' : 'return',
      sellerName: seller?.name ?? null,
      sellerIdNumber: seller?.idNumber ?? null,
    }).lastInsertRowid,
  );
}

export interface NewReturnLine {
  lineNo: number;
  saleId: number | null;
  saleLineNo: number | null;
  productId: number;
  name: string;
  quantity: number;
  rule: 'refund' | 'buyBack';
  valueFen: number;
  amountFen: number;
  soldWeightMg: number | null;
  weightMg: number | null;
  weightWithinTolerance: boolean | null;
  buyBackFenPerGram: number | null;
  tagIntact: boolean;
  certificatePresent: boolean | null;
  damage: string | null;
  reason: ReturnReason;
  reasonText: string | null;
  decision: ReturnDecision;
}

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

export function insertReturnLine(db: WritableDB, returnId: number, line: NewReturnLine): void {
  statement(
    db,
    `INSERT INTO return_lines (return_id, line_no, sale_id, sale_line_no, product_id, name, quantity, rule,
       value_fen, amount_fen, sold_weight_mg, weight_mg, weight_within_tolerance, buy_back_fen_per_gram, tag_intact,
       certificate_present, damage, reason_code, reason_text, decision)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    returnId,
    line.lineNo,
    line.saleId,
    line.saleLineNo,
    line.productId,
    line.name,
    line.quantity,
    line.rule,
    line.valueFen,
    line.amountFen,
    line.soldWeightMg,
    line.weightMg,
    flag(line.weightWithinTolerance),
    line.buyBackFenPerGram,
    flag(line.tagIntact),
    flag(line.certificatePresent),
    line.damage,
    line.reason,
    line.reasonText,
    line.decision,
  );
}

export interface NewRefund {
  method: TenderMethod;
  pool: RefundPool | null;
  /** Positive: what the customer gets back (stored negative, as money leaving). */
  amountFen: number;
  reference: string | null;
  points: number | null;
  /** An exchange's share that went into its new sale: no money moved. */
  applied?: boolean;
}

export function insertRefund(
  db: WritableDB,
  returnId: number,
  refundNo: number,
  refund: NewRefund,
  context: { shiftId: number; at: string },
): void {
  statement(
    db,
    `INSERT INTO return_refunds (return_id, refund_no, method, pool, amount_fen, reference, points, shift_id, at,
       applied)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    returnId,
    refundNo,
    refund.method,
    refund.pool,
    -refund.amountFen,
    refund.reference,
    refund.points,
    context.shiftId,
    context.at,
    refund.applied ? 1 : 0,
  );
}
