import { z } from 'zod';
import { DENOMINATIONS_FEN, SETTLED_TENDERS } from '../domain/shift';
import { ShiftReportData } from '../print/shift-report-data';
import { Fen } from './catalog';
import { channel } from './channel';
import { Empty, Id, Instant, Pin, withoutCardNumber } from './common';
import { StaffRef } from './staff';

// Shifts (班次) and close of day: the float, cash in and out of the drawer, counts, the blind close, X/Z reports.

const Note = withoutCardNumber(z.string().trim().max(200)).nullable().default(null);
const Reason = withoutCardNumber(z.string().trim().min(1).max(40));
const Day = z.iso.date();

/** A signed closure (see the journal): the chain's head and the perpetual totals, signed with the terminal's key. */
export const SignedClosure = z.object({
  closureNo: Id,
  kind: z.enum(['day', 'month', 'year']),
  period: z.string(),
  headSeq: Id,
  headHash: z.string(),
  keyId: z.string(),
});
export type SignedClosure = z.infer<typeof SignedClosure>;

export const DenominationCount = z.object({
  denominationFen: z.literal([...DENOMINATIONS_FEN]),
  quantity: z.number().int().min(0).max(100_000),
});
export type DenominationCount = z.infer<typeof DenominationCount>;

/** A drawer counted by denomination; a denomination left out counts as none. */
export const CashCount = z
  .array(DenominationCount)
  .max(DENOMINATIONS_FEN.length)
  .refine((counts) => new Set(counts.map((c) => c.denominationFen)).size === counts.length, {
    message: 'each denomination once',
  });

export const Shift = z.object({
  id: z.number().int().positive(),
  terminalId: z.string(),
  businessDay: z.string(),
  state: z.enum(['open', 'closed']),
  openedAt: Instant,
  openedBy: StaffRef,
  /** Who answers for the drawer now (a handover passes it on). */
  holder: StaffRef,
  floatFen: Fen,
  /** What the terminal's previous close left in the drawer; null for its first shift. */
  previousLeftInFen: Fen.nullable(),
  /** Counted float − previous left-in; null for the first shift. */
  floatDifferenceFen: z.number().int().nullable(),
  closedAt: Instant.nullable(),
  closedBy: StaffRef.nullable(),
});
export type Shift = z.infer<typeof Shift>;

export const ShiftSettings = z.object({
  /** An over/short beyond this at close needs a reason and a manager's approval (fen; ￥10 = 1000). */
  overShortThresholdFen: Fen.max(10_000_000),
  paidInReasons: z.array(Reason).min(1).max(20),
  paidOutReasons: z.array(Reason).min(1).max(20),
  /** Whether the drawer holds fen coins (5, 2, 1 fen); without, counts stop at the jiao. */
  fenCoins: z.boolean().default(false),
});
export type ShiftSettings = z.infer<typeof ShiftSettings>;

/** Expected, counted and over/short of one tender at close (or at a mid-day count or handover, cash only). */
export const TenderCount = z.object({
  method: z.enum(['cash', ...SETTLED_TENDERS]),
  expectedFen: z.number().int(),
  countedFen: Fen,
  overShortFen: z.number().int(),
});
export type TenderCount = z.infer<typeof TenderCount>;

/** What a count found: the figures are shown only after the count is on record. */
export const CountResult = z.object({
  countId: Id,
  tenders: z.array(TenderCount),
  /** Whether the largest over/short is beyond the threshold: closing then needs a reason and approval. */
  beyondThreshold: z.boolean(),
  thresholdFen: Fen,
});
export type CountResult = z.infer<typeof CountResult>;

export const ShiftDay = z.object({
  businessDay: Day,
  closed: z.object({ at: Instant, by: z.string() }).nullable(),
  shifts: z.array(
    z.object({
      shiftId: Id,
      terminalId: z.string(),
      state: z.enum(['open', 'closed']),
      openedBy: z.string(),
      openedAt: Instant,
      closedAt: Instant.nullable(),
      zNo: z.number().int().nullable(),
      salesCount: z.number().int(),
      salesFen: z.number().int(),
      cashExpectedFen: z.number().int(),
      cashCountedFen: z.number().int().nullable(),
      overShortFen: z.number().int().nullable(),
      depositFen: Fen.nullable(),
      leftInFen: Fen.nullable(),
    }),
  ),
  /** The day summary as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese). */
  csv: z.string(),
});
export type ShiftDay = z.infer<typeof ShiftDay>;

