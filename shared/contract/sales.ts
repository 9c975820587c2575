import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { CASH_ROUNDING_MODES, CASH_ROUNDING_UNITS, NO_CASH_ROUNDING } from '../domain/cash-rounding';
import { TENDER_METHODS } from '../domain/shift';
import { MAX_SALE_LINES, MAX_TENDERS } from '../domain/limits';
import {
  Fen,
  LaborFeeSchema,
  Milligrams,
  PriceFen,
  PuritySchema,
  Quantity,
  RateFen,
  TenderFen,
} from './catalog';
import { channel } from './channel';
import { Empty, Id, Instant, Ok, PaymentReference, withoutCardNumber } from './common';
import { Bp, Customer } from './customers';

// The counter sale: the cart the renderer builds, its price as the core computes it, payment and commit.

const Reason = withoutCardNumber(z.string().trim().min(1).max(200));
const Reference = z.string().trim().min(1).max(64);
const SignedFen = z.number().int();

export const DiscountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), bp: Bp.min(1) }),
  z.object({ kind: z.literal('amount'), fen: PriceFen.positive() }),
]);

export const ProductLineInput = z
  .object({
    kind: z.literal('product'),
    productId: Id,
    quantity: Quantity.default(1),
    /** Weighed goods: the weight sold (tag, typed or scale); the tag's weight when left out. */
    weightMg: Milligrams.optional(),
    /** Where weightMg came from: the scale's stable reading or typed by hand (so, when left out). */
    weightSource: z.enum(['scale', 'typed']).optional(),
    /** Why a weight was typed (scale broken, item too light); the store may require it. */
    weightReason: Reason.optional(),
    /** Weighed goods: the gold rate the screen showed. The core refuses it once it is not the day's rate. */
    goldRateFenPerGram: RateFen.positive().optional(),
    /** Fixed-price and counted goods: the unit price the cashier charges instead of the catalog's. */
    priceOverrideFen: PriceFen.optional(),
    discount: DiscountSchema.optional(),
    /** Why the price was overridden or discounted; journaled with the sale. */
    reason: Reason.optional(),
  })
  .refine((line) => (line.discount === undefined && line.priceOverrideFen === undefined) || line.reason, {
    path: ['reason'],
    message: 'a discount or price override needs a reason',
  });

/** Old gold handed in (以旧换新), weighed at the counter and bought back at the day's buy-back rate. */
export const TradeInLineInput = z.object({
  kind: z.literal('tradeIn'),
  purity: PuritySchema,
  weightMg: Milligrams,
  /** The buy-back rate the screen showed; refused once it is not the day's. */
  buyBackFenPerGram: RateFen.positive(),
  description: z.string().trim().min(1).max(40),
});

export const CartLineInput = z.discriminatedUnion('kind', [ProductLineInput, TradeInLineInput]);
export type CartLineInput = z.infer<typeof CartLineInput>;

/** 发票: what the customer asked the invoice to be made out to; issued by the finance office. */
export const InvoiceRequest = z.object({
  title: z.string().trim().min(1).max(100),
  /** 纳税人识别号 (统一社会信用代码); none for an invoice to a person. */
  taxNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{15,20}$/, '15–20 letters and digits')
    .nullable()
    .default(null),
  email: z.email().max(100).nullable().default(null),
});
export type InvoiceRequest = z.infer<typeof InvoiceRequest>;

export const Cart = z
  .object({
    customerId: Id.nullable().default(null),
    lines: z.array(CartLineInput).min(1).max(MAX_SALE_LINES),
    orderDiscount: DiscountSchema.nullable().default(null),
    orderDiscountReason: Reason.nullable().default(null),
    invoice: InvoiceRequest.nullable().default(null),
  })
  .refine((cart) => cart.orderDiscount === null || cart.orderDiscountReason !== null, {
    path: ['orderDiscountReason'],
    message: 'an order discount needs a reason',
  });
export type Cart = z.infer<typeof Cart>;
export type CartInput = z.input<typeof Cart>;

/** A slip reference is short: a run of 12 or more digits is refused even where no card number reads. */
const SlipReference = PaymentReference.refine((text) => !/\d{12,}/.test(text.replace(/[\s-]/g, '')), {
  message: 'a slip reference (凭证号), never a card number: its last four digits go in last4',
});

