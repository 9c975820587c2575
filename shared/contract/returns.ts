import { z } from 'zod';
import { REFUND_POOLS, RETURN_DECISIONS, RETURN_REASONS } from '../domain/returns';
import { TENDER_METHODS } from '../domain/shift';
import { Fen, Milligrams, PuritySchema, Quantity } from './catalog';
import { Cart, Payment, SaleLine, Seller, Tender } from './sales';
import { channel } from './channel';
import { Empty, Id, Instant, PaymentReference, withoutCardNumber } from './common';

// Returns (退货) against a receipt: find the sale, quote what applies and what goes back to which tender,
// commit it in one transaction. The policy per category is the manager's.

const Days = z.number().int().min(0).max(3650);
const Reason = withoutCardNumber(z.string().trim().min(1).max(200));
const Note = withoutCardNumber(z.string().trim().max(200));
const Count = z.number().int().nonnegative();

export const CategoryPolicy = z.object({
  returnDays: Days,
  exchangeDays: Days,
  returnable: z.boolean(),
});

export const ReturnPolicy = z.object({
  /** Categories the store has not named. */
  standard: CategoryPolicy,
  /** By category name (黄金, 定制, 耳饰 …). */
  categories: z.array(CategoryPolicy.extend({ category: z.string().trim().min(1).max(40) })).max(200),
});
export type ReturnPolicy = z.infer<typeof ReturnPolicy>;

/** One sale line as the return screen lists it. */
export const ReturnableLine = z.object({
  lineNo: z.number().int().positive(),
  productId: Id,
  name: z.string(),
  sku: z.string().nullable(),
  category: z.string().nullable(),
  purity: PuritySchema.nullable(),
  serialized: z.boolean(),
  weighed: z.boolean(),
  soldWeightMg: Milligrams.nullable(),
  certificateNo: z.string().nullable(),
  quantity: z.number().int().positive(),
  returnedQuantity: Count,
  /** 0: fully returned, it cannot be chosen. */
  returnableQuantity: Count,
  netFen: z.number().int(),
});

export const ReturnableSale = z.object({
  receiptNo: z.string(),
  businessDay: z.iso.date(),
  /** Whole days from the sale's business day to today's, in the store's time zone. */
  daysSinceSale: Count,
  customer: z.object({ id: Id, name: z.string(), points: z.number().int() }).nullable(),
  lines: z.array(ReturnableLine),
  payments: z.array(z.object({ method: z.enum(TENDER_METHODS), paidFen: Fen, refundedFen: Fen })),
});
export type ReturnableSale = z.infer<typeof ReturnableSale>;

export const ReturnLineInput = z
  .object({
    lineNo: z.number().int().positive(),
    quantity: Quantity.default(1),
    /** The scale's reading of a weighed piece, compared with its sold weight within the QC tolerance. */
    weightMg: Milligrams.nullable().default(null),
    tagIntact: z.boolean(),
    /** Whether the certificate came back; asked only of pieces sold with one. */
    certificatePresent: z.boolean().default(true),
    /** Visible damage, described; null when none. */
    damage: Reason.nullable().default(null),
    reason: z.enum(RETURN_REASONS),
    reasonText: Reason.nullable().default(null),
    decision: z.enum(RETURN_DECISIONS),
  })
  .refine((line) => line.reason !== 'other' || line.reasonText !== null, {
    message: 'reason “other” needs its text',
    path: ['reasonText'],
  });
export type ReturnLineInput = z.input<typeof ReturnLineInput>;

/** The refund made on the card terminal or in the wallet app, named by its reference. */
const ExternalReference = z.object({
  method: z.enum(['bankCard', 'wechat', 'alipay']),
  reference: PaymentReference,
});

const ReturnRequest = z.object({
  receiptNo: z.string().trim().min(1).max(40),
  lines: z.array(ReturnLineInput).min(1).max(100),
  /** Back to the tenders that paid (the default), or, if the member chooses, as store credit. */
  refundAs: z.enum(['tenders', 'storeCredit']).default('tenders'),
});

export const InspectionFailure = z.enum([
  'tagBroken',
  'certificateMissing',
  'weightBeyondTolerance',
  'damaged',
]);

export const QuotedLine = z.object({
  lineNo: z.number().int().positive(),
  name: z.string(),
  quantity: z.number().int().positive(),
  rule: z.enum(['refund', 'buyBack']),
  why: z.enum(['withinWindow', 'goldOutsideWindow', 'outsideWindow']),
  /** The rule in the cashier's words (zh-CN). */
  explanation: z.string(),
  /** What the customer paid for these units. */
  valueFen: Fen,
  /** What they get back for them: the value, or the buy-back price. */
  amountFen: Fen,
  buyBackFenPerGram: Fen.nullable(),
  weightDiffMg: z.number().int().nullable(),
  failures: z.array(InspectionFailure),
});

