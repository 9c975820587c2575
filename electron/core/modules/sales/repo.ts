import type { PurchaseSummary } from '../../../../shared/contract/customers';
import type {
  InvoiceRequest,
  Payment,
  Sale,
  SaleLine,
  SaleSummary,
  WeightSource,
} from '../../../../shared/contract/sales';
import type { Purity } from '../../../../shared/domain/purity';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

// Sales as stored: a sale row, its lines and its payments. Rows are only ever added; a void adds
// reversing payments and sets the sale's state (the triggers of migration 0004 refuse anything else).

export interface NewSale {
  clientId: string;
  requestHash: string;
  receiptNo: string;
  terminalId: string;
  businessDay: string;
  committedAt: string;
  cashierId: number;
  approverId: number | null;
  customerId: number | null;
  subtotalFen: number;
  lineDiscountFen: number;
  memberDiscountFen: number;
  orderDiscountFen: number;
  orderDiscount: { kind: 'percent' | 'amount'; value: number } | null;
  orderDiscountReason: string | null;
  tradeInFen: number;
  totalFen: number;
  cashRoundingFen: number;
  changeFen: number;
  pointsEarned: number;
  pointsRedeemed: number;
  shiftId: number;
  /** A trade-in worth more than the goods: who was paid for the old gold, kept on this record only. */
  seller: { name: string; idNumber: string } | null;
}