export const Tender = z.discriminatedUnion('method', [
  /** What the customer handed over; more than is due gives change. */
  z.object({ method: z.literal('cash'), amountFen: TenderFen.positive() }),
  z.object({
    method: z.literal('bankCard'),
    amountFen: TenderFen.positive(),
    /** The card terminal's slip reference (凭证号), never the card number. */
    reference: SlipReference,
    last4: z.string().regex(/^\d{4}$/, 'the last four digits'),
  }),
  z.object({ method: z.literal('wechat'), amountFen: TenderFen.positive(), reference: PaymentReference }),
  z.object({ method: z.literal('alipay'), amountFen: TenderFen.positive(), reference: PaymentReference }),
  /** The attached customer's store credit (储值). */
  z.object({ method: z.literal('storeCredit'), amountFen: TenderFen.positive() }),
  /** The attached customer's points, at the store's value per point. */
  z.object({ method: z.literal('points'), points: z.number().int().positive().max(1e9) }),
]);
export type Tender = z.infer<typeof Tender>;
export { TENDER_METHODS, type TenderMethod } from '../domain/shift';

/** Who sells the store old gold (a buy-back, a trade-in worth more than the goods), as the store's policy asks. */
export const Seller = z.object({
  name: z.string().trim().min(1).max(40),
  /** A resident ID card or passport number. */
  idNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{6,30}$/, 'letters and digits'),
});
export type Seller = z.infer<typeof Seller>;

export const WeightSource = z.enum(['tag', 'scale', 'typed']);
export type WeightSource = z.infer<typeof WeightSource>;

export const SaleLine = z.object({
  lineNo: z.number().int().positive(),
  kind: z.enum(['fixed', 'weighed', 'quantity', 'tradeIn']),
  productId: Id.nullable(),
  sku: z.string().nullable(),
  name: z.string(),
  quantity: z.number().int().positive(),
  /** Catalog unit price of fixed-price and counted goods. */
  unitPriceFen: Fen.nullable(),
  priceOverrideFen: Fen.nullable(),
  purity: PuritySchema.nullable(),
  weightMg: Milligrams.nullable(),
  /** Weighed goods: whether the weight was the tag's, the scale's or typed (null on lines sold before). */
  weightSource: WeightSource.nullable(),
  weightReason: z.string().nullable(),
  /** The sell rate of a weighed line, the buy-back rate of a trade-in. */
  goldRateFenPerGram: Fen.nullable(),
  laborFee: LaborFeeSchema.nullable(),
  /** Weighed lines: metal + labor = list price. */
  metalFen: Fen.nullable(),
  laborFen: Fen.nullable(),
  /** Trade-ins: the terms their value was computed with. */
  tradeInTerms: z.object({ deductionFenPerGram: Fen, lossBp: Bp }).nullable(),
  discount: DiscountSchema.nullable(),
  reason: z.string().nullable(),
  /** At catalog price (0 for a trade-in). */
  listFen: Fen,
  /** Before discounts: the list price or the overridden price. */
  grossFen: Fen,
  lineDiscountFen: Fen,
  memberDiscountFen: Fen,
  orderDiscountFen: Fen,
  /** What the line charges; negative for a trade-in. */
  netFen: SignedFen,
});
export type SaleLine = z.infer<typeof SaleLine>;

const Totals = {
  subtotalFen: Fen,
  lineDiscountFen: Fen,
  memberDiscountFen: Fen,
  orderDiscountFen: Fen,
  tradeInFen: Fen,
  totalFen: SignedFen,
};

/** A cart as the core prices it, before payment. */
export const PricedCart = z.object({
  lines: z.array(SaleLine),
  customer: Customer.nullable(),
  ...Totals,
  /** The deepest discount on any line (overrides, line and order discounts; not the member's), bp. */
  deepestDiscountBp: Bp,
  /** The signed-in user's own limit; a deeper discount needs a manager's approval at commit. */
  discountLimitBp: Bp,
  approvalRequired: z.boolean(),
  /** Serialized pieces of this cart that sit in a held cart too (一物一码: one piece, one place). */
  heldElsewhere: z.array(z.object({ lineNo: z.number().int(), heldCartId: Id, label: z.string() })),
});
export type PricedCart = z.infer<typeof PricedCart>;

