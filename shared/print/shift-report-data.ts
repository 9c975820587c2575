import { z } from 'zod';
import { DENOMINATIONS_FEN, SETTLED_TENDERS, TENDER_METHODS } from '../domain/shift';

// What an X or Z report holds, in fen and mg. Kept apart from the template (like document-types.ts) so the
// contract, which answers with a report, does not carry template code.

const Signed = z.number().int();
const Fen = z.number().int().nonnegative();
const Count = z.number().int().nonnegative();
const Name = z.string().min(1).max(40);
const At = z.iso.datetime();

const CashLine = z.object({
  at: At,
  amountFen: Fen,
  by: Name,
  reason: z.string().nullable(),
  note: z.string().nullable(),
});

export const ShiftReportData = z.object({
  kind: z.enum(['X', 'Z']),
  /** The Z number; null on an X report. */
  zNo: z.number().int().positive().nullable(),
  shiftId: z.number().int().positive(),
  terminalId: z.string().min(1).max(8),
  businessDay: z.iso.date(),
  openedAt: At,
  openedBy: Name,
  holder: Name,
  closedAt: At.nullable(),
  closedBy: Name.nullable(),
  printedAt: At,
  sales: z.object({ count: Count, amountFen: Signed }),
  /** Negative for a voided trade-in that had paid the customer out. */
  voids: z.object({ count: Count, amountFen: Signed }),
  /** Returns paid out in this shift (of sales from any shift), per tender. Reports stored before them had none. */
  returns: z
    .object({
      count: Count,
      amountFen: Fen,
      byTender: z.array(z.object({ method: z.enum(TENDER_METHODS), amountFen: Fen })),
    })
    .default({ count: 0, amountFen: 0, byTender: [] }),
  /**
   * Exchanges made in this shift: the returned goods' value (within the returns above), the new sales' total
   * (within the sales) and the credit the one gave the other; what was paid or paid back is in the money figures.
   */
  exchanges: z
    .object({ count: Count, returnedFen: Fen, soldFen: Signed, creditFen: Fen })
    .default({ count: 0, returnedFen: 0, soldFen: 0, creditFen: 0 }),
  /** Money taken and paid back per tender, every source together. */
  byTender: z.array(z.object({ method: z.enum(TENDER_METHODS), receivedFen: Fen, refundedFen: Fen })),
  /** The same by where it came from: sales, repair deposits and balances … */
  bySource: z.array(z.object({ source: z.string(), receivedFen: Fen, refundedFen: Fen })),
  byCategory: z.array(z.object({ category: z.string(), quantity: Count, amountFen: Signed })),
  discounts: z.object({ count: Count, amountFen: Fen }),
  /** Price overrides given, and sales a manager approved (discounts beyond the cashier's limit). */
  overrides: z.object({ priceOverrides: Count, approvedSales: Count }),
  tradeIns: z.object({
    count: Count,
    weightMg: Count,
    amountFen: Fen,
    /** Trade-ins worth more than their goods: the difference paid to the customers in cash. */
    payout: z.object({ count: Count, amountFen: Fen }).default({ count: 0, amountFen: 0 }),
  }),
  /** 抹零 on the cash part of sales not voided; negative when rounded down. Reports stored before it had none. */
  cashRounding: z.object({ count: Count, amountFen: Signed }).default({ count: 0, amountFen: 0 }),
  cash: z.object({
    floatFen: Fen,
    receivedFen: Fen,
    changeFen: Fen,
    refundedFen: Fen,
    paidInFen: Fen,
    paidOutFen: Fen,
    safeDropFen: Fen,
    expectedFen: Signed,
  }),
  paidIns: z.array(CashLine),
  paidOuts: z.array(CashLine),
  safeDrops: z.array(CashLine),
  noSales: z.array(z.object({ at: At, by: Name, reason: z.string() })),
  /** Mid-day counts and handovers, each with what was expected at that moment. */
  counts: z.array(
    z.object({
      kind: z.enum(['midday', 'handover']),
      at: At,
      by: Name,
      to: Name.nullable(),
      countedFen: Fen,
      expectedFen: Signed,
    }),
  ),
  /** Expected per tender; counted once the close count is made (null on an X report before it). */
  tenders: z.array(
    z.object({
      method: z.enum(['cash', ...SETTLED_TENDERS]),
      expectedFen: Signed,
      countedFen: Fen.nullable(),
    }),
  ),
  denominations: z.array(z.object({ denominationFen: z.literal([...DENOMINATIONS_FEN]), quantity: Count })),
  overShortReason: z.string().nullable(),
  approver: Name.nullable(),
  leftInFen: Fen.nullable(),
  depositFen: Fen.nullable(),
  goldRates: z.array(
    z.object({ purity: z.string(), sellFenPerGram: Fen, buyBackFenPerGram: Fen.nullable(), setAt: At }),
  ),
  journal: z.object({ firstSeq: Count, lastSeq: Count, lastHash: z.string() }),
  /**
   * The signed closure a Z report makes: the head it signs (the journal's last row above) and the key's id.
   * Printed, the paper anchors the chain. Absent on X reports and on Z reports made before closures.
   */
  closure: z
    .object({ closureNo: Count, headSeq: Count, headHash: z.string(), keyId: z.string() })
    .nullable()
    .optional(),
});
export type ShiftReportData = z.output<typeof ShiftReportData>;