export function insertSale(db: WritableDB, sale: NewSale): number {
  return Number(
    statement(
      db,
      `INSERT INTO sales (client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
         approver_id, customer_id, subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen,
         order_discount_kind, order_discount_value, order_discount_reason, trade_in_fen, total_fen, change_fen,
         points_earned, points_redeemed, shift_id, cash_rounding_fen, seller_name, seller_id_number)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      sale.clientId,
      sale.requestHash,
      sale.receiptNo,
      sale.terminalId,
      sale.businessDay,
      sale.committedAt,
      sale.cashierId,
      sale.approverId,
      sale.customerId,
      sale.subtotalFen,
      sale.lineDiscountFen,
      sale.memberDiscountFen,
      sale.orderDiscountFen,
      sale.orderDiscount?.kind ?? null,
      sale.orderDiscount?.value ?? null,
      sale.orderDiscountReason,
      sale.tradeInFen,
      sale.totalFen,
      sale.changeFen,
      sale.pointsEarned,
      sale.pointsRedeemed,
      sale.shiftId,
      sale.cashRoundingFen,
      sale.seller?.name ?? null,
      sale.seller?.idNumber ?? null,
    ).lastInsertRowid,
  );
}

export function insertLine(db: WritableDB, saleId: number, line: SaleLine): void {
  statement(
    db,
    `INSERT INTO sale_lines (sale_id, line_no, kind, product_id, sku, name, quantity, unit_price_fen,
         price_override_fen, purity, weight_mg, gold_rate_fen_per_gram, labor_fee_kind, labor_fee_fen, metal_fen,
         labor_fen, trade_in_deduction_fen_per_gram, trade_in_loss_bp, discount_kind, discount_value, reason,
         list_fen, gross_fen, line_discount_fen, member_discount_fen, order_discount_fen, net_fen, weight_source,
         weight_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    saleId,
    line.lineNo,
    line.kind,
    line.productId,
    line.sku,
    line.name,
    line.quantity,
    line.unitPriceFen,
    line.priceOverrideFen,
    line.purity,
    line.weightMg,
    line.goldRateFenPerGram,
    line.laborFee?.kind ?? null,
    line.laborFee?.fen ?? null,
    line.metalFen,
    line.laborFen,
    line.tradeInTerms?.deductionFenPerGram ?? null,
    line.tradeInTerms?.lossBp ?? null,
    line.discount?.kind ?? null,
    line.discount === null ? null : line.discount.kind === 'percent' ? line.discount.bp : line.discount.fen,
    line.reason,
    line.listFen,
    line.grossFen,
    line.lineDiscountFen,
    line.memberDiscountFen,
    line.orderDiscountFen,
    line.netFen,
    line.weightSource,
    line.weightReason,
  );
}

/**
 * `paymentNo` counts a sale's payment rows from 1, reversing rows included. `shiftId` is the shift the money
 * moved in: the sale's for its payments, the voiding terminal's for a void's reversing rows.
 */
export function insertPayment(
  db: WritableDB,
  saleId: number,
  paymentNo: number,
  payment: Payment,
  context: { now: Date; shiftId: number; reversesNo?: number; exchangeCredit?: boolean },
): void {
  statement(
    db,
    `INSERT INTO sale_payments (sale_id, payment_no, method, amount_fen, tendered_fen, reference, card_last4,
       points, reverses_no, at, shift_id, exchange_credit)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    saleId,
    paymentNo,
    payment.method,
    payment.amountFen,
    payment.tenderedFen,
    payment.reference,
    payment.cardLast4,
    payment.points,
    context.reversesNo ?? null,
    context.now.toISOString(),
    context.shiftId,
    context.exchangeCredit ? 1 : 0,
  );
}

export function insertInvoice(db: WritableDB, saleId: number, invoice: InvoiceRequest): void {
  statement(db, 'INSERT INTO sale_invoices (sale_id, title, tax_number, email) VALUES (?, ?, ?, ?)').run(
    saleId,
    invoice.title,
    invoice.taxNumber,
    invoice.email,
  );
}

interface SaleRow {
  id: number;
  client_id: string;
  request_hash: string;
  receipt_no: string;
  terminal_id: string;
  business_day: string;
  committed_at: string;
  cashier_id: number;
  cashier_name: string;
  approver_id: number | null;
  approver_name: string | null;
  customer_id: number | null;
  customer_name: string | null;
  customer_phone: string | null;
  subtotal_fen: number;
  line_discount_fen: number;
  member_discount_fen: number;
  order_discount_fen: number;
  trade_in_fen: number;
  total_fen: number;
  cash_rounding_fen: number;
  change_fen: number;
  points_earned: number;
  points_redeemed: number;
  state: Sale['state'];
  voided_at: string | null;
  voided_by: number | null;
  voided_by_name: string | null;
  void_approver_id: number | null;
  void_approver_name: string | null;
  void_reason: string | null;
  invoice_title: string | null;
  invoice_tax_number: string | null;
  invoice_email: string | null;
  receipt_job_id: number | null;
}

/** The receipt's own print job (not a reprint), found by its reference: the receipt number. */
const RECEIPT_JOB = `SELECT min(id) FROM print_jobs
  WHERE document_type = 'receipt' AND reference = s.receipt_no AND copy_of IS NULL`;

const SELECT_SALE = `
  SELECT s.id, s.client_id, s.request_hash, s.receipt_no, s.terminal_id, s.business_day, s.committed_at,
         s.cashier_id, s.approver_id, s.customer_id, s.subtotal_fen, s.line_discount_fen,
         s.member_discount_fen, s.order_discount_fen, s.trade_in_fen, s.total_fen, s.cash_rounding_fen, s.change_fen,
         s.points_earned, s.points_redeemed, s.state, s.voided_at, s.voided_by, s.void_approver_id,
         s.void_reason, cs.name AS cashier_name, ap.name AS approver_name, c.name AS customer_name,
         c.phone AS customer_phone, vb.name AS voided_by_name, va.name AS void_approver_name,
         i.title AS invoice_title, i.tax_number AS invoice_tax_number, i.email AS invoice_email,
         (${RECEIPT_JOB}) AS receipt_job_id
  FROM sales s
  JOIN staff cs ON cs.id = s.cashier_id
  LEFT JOIN staff ap ON ap.id = s.approver_id
  LEFT JOIN customers c ON c.id = s.customer_id
  LEFT JOIN staff vb ON vb.id = s.voided_by
  LEFT JOIN staff va ON va.id = s.void_approver_id
  LEFT JOIN sale_invoices i ON i.sale_id = s.id`;

const LINE_COLUMNS = `line_no, kind, product_id, sku, name, quantity, unit_price_fen, price_override_fen, purity,
  weight_mg, weight_source, weight_reason, gold_rate_fen_per_gram, labor_fee_kind, labor_fee_fen, metal_fen, labor_fen,
  trade_in_deduction_fen_per_gram, trade_in_loss_bp, discount_kind, discount_value, reason, list_fen, gross_fen,
  line_discount_fen, member_discount_fen, order_discount_fen, net_fen, weight_source, weight_reason`;

interface LineRow {
  line_no: number;
  kind: SaleLine['kind'];
  product_id: number | null;
  sku: string | null;
  name: string;
  quantity: number;
  unit_price_fen: number | null;
  price_override_fen: number | null;
  purity: Purity | null;
  weight_mg: number | null;
  weight_source: WeightSource | null;
  weight_reason: string | null;
  gold_rate_fen_per_gram: number | null;
  labor_fee_kind: 'perGram' | 'perPiece' | null;
  labor_fee_fen: number | null;
  metal_fen: number | null;
  labor_fen: number | null;
  trade_in_deduction_fen_per_gram: number | null;
  trade_in_loss_bp: number | null;
  discount_kind: 'percent' | 'amount' | null;
  discount_value: number | null;
  reason: string | null;
  list_fen: number;
  gross_fen: number;
  line_discount_fen: number;
  member_discount_fen: number;
  order_discount_fen: number;
  net_fen: number;
}

function toSaleLine(row: LineRow): SaleLine {
  const value = row.discount_value ?? 0;
  return {
    lineNo: row.line_no,
    kind: row.kind,
    productId: row.product_id,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    unitPriceFen: row.unit_price_fen,
    priceOverrideFen: row.price_override_fen,
    purity: row.purity,
    weightMg: row.weight_mg,
    weightSource: row.weight_source,
    weightReason: row.weight_reason,
    goldRateFenPerGram: row.gold_rate_fen_per_gram,
    laborFee: row.labor_fee_kind === null ? null : { kind: row.labor_fee_kind, fen: row.labor_fee_fen ?? 0 },
    metalFen: row.metal_fen,
    laborFen: row.labor_fen,
    tradeInTerms:
      row.kind === 'tradeIn'
        ? { deductionFenPerGram: row.trade_in_deduction_fen_per_gram ?? 0, lossBp: row.trade_in_loss_bp ?? 0 }
        : null,
    discount:
      row.discount_kind === null
        ? null
        : row.discount_kind === 'percent'
          ? { kind: 'percent', bp: value }
          : { kind: 'amount', fen: value },
    reason: row.reason,
    listFen: row.list_fen,
    grossFen: row.gross_fen,
    lineDiscountFen: row.line_discount_fen,
    memberDiscountFen: row.member_discount_fen,
    orderDiscountFen: row.order_discount_fen,
    netFen: row.net_fen,
  };
}

interface PaymentRow {
  payment_no: number;
  method: Payment['method'];
  amount_fen: number;
  tendered_fen: number | null;
  reference: string | null;
  card_last4: string | null;
  points: number | null;
}

export interface StoredPayment extends Payment {
  paymentNo: number;
}

export function salePayments(db: ReadableDB, saleId: number): StoredPayment[] {
  const rows = query(
    db,
    `SELECT payment_no, method, amount_fen, tendered_fen, reference, card_last4, points
     FROM sale_payments WHERE sale_id = ? ORDER BY payment_no`,
  ).all(saleId) as PaymentRow[];
  return rows.map((row) => ({
    paymentNo: row.payment_no,
    method: row.method,
    amountFen: row.amount_fen,
    tenderedFen: row.tendered_fen,
    reference: row.reference,
    cardLast4: row.card_last4,
    points: row.points,
  }));
}

export function saleLines(db: ReadableDB, saleId: number): SaleLine[] {
  const rows = query(db, `SELECT ${LINE_COLUMNS} FROM sale_lines WHERE sale_id = ? ORDER BY line_no`).all(
    saleId,
  ) as LineRow[];
  return rows.map(toSaleLine);
}

function toSale(db: ReadableDB, row: SaleRow): Sale {
  const person = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });
  return {
    saleId: row.client_id,
    receiptNo: row.receipt_no,
    state: row.state,
    terminalId: row.terminal_id,
    businessDay: row.business_day,
    committedAt: row.committed_at,
    cashier: { id: row.cashier_id, name: row.cashier_name },
    approver: person(row.approver_id, row.approver_name),
    customer:
      row.customer_id === null
        ? null
        : { id: row.customer_id, name: row.customer_name ?? '', phone: row.customer_phone ?? '' },
    lines: saleLines(db, row.id),
    subtotalFen: row.subtotal_fen,
    lineDiscountFen: row.line_discount_fen,
    memberDiscountFen: row.member_discount_fen,
    orderDiscountFen: row.order_discount_fen,
    tradeInFen: row.trade_in_fen,
    totalFen: row.total_fen,
    cashRoundingFen: row.cash_rounding_fen,
    payments: salePayments(db, row.id).map(({ paymentNo: _paymentNo, ...payment }) => payment),
    changeFen: row.change_fen,
    pointsEarned: row.points_earned,
    pointsRedeemed: row.points_redeemed,
    invoice:
      row.invoice_title === null
        ? null
        : { title: row.invoice_title, taxNumber: row.invoice_tax_number, email: row.invoice_email },
    receiptJobId: row.receipt_job_id,
    voided:
      row.voided_at === null
        ? null
        : {
            at: row.voided_at,
            by: { id: row.voided_by as number, name: row.voided_by_name ?? '' },
            approver: person(row.void_approver_id, row.void_approver_name),
            reason: row.void_reason ?? '',
          },
  };
}

export interface SaleKey {
  id: number;
  clientId: string;
  requestHash: string;
  receiptNo: string;
  businessDay: string;
  committedAt: string;
  state: Sale['state'];
  customerId: number | null;
  totalFen: number;
  cashRoundingFen: number;
  changeFen: number;
  pointsEarned: number;
  pointsRedeemed: number;
  /** null for a sale made before shifts were kept */
  shiftId: number | null;
}

/** What a retry, a void or a rating needs to know of a sale, without its lines. */
export function findSaleKey(
  db: ReadableDB,
  by: { clientId: string } | { receiptNo: string },
): SaleKey | undefined {
  const column = 'clientId' in by ? 'client_id' : 'receipt_no';
  return query(
    db,
    `SELECT id, client_id AS clientId, request_hash AS requestHash, receipt_no AS receiptNo,
            business_day AS businessDay, committed_at AS committedAt, state, customer_id AS customerId,
            total_fen AS totalFen, cash_rounding_fen AS cashRoundingFen, change_fen AS changeFen, points_earned AS pointsEarned,
            points_redeemed AS pointsRedeemed, shift_id AS shiftId
     FROM sales WHERE ${column} = ?`,
  ).get('clientId' in by ? by.clientId : by.receiptNo) as SaleKey | undefined;
}

/**
 * Whether goods of the sale came back, or it was paid with an exchange's credit: a void would then reverse money
 * a return already paid back, or that never came in, so only a return can undo it.
 */
export function takenBack(db: ReadableDB, saleId: number): boolean {
  return (
    query(
      db,
      `SELECT 1 FROM returns WHERE sale_id = @saleId
       UNION ALL SELECT 1 FROM sale_payments WHERE sale_id = @saleId AND exchange_credit = 1 LIMIT 1`,
    ).get({ saleId }) !== undefined
  );
}

export function getSaleKey(db: ReadableDB, receiptNo: string): SaleKey {
  const key = findSaleKey(db, { receiptNo });
  if (!key) throw new DomainError('SALE_NOT_FOUND', { receiptNo });
  return key;
}

/** The sale stored under a row id the caller got from this database: a missing row is a fault, not a lookup miss. */
export function getSale(db: ReadableDB, rowId: number): Sale {
  const row = query(db, `${SELECT_SALE} WHERE s.id = ?`).get(rowId) as SaleRow | undefined;
  if (!row) throw new Error(`sale row ${rowId} is missing`);
  return toSale(db, row);
}

/** A member's purchases, newest first, paged back by receipt number. */
export function purchaseHistory(
  db: ReadableDB,
  customerId: number,
  options: { beforeReceiptNo?: string; limit: number },
): PurchaseSummary[] {
  const sales = query(
    db,
    `SELECT id, receipt_no AS receiptNo, committed_at AS committedAt, state, total_fen AS totalFen,
            points_earned AS pointsEarned
     FROM sales
     WHERE customer_id = @customerId
       AND id < coalesce((SELECT id FROM sales WHERE receipt_no = @before), 9223372036854775807)
     ORDER BY id DESC LIMIT @limit`,
  ).all({ customerId, before: options.beforeReceiptNo ?? null, limit: options.limit }) as (Omit<
    PurchaseSummary,
    'items'
  > & { id: number })[];
  return sales.map(({ id, ...sale }) => ({
    ...sale,
    items: query(
      db,
      'SELECT name, quantity, net_fen AS netFen FROM sale_lines WHERE sale_id = ? ORDER BY line_no',
    ).all(id) as PurchaseSummary['items'],
  }));
}

/** The customer's rating of a sale; a second rating replaces the first. */
export function saveRating(
  db: WritableDB,
  saleId: number,
  rating: { rating: number; comment: string | null },
  now: Date,
): void {
  statement(
    db,
    `INSERT INTO sale_ratings (sale_id, rating, comment, rated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (sale_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
       rated_at = excluded.rated_at`,
  ).run(saleId, rating.rating, rating.comment, now.toISOString());
}

export function markVoided(
  db: WritableDB,
  saleId: number,
  void_: { at: Date; by: number; approverId: number | null; reason: string },
): void {
  statement(
    db,
    `UPDATE sales SET state = 'voided', voided_at = ?, voided_by = ?, void_approver_id = ?, void_reason = ?
     WHERE id = ?`,
  ).run(void_.at.toISOString(), void_.by, void_.approverId, void_.reason, saleId);
}

/**
 * The sales whose receipt numbers start with `prefix` (a terminal and its business day: `T01-20261123-`),
 * newest first. The range over receipt_no uses its unique index (sales have no index by terminal and day).
 */
export function todaysSales(db: ReadableDB, prefix: string): SaleSummary[] {
  return query(
    db,
    `SELECT s.receipt_no AS receiptNo, s.committed_at AS committedAt, s.state, cs.name AS cashierName,
            c.name AS customerName, s.total_fen AS totalFen,
            (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) AS lineCount,
            (${RECEIPT_JOB}) AS receiptJobId
     FROM sales s
     JOIN staff cs ON cs.id = s.cashier_id
     LEFT JOIN customers c ON c.id = s.customer_id
     WHERE s.receipt_no > ? AND s.receipt_no < ?
     ORDER BY s.id DESC LIMIT 500`,
  ).all(prefix, `${prefix}\uffff`) as SaleSummary[];
}
