import { expectedAmounts, TENDER_METHODS, type TenderEvent } from '../../../../shared/domain/shift';
import type { ShiftReportData } from '../../../../shared/print/shift-report-data';
import { previewData } from '../../../../shared/print/preview';
import { currentContext } from '../../printing';
import { getShift, lastCloseCount } from './repo';
import { shiftTenderEvents } from './sources';
import { query, type ReadableDB } from '../../db/statements';

// The figures of an X or Z report, read from the shift's records. An X report is this at any moment of an
// open shift; a Z report is this at close, stored as printed.

type Report = ShiftReportData;

function salesFigures(db: ReadableDB, shiftId: number) {
  const sales = query(
    db,
    `SELECT count(*) AS count, coalesce(sum(total_fen), 0) AS amountFen,
            count(*) FILTER (WHERE line_discount_fen + member_discount_fen + order_discount_fen > 0) AS discounted,
            coalesce(sum(line_discount_fen + member_discount_fen + order_discount_fen), 0) AS discountFen,
            count(*) FILTER (WHERE approver_id IS NOT NULL) AS approved,
            count(*) FILTER (WHERE trade_in_fen > 0) AS tradeIns, coalesce(sum(trade_in_fen), 0) AS tradeInFen,
            count(*) FILTER (WHERE total_fen < 0) AS payouts, coalesce(sum(-total_fen) FILTER (WHERE total_fen < 0), 0) AS payoutFen,
            count(*) FILTER (WHERE cash_rounding_fen <> 0 AND state <> 'voided') AS rounded,
            coalesce(sum(cash_rounding_fen) FILTER (WHERE state <> 'voided'), 0) AS roundingFen
     FROM sales WHERE shift_id = ?`,
  ).get(shiftId) as Record<
    | 'count'
    | 'amountFen'
    | 'discounted'
    | 'discountFen'
    | 'approved'
    | 'tradeIns'
    | 'tradeInFen'
    | 'payouts'
    | 'payoutFen'
    | 'rounded'
    | 'roundingFen',
    number
  >;
  const lines = query(
    db,
    `SELECT count(*) FILTER (WHERE l.price_override_fen IS NOT NULL) AS overrides,
            coalesce(sum(l.weight_mg) FILTER (WHERE l.kind = 'tradeIn'), 0) AS tradeInMg
     FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.shift_id = ?`,
  ).get(shiftId) as { overrides: number; tradeInMg: number };
  // a void belongs to the shift that paid the money back
  const voids = query(
    db,
    `SELECT count(*) AS count, coalesce(sum(total_fen), 0) AS amountFen FROM sales
     WHERE id IN (SELECT sale_id FROM sale_payments WHERE shift_id = ? AND reverses_no IS NOT NULL)`,
  ).get(shiftId) as { count: number; amountFen: number };
  // a return too belongs to the shift that paid it out, whichever shift made the sale
  const returns = query(
    db,
    `SELECT count(*) AS count, coalesce(sum(refund_fen), 0) AS amountFen FROM returns
     WHERE shift_id = ? AND kind = 'return'`,
  ).get(shiftId) as { count: number; amountFen: number };
  // money paid back per tender; an exchange's shares that went into its new sale are its credit instead
  const returnTenders = query(
    db,
    `SELECT f.method, sum(-f.amount_fen) AS amountFen FROM return_refunds f JOIN returns r ON r.id = f.return_id
     WHERE f.shift_id = ? AND r.kind = 'return' AND f.applied = 0 GROUP BY f.method ORDER BY f.method`,
  ).all(shiftId) as Report['returns']['byTender'];
  // exchanges: the returned goods (counted with the returns) paying for a new sale (counted with the sales)
  const exchanges = query(
    db,
    `SELECT count(*) AS count, coalesce(sum(r.refund_fen), 0) AS returnedFen,
            coalesce(sum(s.total_fen), 0) AS soldFen,
            coalesce(sum((SELECT sum(-f.amount_fen) FROM return_refunds f WHERE f.return_id = r.id AND f.applied = 1)), 0)
              AS creditFen
     FROM returns r JOIN sales s ON s.id = r.exchange_sale_id WHERE r.shift_id = ?`,
  ).get(shiftId) as Report['exchanges'];
  const byCategory = query(
    db,
    `SELECT coalesce(c.name, '未分类') AS category, sum(l.quantity) AS quantity, sum(l.net_fen) AS amountFen
     FROM sales s JOIN sale_lines l ON l.sale_id = s.id
     LEFT JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id
     WHERE s.shift_id = ? AND l.kind <> 'tradeIn' AND s.state <> 'voided'
     GROUP BY category ORDER BY amountFen DESC, category`,
  ).all(shiftId) as Report['byCategory'];
  return {
    sales: { count: sales.count, amountFen: sales.amountFen },
    voids,
    returns: { ...returns, byTender: returnTenders },
    exchanges,
    byCategory,
    discounts: { count: sales.discounted, amountFen: sales.discountFen },
    overrides: { priceOverrides: lines.overrides, approvedSales: sales.approved },
    tradeIns: {
      count: sales.tradeIns,
      weightMg: lines.tradeInMg,
      amountFen: sales.tradeInFen,
      payout: { count: sales.payouts, amountFen: sales.payoutFen },
    },
    cashRounding: { count: sales.rounded, amountFen: sales.roundingFen },
  };
}