export const QuotedRefund = z.object({
  method: z.enum(TENDER_METHODS),
  /** The sale's tender it comes out of; null for a buy-back paid in cash. */
  pool: z.enum(REFUND_POOLS).nullable(),
  amountFen: Fen,
  /** Points restored (a points tender). */
  points: z.number().int().nullable(),
});

export const ReturnQuote = z.object({
  receiptNo: z.string(),
  daysSinceSale: Count,
  lines: z.array(QuotedLine),
  refunds: z.array(QuotedRefund),
  refundFen: Fen,
  pointsTaken: Count,
  pointsRestored: Count,
  /** Points the member owes after this return: committed only when acceptPointsDebt says so. */
  pointsDebt: Count,
  /** Why a manager must approve (outside the window, failing inspection); empty when none is needed. */
  approvalReasons: z.array(z.enum(['outsideWindow', ...InspectionFailure.options])),
});
export type ReturnQuote = z.infer<typeof ReturnQuote>;

export const CommittedReturn = ReturnQuote.extend({
  returnId: z.uuid(),
  returnNo: z.string(),
  committedAt: Instant,
  approver: z.object({ id: Id, name: z.string() }).nullable(),
});
export type CommittedReturn = z.infer<typeof CommittedReturn>;

export const NoReceiptLineInput = z
  .object({
    productId: Id,
    quantity: Quantity.default(1),
    /** A weighed piece's weight on the scale: without a receipt it is bought back at today's rate. */
    weightMg: Milligrams.nullable().default(null),
    tagIntact: z.boolean(),
    damage: Reason.nullable().default(null),
    reason: z.enum(RETURN_REASONS),
    reasonText: Reason.nullable().default(null),
    decision: z.enum(RETURN_DECISIONS),
  })
  .refine((line) => line.reason !== 'other' || line.reasonText !== null, {
    message: 'reason “other” needs its text',
    path: ['reasonText'],
  });

export const NoReceiptReturn = z.object({
  returnId: z.uuid(),
  returnNo: z.string(),
  committedAt: Instant,
  lines: z.array(
    z.object({
      productId: Id,
      name: z.string(),
      quantity: z.number().int().positive(),
      rule: z.enum(['refund', 'buyBack']),
      amountFen: Fen,
    }),
  ),
  refundAs: z.enum(['storeCredit', 'cash']),
  refundFen: Fen,
  approver: z.object({ id: Id, name: z.string() }).nullable(),
});
export type NoReceiptReturn = z.infer<typeof NoReceiptReturn>;

export const BuyBack = z.object({
  returnId: z.uuid(),
  returnNo: z.string(),
  committedAt: Instant,
  purity: PuritySchema,
  weightMg: Milligrams,
  buyBackFenPerGram: Fen,
  amountFen: Fen,
  /** The seller as paper and screens show them: the ID number masked. */
  seller: z.object({ name: z.string(), idNumber: z.string() }),
  approver: z.object({ id: Id, name: z.string() }).nullable(),
});
export type BuyBack = z.infer<typeof BuyBack>;

/** An exchange (换货): returned lines of a sale and a new cart, settled together. */
const ExchangeRequest = z.object({
  receiptNo: z.string().trim().min(1).max(40),
  lines: z.array(ReturnLineInput).min(1).max(100),
  /** The new goods, priced as a sale prices them (gold at today's rates); the sale's member unless another is named. */
  cart: Cart,
  /** When the returned goods are worth more: back to the tenders that paid, in cash, or as store credit. */
  refundAs: z.enum(['tenders', 'cash', 'storeCredit']).default('tenders'),
});

export const ExchangeQuote = z.object({
  /** The returned lines as a return would take them, under the exchange window, with their share per tender. */
  returned: ReturnQuote,
  /** The new goods as the sale will record them. */
  sale: z.object({ lines: z.array(SaleLine), totalFen: z.number().int() }),
  /** What the returned goods pay towards the new ones (points restored are not money and stay apart). */
  creditFen: Fen,
  /** The new goods' total less the credit: more than 0 the customer pays it, less than 0 the customer gets it. */
  differenceFen: z.number().int(),
  /** What the customer gets back: the points restored, and the difference when the returned goods are worth more. */
  refunds: z.array(QuotedRefund),
});
export type ExchangeQuote = z.infer<typeof ExchangeQuote>;

export const CommittedExchange = ExchangeQuote.extend({
  returnId: z.uuid(),
  returnNo: z.string(),
  saleId: z.uuid(),
  receiptNo: z.string(),
  committedAt: Instant,
  /** The tenders that paid the difference (none when the customer pays nothing). */
  payments: z.array(Payment),
  changeFen: Fen,
  cashRoundingFen: z.number().int(),
  pointsEarned: Count,
  approver: z.object({ id: Id, name: z.string() }).nullable(),
});
export type CommittedExchange = z.infer<typeof CommittedExchange>;