export const Payment = z.object({
  method: z.enum(TENDER_METHODS),
  /** What the tender paid towards the sale; negative on the row that reverses it when a sale is voided. */
  amountFen: SignedFen,
  /** Cash handed over (amount + change). */
  tenderedFen: Fen.nullable(),
  reference: z.string().nullable(),
  cardLast4: z.string().nullable(),
  points: z.number().int().nullable(),
});
export type Payment = z.infer<typeof Payment>;

const PersonRef = z.object({ id: Id, name: z.string() });

export const Sale = z.object({
  /** The id the renderer chose for the sale (a retry with it returns this sale). */
  saleId: z.uuid(),
  receiptNo: z.string(),
  state: z.enum(['committed', 'voided']),
  terminalId: z.string(),
  businessDay: z.string(),
  committedAt: Instant,
  cashier: PersonRef,
  approver: PersonRef.nullable(),
  customer: PersonRef.extend({ phone: z.string() }).nullable(),
  lines: z.array(SaleLine),
  ...Totals,
  /** 抹零: what the store's cash rounding changed the cash part by (negative when rounded down). */
  cashRoundingFen: z.number().int(),
  payments: z.array(Payment),
  changeFen: Fen,
  pointsEarned: z.number().int(),
  pointsRedeemed: z.number().int(),
  invoice: InvoiceRequest.nullable(),
  /** The receipt's print job, for a reprint; null in the moment before it is queued, or if it could not be. */
  receiptJobId: Id.nullable(),
  voided: z
    .object({ at: Instant, by: PersonRef, approver: PersonRef.nullable(), reason: z.string() })
    .nullable(),
});
export type Sale = z.infer<typeof Sale>;

/**
 * What the till needs the moment a sale is made: its number and the change to hand back. The receipt and
 * warranty cards are queued just after; the whole sale, with its receipt's print job, is `sales.get`.
 */
export const CommittedSale = z.object({
  saleId: z.uuid(),
  receiptNo: z.string(),
  committedAt: Instant,
  totalFen: SignedFen,
  cashRoundingFen: z.number().int(),
  changeFen: Fen,
  pointsEarned: z.number().int(),
});
export type CommittedSale = z.infer<typeof CommittedSale>;

export const HeldCart = z.object({
  id: Id,
  label: z.string(),
  lineCount: z.number().int(),
  customerId: Id.nullable(),
  /** The member on the cart, for the recall list (the phone is masked on screen unless the role may read it). */
  customer: z.object({ name: z.string(), phone: z.string() }).nullable(),
  heldAt: Instant,
  heldBy: z.string(),
});
export type HeldCart = z.infer<typeof HeldCart>;

/** A held cart in the recall list: what it would cost now, or null when it no longer prices as it is. */
export const HeldCartListing = HeldCart.extend({ totalFen: SignedFen.nullable() });
export type HeldCartListing = z.infer<typeof HeldCartListing>;

/** One of the day's sales at this terminal, for a void or a reprint from the list. */
export const SaleSummary = z.object({
  receiptNo: z.string(),
  committedAt: Instant,
  state: z.enum(['committed', 'voided']),
  cashierName: z.string(),
  customerName: z.string().nullable(),
  lineCount: z.number().int(),
  totalFen: SignedFen,
  /** The receipt's print job, for a reprint (重印 COPY); null if it could not be queued. */
  receiptJobId: Id.nullable(),
});
export type SaleSummary = z.infer<typeof SaleSummary>;

export const SalesSettings = z.object({
  /** The deepest discount each role may give on its own, bp (500 = 5 %). */
  discountLimitBp: z.record(z.enum(ROLES), Bp),
  /** Fen paid per point earned: 100 earns one point per yuan. */
  pointsEarnFenPerPoint: z.number().int().min(1).max(1_000_000),
  /** What one point is worth as a tender, fen. */
  pointsRedeemFenPerPoint: z.number().int().min(1).max(10_000),
  /** Whether counted goods may be sold below zero on hand (stock arriving later); never serialized pieces. */
  allowNegativeStock: z.boolean(),
  /** Old gold (以旧换新): taken off the buy-back rate per gram (折旧费), and off the weight for melting loss. */
  tradeInDeductionFenPerGram: RateFen,
  tradeInLossBp: Bp,
  /**
   * A weight typed by hand on a weighed piece instead of taken from the scale or its tag: taken as it is
   * (free), with a reason, or with a reason and a manager's approval.
   */
  typedWeight: z.enum(['free', 'reason', 'approval']).default('free'),
  /**
   * The purity old gold is taken in at unless the cashier picks another; null for the purity most of the
   * store's weighed goods are in.
   */
  tradeInPurity: PuritySchema.nullable().default(null),
  /** 抹零: how the cash part of a sale is rounded; card, wallet, credit and points never are. */
  cashRounding: z
    .object({ unit: z.enum(CASH_ROUNDING_UNITS), mode: z.enum(CASH_ROUNDING_MODES) })
    .default(NO_CASH_ROUNDING),
});
export type SalesSettings = z.infer<typeof SalesSettings>;