/** A report with its 80 mm preview, as the screen shows it. */
const Previewed = { report: ShiftReportData, preview: z.object({ html: z.string(), text: z.string() }) };

export const shiftsChannels = {
  /** Opens this terminal's shift with the float counted by denomination, compared with the previous left-in. */
  'shifts.open': channel({
    input: z.object({ counts: CashCount, note: Note }),
    output: Shift,
    access: 'shifts.drawer',
    write: true,
  }),
  /** This terminal's open shift, or null. */
  'shifts.current': channel({ input: Empty, output: Shift.nullable(), access: 'signedIn', write: false }),
  'shifts.settings': channel({ input: Empty, output: ShiftSettings, access: 'signedIn', write: false }),
  'shifts.saveSettings': channel({
    input: ShiftSettings,
    output: ShiftSettings,
    access: 'settings.manage',
    write: true,
  }),
  /** 收款 / 付款: cash put in or taken out of the drawer for a listed reason; prints a slip. */
  'shifts.cashMovement': channel({
    input: z.object({
      kind: z.enum(['paidIn', 'paidOut']),
      amountFen: Fen.positive().max(100_000_000),
      reason: Reason,
      note: Note,
    }),
    output: z.object({ eventId: Id, slipJobId: Id.nullable() }),
    access: 'shifts.cashMovement',
    write: true,
  }),
  /** 中途点钞: counts the drawer (blind), optionally takes cash to the safe (存入保险柜). */
  'shifts.midDayCount': channel({
    input: z.object({ counts: CashCount, safeDropFen: Fen.max(100_000_000).default(0), note: Note }),
    output: CountResult,
    access: 'shifts.drawer',
    write: true,
  }),
  /** 交接班: the drawer passes to another cashier with a count; the incoming cashier's PIN confirms it. */
  'shifts.handover': channel({
    input: z.object({ counts: CashCount, toStaffId: Id, toPin: Pin, note: Note }),
    output: z.object({ shift: Shift, count: CountResult }),
    access: 'shifts.drawer',
    write: true,
  }),
  /**
   * 结班盲点: the cashier's count of cash by denomination and the settlement totals of the card terminal,
   * WeChat Pay and Alipay, recorded before any expected figure is shown; the answer shows them.
   */
  'shifts.closeCount': channel({
    input: z.object({
      counts: CashCount,
      settled: z.object({ bankCard: Fen, wechat: Fen, alipay: Fen }),
    }),
    output: CountResult,
    access: 'shifts.drawer',
    write: true,
  }),
  /**
   * Closes the shift on its last close count: the reason for the over/short (needed, with a manager's
   * approval, beyond the threshold), the cash left in the drawer for the next shift; the rest is the deposit.
   * Prints the Z report and locks the shift.
   */
  'shifts.close': channel({
    input: z.object({
      reason: withoutCardNumber(z.string().trim().min(1).max(200)).nullable().default(null),
      leftInFen: Fen,
    }),
    output: z.object({ shift: Shift, ...Previewed, zJobId: Id }),
    access: 'shifts.drawer',
    write: true,
    approvals: ['shifts.approveOverShort'],
  }),
  /** The X report of this terminal's open shift (nothing recorded), printed when `print`. */
  'shifts.xReport': channel({
    input: z.object({ print: z.boolean().default(false) }),
    output: z.object({ ...Previewed, jobId: Id.nullable() }),
    access: 'shifts.drawer',
    write: true,
  }),
  /** A Z report as it was printed at close. */
  'shifts.zReport': channel({
    input: z.object({ zNo: Id }),
    output: z.object(Previewed),
    access: 'shifts.drawer',
    write: false,
  }),
  /** Every shift of a business day across the terminals of this database, and its CSV summary. */
  'shifts.day': channel({
    input: z.object({ businessDay: Day }),
    output: ShiftDay,
    access: 'shifts.closeDay',
    write: false,
  }),
  /** 日结: closes the business day once all its shifts are closed; the summary is kept. */
  'shifts.closeDay': channel({
    input: z.object({ businessDay: Day }),
    output: ShiftDay,
    access: 'shifts.closeDay',
    write: true,
  }),
  /**
   * 月结/年结: signs a closure for each month and year that has ended and is not closed yet (the first Z
   * report of a new month does the same by itself). None before the first Z report.
   */
  'shifts.closePeriods': channel({
    input: Empty,
    output: z.array(SignedClosure),
    access: 'shifts.closeDay',
    write: true,
  }),
};