/** One of a member's purchases as the returns screen lists them to choose from. */
export const MemberPurchase = z.object({
  receiptNo: z.string(),
  /** The sale's business day, in the store's time zone. */
  businessDay: z.iso.date(),
  totalFen: z.number().int(),
  /** The goods' names in the receipt's order (trade-ins are not goods that come back). */
  items: z.array(z.string()),
  quantity: Count,
  /** Units no return has taken back yet, and what was paid for them. */
  returnableQuantity: Count,
  returnableFen: z.number().int(),
});
export type MemberPurchase = z.infer<typeof MemberPurchase>;

export const returnsChannels = {
  /**
   * A member's purchases, newest first, a page at a time (`before` is the last receipt of the page shown):
   * each with what can still come back. Voided sales are left out: nothing of them can.
   */
  'returns.memberPurchases': channel({
    input: z.object({
      customerId: Id,
      before: z.string().trim().min(1).max(40).nullable().default(null),
      limit: z.number().int().min(1).max(50).default(10),
    }),
    output: z.object({
      purchases: z.array(MemberPurchase),
      /** Where the next page starts; null when this was the last. */
      nextBefore: z.string().nullable(),
    }),
    access: 'returns.process',
    write: false,
  }),
  /** A sale by its receipt number (scanned or typed), each line with what was returned and what can be. */
  'returns.find': channel({
    input: z.object({ receiptNo: z.string().trim().min(1).max(40) }),
    output: ReturnableSale,
    access: 'returns.process',
    write: false,
  }),
  /** What a return would do, as the commit would do it: the rule per line and why, refunds per tender. */
  'returns.quote': channel({
    input: ReturnRequest,
    output: ReturnQuote,
    access: 'returns.process',
    write: false,
  }),
  /**
   * Takes the lines back in one transaction: the return and its number, lines, refunds, stock, points and the
   * journal row. `returnId` is chosen by the screen: a retry answers the return already made.
   */
  'returns.commit': channel({
    input: ReturnRequest.extend({
      returnId: z.uuid(),
      references: z.array(ExternalReference).max(10).default([]),
      /** Why the manager approves, when the quote names approval reasons. */
      approvalReason: Reason.nullable().default(null),
      /** The member has spent the points this return takes back: they owe them (a journaled debt row). */
      acceptPointsDebt: z.boolean().default(false),
      note: Note.nullable().default(null),
    }),
    output: CommittedReturn,
    access: 'returns.process',
    write: true,
    approvals: ['returns.approve'],
  }),
  /**
   * A return without a receipt (无小票退货): priced goods at today's price, weighed gold bought back at today's
   * rate; as the member's store credit, or in cash with the permission for it. Journaled like any return.
   */
  'returns.withoutReceipt': channel({
    input: z.object({
      returnId: z.uuid(),
      customerId: Id.nullable().default(null),
      lines: z.array(NoReceiptLineInput).min(1).max(20),
      refundAs: z.enum(['storeCredit', 'cash']).default('storeCredit'),
      /** Why there is no receipt (lost, a gift …). */
      reason: Reason,
      note: Note.nullable().default(null),
    }),
    output: NoReceiptReturn,
    access: 'returns.noReceipt',
    write: true,
    approvals: ['returns.noReceiptCash'],
  }),
  /**
   * Old gold bought back without a purchase (旧料回收): weighed, priced at today's buy-back rate less the
   * deduction, paid in cash out of the drawer and put in the scrap-gold account, the seller named as policy asks.
   */
  'returns.buyBack': channel({
    input: z.object({
      returnId: z.uuid(),
      purity: PuritySchema,
      weightMg: Milligrams,
      description: z.string().trim().min(1).max(60),
      seller: Seller,
      note: Note.nullable().default(null),
    }),
    output: BuyBack,
    access: 'returns.buyBack',
    write: true,
  }),
  /** What an exchange would do: the returned lines under the exchange window, the new cart, the difference. */
  'returns.quoteExchange': channel({
    input: ExchangeRequest,
    output: ExchangeQuote,
    access: 'returns.process',
    write: false,
  }),
  /**
   * Takes the lines back and sells the new cart in one transaction: the return and its number, the sale and its
   * receipt number, stock, scrap gold, points, the difference paid (tenders like a sale) or paid back, the journal.
   * `returnId` and `saleId` are chosen by the screen: a retry answers the exchange already made.
   */
  'returns.exchange': channel({
    input: ExchangeRequest.extend({
      returnId: z.uuid(),
      saleId: z.uuid(),
      tenders: z.array(Tender).max(20).default([]),
      references: z.array(ExternalReference).max(10).default([]),
      approvalReason: Reason.nullable().default(null),
      acceptPointsDebt: z.boolean().default(false),
      note: Note.nullable().default(null),
    }),
    output: CommittedExchange,
    access: 'returns.process',
    write: true,
    approvals: ['returns.approve', 'sales.discountBeyondLimit', 'sales.typedWeight'],
  }),
  'returns.policy': channel({ input: Empty, output: ReturnPolicy, access: 'returns.process', write: false }),
  'returns.savePolicy': channel({
    input: ReturnPolicy,
    output: ReturnPolicy,
    access: 'returns.policy',
    write: true,
  }),
};