export const salesChannels = {
  /** Prices a cart as the commit would, so the screen shows the core's figures before payment. */
  'sales.quote': channel({
    input: z.object({ cart: Cart }),
    output: PricedCart,
    access: 'sales.sell',
    write: false,
  }),
  /**
   * Records a paid sale in one transaction. `saleId` is chosen by the renderer when the cart is started: a
   * retry with the same id and cart returns the sale already made; a different cart under it is refused.
   * A trade-in worth more than the goods pays the customer the difference in cash, without tenders: its
   * seller is named, and it needs the buy-back permission (a manager's approval for a cashier).
   */
  'sales.commit': channel({
    input: z.object({
      saleId: z.uuid(),
      cart: Cart,
      tenders: z.array(Tender).max(MAX_TENDERS),
      seller: Seller.nullable().default(null),
    }),
    output: CommittedSale,
    access: 'sales.sell',
    write: true,
    approvals: ['sales.discountBeyondLimit', 'sales.typedWeight', 'returns.buyBack'],
  }),
  /** This terminal's sales of the business day, newest first. */
  'sales.today': channel({
    input: Empty,
    output: z.array(SaleSummary),
    access: 'sales.sell',
    write: false,
  }),
  'sales.get': channel({
    input: z.object({ receiptNo: Reference }),
    output: Sale,
    access: 'sales.sell',
    write: false,
  }),
  /** Same-day void (当日作废) of a committed sale: everything it moved is reversed by new rows. */
  'sales.void': channel({
    input: z.object({ receiptNo: Reference, reason: Reason }),
    output: Sale,
    access: 'sales.void',
    write: true,
  }),
  /** A cart abandoned before payment: nothing to undo, but the journal keeps what was on it. */
  'sales.voidCart': channel({
    input: z.object({
      lineCount: z.number().int().min(0).max(200),
      amountFen: SignedFen.min(-1e13).max(1e13),
      reason: Reason.nullable().default(null),
    }),
    output: Ok,
    access: 'sales.sell',
    write: true,
  }),
  /** 挂单: parks a cart at this terminal so another customer can be served. */
  'sales.hold': channel({
    input: z.object({ cart: Cart, label: z.string().trim().max(40).default('') }),
    output: HeldCart,
    access: 'sales.sell',
    write: true,
  }),
  'sales.held': channel({
    input: Empty,
    output: z.array(HeldCartListing),
    access: 'sales.sell',
    write: false,
  }),
  /** 取单: takes a parked cart back; it leaves the list. Its prices are checked again at commit. */
  'sales.recall': channel({
    input: z.object({ id: Id }),
    output: HeldCart.extend({ cart: Cart }),
    access: 'sales.sell',
    write: true,
  }),
  /** The customer's satisfaction rating of the sale (1–5), from the customer display or the cashier. */
  'sales.rate': channel({
    input: z.object({
      receiptNo: Reference,
      rating: z.number().int().min(1).max(5),
      comment: withoutCardNumber(z.string().trim().max(200)).nullable().default(null),
    }),
    output: Ok,
    access: 'sales.sell',
    write: true,
  }),
  'sales.settings': channel({ input: Empty, output: SalesSettings, access: 'signedIn', write: false }),
  /** The purity a trade-in starts at: the store's setting, else its most common purity; null with neither. */
  'sales.tradeInPurity': channel({
    input: Empty,
    output: PuritySchema.nullable(),
    access: 'sales.sell',
    write: false,
  }),
  'sales.saveSettings': channel({
    input: SalesSettings,
    output: SalesSettings,
    access: 'settings.manage',
    write: true,
  }),
};