/** Money per tender and per source; cash taken is net of the change given back. */
function moneyFigures(events: readonly TenderEvent[]): Pick<Report, 'byTender' | 'bySource'> {
  const byTender = new Map(TENDER_METHODS.map((m) => [m, { method: m, receivedFen: 0, refundedFen: 0 }]));
  const bySource = new Map<string, { source: string; receivedFen: number; refundedFen: number }>();
  const source = (name: string) => {
    const entry = bySource.get(name) ?? { source: name, receivedFen: 0, refundedFen: 0 };
    bySource.set(name, entry);
    return entry;
  };
  for (const e of events) {
    if (e.kind === 'received' || e.kind === 'refunded') {
      const field = e.kind === 'received' ? 'receivedFen' : 'refundedFen';
      (byTender.get(e.method) as { receivedFen: number; refundedFen: number })[field] += e.amountFen;
      source(e.source)[field] += e.amountFen;
    } else if (e.kind === 'changeGiven') {
      (byTender.get('cash') as { receivedFen: number }).receivedFen -= e.amountFen;
      source(e.source).receivedFen -= e.amountFen;
    }
  }
  return {
    byTender: [...byTender.values()].filter((t) => t.receivedFen !== 0 || t.refundedFen !== 0),
    bySource: [...bySource.values()].filter((s) => s.receivedFen !== 0 || s.refundedFen !== 0),
  };
}

interface EventRow {
  kind: string;
  at: string;
  amountFen: number;
  by: string;
  to: string | null;
  reason: string | null;
  note: string | null;
  countedFen: number | null;
  expectedFen: number | null;
}

function drawerFigures(db: ReadableDB, shiftId: number) {
  const events = query(
    db,
    `SELECT e.kind, e.at, e.amount_fen AS amountFen, a.name AS by, t.name AS "to", e.reason, e.note,
            c.cash_fen AS countedFen, c.expected_cash_fen AS expectedFen
     FROM shift_events e JOIN staff a ON a.id = e.actor_id LEFT JOIN staff t ON t.id = e.to_staff_id
     LEFT JOIN shift_counts c ON c.id = e.count_id
     WHERE e.shift_id = ? ORDER BY e.id`,
  ).all(shiftId) as EventRow[];
  const cashLines = (kind: string) =>
    events
      .filter((e) => e.kind === kind)
      .map(({ at, amountFen, by, reason, note }) => ({ at, amountFen, by, reason, note }));
  const counts = query(
    db,
    `SELECT c.kind, c.at, s.name AS by, t.name AS "to", c.cash_fen AS countedFen, c.expected_cash_fen AS expectedFen
     FROM shift_counts c JOIN staff s ON s.id = c.counted_by
     LEFT JOIN shift_events e ON e.count_id = c.id AND e.kind = 'handover' LEFT JOIN staff t ON t.id = e.to_staff_id
     WHERE c.shift_id = ? AND c.kind IN ('midday', 'handover') ORDER BY c.id`,
  ).all(shiftId) as Report['counts'];
  return {
    paidIns: cashLines('paidIn'),
    paidOuts: cashLines('paidOut'),
    safeDrops: cashLines('safeDrop'),
    noSales: events
      .filter((e) => e.kind === 'noSale')
      .map(({ at, by, reason }) => ({ at, by, reason: reason ?? '' })),
    counts,
  };
}

