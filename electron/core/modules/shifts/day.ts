import type { ShiftDay } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { expectedAmounts } from '../../../../shared/domain/shift';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { lastCloseCount } from './repo';
import { shiftTenderEvents } from './sources';
import { query, statement, type ReadableDB } from '../../db/statements';

type DayShift = ShiftDay['shifts'][number];

const CSV_COLUMNS: [string, (s: DayShift) => string | number | null][] = [
  ['营业日', () => null],
  ['收银台', (s) => s.terminalId],
  ['班次', (s) => s.shiftId],
  ['Z号', (s) => s.zNo],
  ['开班人', (s) => s.openedBy],
  ['开班时间', (s) => s.openedAt],
  ['结班时间', (s) => s.closedAt],
  ['销售笔数', (s) => s.salesCount],
  ['销售金额', (s) => formatYuan(s.salesFen)],
  ['应有现金', (s) => formatYuan(s.cashExpectedFen)],
  ['实点现金', (s) => (s.cashCountedFen === null ? null : formatYuan(s.cashCountedFen))],
  ['长短款', (s) => (s.overShortFen === null ? null : formatYuan(s.overShortFen))],
  ['留存备用金', (s) => (s.leftInFen === null ? null : formatYuan(s.leftInFen))],
  ['解缴金额', (s) => (s.depositFen === null ? null : formatYuan(s.depositFen))],
];

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One row per shift and a total row; UTF-8 with a BOM so spreadsheet programs read the Chinese. */
function dayCsv(day: string, shifts: readonly DayShift[]): string {
  const sum = (pick: (s: DayShift) => number | null): number =>
    shifts.reduce((t, s) => t + (pick(s) ?? 0), 0);
  const rows = shifts.map((s) => CSV_COLUMNS.map(([, cell], i) => (i === 0 ? day : cell(s))));
  const total: (string | number | null)[] = CSV_COLUMNS.map(() => null);
  total[0] = day;
  total[1] = '合计';
  total[7] = sum((s) => s.salesCount);
  total[8] = formatYuan(sum((s) => s.salesFen));
  total[13] = formatYuan(sum((s) => s.depositFen));
  return `\uFEFF${[CSV_COLUMNS.map(([name]) => name), ...rows, total].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Every shift of a business day across the terminals of this database, with its close figures. */
export function daySummary(db: ReadableDB, day: string): ShiftDay {
  const rows = query(
    db,
    `SELECT s.id AS shiftId, s.terminal_id AS terminalId, s.closed_at AS closedAt, s.opened_at AS openedAt,
            o.name AS openedBy, z.z_no AS zNo, s.left_in_fen AS leftInFen, s.deposit_fen AS depositFen,
            (SELECT count(*) FROM sales WHERE shift_id = s.id) AS salesCount,
            (SELECT coalesce(sum(total_fen), 0) FROM sales WHERE shift_id = s.id) AS salesFen
     FROM shifts s JOIN staff o ON o.id = s.opened_by LEFT JOIN z_reports z ON z.shift_id = s.id
     WHERE s.business_day = ? ORDER BY s.terminal_id, s.id`,
  ).all(day) as Omit<DayShift, 'state' | 'cashExpectedFen' | 'cashCountedFen' | 'overShortFen'>[];
  const shifts = rows.map((row): DayShift => {
    const cashExpectedFen = expectedAmounts(shiftTenderEvents(db, row.shiftId)).cash.expectedFen;
    const counted =
      row.closedAt === null
        ? null
        : (lastCloseCount(db, row.shiftId)?.tenders.find((t) => t.method === 'cash') ?? null);
    return {
      ...row,
      state: row.closedAt === null ? 'open' : 'closed',
      cashExpectedFen,
      cashCountedFen: counted?.countedFen ?? null,
      overShortFen: counted ? counted.countedFen - counted.expectedFen : null,
    };
  });
  const closed = query(
    db,
    `SELECT d.closed_at AS at, s.name AS by FROM business_day_closes d JOIN staff s ON s.id = d.closed_by
     WHERE d.business_day = ?`,
  ).get(day) as { at: string; by: string } | undefined;
  return { businessDay: day, closed: closed ?? null, shifts, csv: dayCsv(day, shifts) };
}

export function assertDayOpen(db: ReadableDB, day: string): void {
  const closed = query(db, 'SELECT 1 FROM business_day_closes WHERE business_day = ?').get(day);
  if (closed) throw new DomainError('BUSINESS_DAY_CLOSED', { businessDay: day });
}

/** 日结: once every shift of the day is closed, the day's summary is kept and journaled. */
export function closeBusinessDay(ctx: HandlerContext, day: string): ShiftDay {
  assertDayOpen(ctx.db, day);
  const summary = daySummary(ctx.db, day);
  const open = summary.shifts.filter((s) => s.state === 'open').length;
  if (open > 0) throw new DomainError('BUSINESS_DAY_SHIFTS_OPEN', { businessDay: day, count: open });
  statement(
    ctx.db,
    'INSERT INTO business_day_closes (business_day, closed_at, closed_by, summary) VALUES (?, ?, ?, ?)',
  ).run(day, ctx.now.toISOString(), actorOf(ctx).id, JSON.stringify(summary.shifts));
  ctx.journal('businessDay.closed', {
    businessDay: day,
    shifts: summary.shifts.map((s) => s.shiftId),
    salesFen: summary.shifts.reduce((t, s) => t + s.salesFen, 0),
    depositFen: summary.shifts.reduce((t, s) => t + (s.depositFen ?? 0), 0),
  });
  return daySummary(ctx.db, day);
}