function goldRatesOf(db: ReadableDB, day: string): Report['goldRates'] {
  return query(
    db,
    `SELECT purity, sell_fen_per_gram AS sellFenPerGram, buy_back_fen_per_gram AS buyBackFenPerGram, set_at AS setAt
     FROM gold_rates WHERE business_day = ? ORDER BY id`,
  ).all(day) as Report['goldRates'];
}

/**
 * The journal rows from the shift's opening to now: the range the report vouches for, and its last hash.
 * The opening is looked for only after the terminal's previous Z report, so a years-long journal is not read.
 */
function journalRange(db: ReadableDB, shiftId: number): Report['journal'] {
  const firstSeq = query(
    db,
    `SELECT seq FROM journal
     WHERE seq > coalesce((SELECT json_extract(z.report, '$.journal.lastSeq') FROM z_reports z
                           JOIN shifts p ON p.id = z.shift_id JOIN shifts s ON s.id = @shiftId
                           WHERE p.terminal_id = s.terminal_id AND p.id < s.id ORDER BY z.z_no DESC LIMIT 1), 0)
       AND type = 'shift.opened' AND json_extract(payload, '$.shiftId') = @shiftId`,
  )
    .pluck()
    .get({ shiftId }) as number;
  const last = query(db, 'SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as {
    seq: number;
    hash: string;
  };
  return { firstSeq, lastSeq: last.seq, lastHash: last.hash };
}

interface CloseDetails {
  zNo: number;
  reason: string | null;
  approver: string | null;
  leftInFen: number;
  depositFen: number;
}

/** An X report (no `close`) or the Z report of a shift being closed. */
export function shiftReport(
  db: ReadableDB,
  shiftId: number,
  printedAt: string,
  close?: CloseDetails,
): Report {
  const shift = getShift(db, shiftId);
  const events = shiftTenderEvents(db, shiftId);
  const expected = expectedAmounts(events);
  const count = close ? lastCloseCount(db, shiftId) : undefined;
  const expectedOf = (method: string): number =>
    method === 'cash'
      ? expected.cash.expectedFen
      : (expected.tenders.find((t) => t.method === method)?.expectedFen ?? 0);
  return {
    kind: close ? 'Z' : 'X',
    zNo: close?.zNo ?? null,
    shiftId,
    terminalId: shift.terminalId,
    businessDay: shift.businessDay,
    openedAt: shift.openedAt,
    openedBy: shift.openedBy.name,
    holder: shift.holder.name,
    closedAt: shift.closedAt,
    closedBy: shift.closedBy?.name ?? null,
    printedAt,
    ...salesFigures(db, shiftId),
    ...moneyFigures(events),
    cash: expected.cash,
    ...drawerFigures(db, shiftId),
    tenders: (['cash', 'bankCard', 'wechat', 'alipay'] as const).map((method) => ({
      method,
      expectedFen: expectedOf(method),
      countedFen: count?.tenders.find((t) => t.method === method)?.countedFen ?? null,
    })),
    denominations: count?.denominations ?? [],
    overShortReason: close?.reason ?? null,
    approver: close?.approver ?? null,
    leftInFen: close?.leftInFen ?? null,
    depositFen: close?.depositFen ?? null,
    goldRates: goldRatesOf(db, shift.businessDay),
    journal: journalRange(db, shiftId),
  };
}

/** The report as it prints on 80 mm paper, for the screen: HTML and the paper's text. */
export function reportPreview(db: ReadableDB, report: Report): { html: string; text: string } {
  const { html, text } = previewData(
    report.kind === 'Z' ? 'zReport' : 'xReport',
    report,
    '80mm',
    currentContext(db, false),
  );
  return { html, text: text ?? '' };
}
