import { z } from 'zod';
import { REPAIR_STATUSES } from '../domain/repair-status';
import { Milligrams, PriceFen, PuritySchema, TenderFen } from './catalog';
import { channel } from './channel';
import { Empty, Id, Instant, PersonName, withoutCardNumber } from './common';
import { Customer, Mobile, PurchaseSummary } from './customers';
import { Payment, Tender } from './sales';

// The repair desk (维修): intake with weight-in, quote and consent, workshop and quality check, the
// ready-to-collect call list, pick-up with weight-out. Money in fen, weights in mg.

const Note = withoutCardNumber(z.string().trim().max(200));
const Reason = withoutCardNumber(z.string().trim().min(1).max(200));
const TicketNo = z.string().trim().min(1).max(64);
const LocalDate = z.iso.date();

export const RepairStatusSchema = z.enum(REPAIR_STATUSES);

/** The condition checklist at intake (外观检查). */
export const CONDITIONS = [
  'scratches',
  'looseStones',
  'missingStones',
  'brokenClasp',
  'brokenChain',
  'deformed',
  'discoloured',
  'worn',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** How the customer agreed to the quote (顾客确认方式). */
export const CONSENT_METHODS = ['inPerson', 'phone', 'message'] as const;
export const CALL_OUTCOMES = ['reached', 'noAnswer', 'messageLeft'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
export const ID_DOCUMENTS = ['idCard', 'passport', 'other'] as const;

/** Where a weight came from: the scale's stable reading, or typed by hand with the reason. */
export const WeightReading = z.discriminatedUnion('source', [
  z.object({ source: z.literal('scale'), weightMg: Milligrams }),
  z.object({ source: z.literal('typed'), weightMg: Milligrams, reason: Reason }),
]);
export type WeightReading = z.infer<typeof WeightReading>;

/** Money taken at the repair desk: what the counter takes (store credit and points stay with sales). */
export const RepairTender = Tender.refine((t) => t.method !== 'storeCredit' && t.method !== 'points', {
  message: 'cash, bank card, WeChat Pay or Alipay',
});
const Tenders = z.array(RepairTender).max(10);

export const RepairService = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_-]{1,32}$/),
  name: z.string().trim().min(1).max(40),
  priceFen: PriceFen,
  turnaroundDays: z.number().int().min(0).max(365),
  /** Free within the warranty period of the piece it is done on (e.g. re-setting a stone, not re-plating). */
  warrantyCovered: z.boolean(),
});
export type RepairService = z.infer<typeof RepairService>;

const Tolerance = z.object({
  lossMg: z.number().int().min(0).max(100_000),
  gainMg: z.number().int().min(0).max(100_000),
});

export const RepairSettings = z.object({
  services: z.array(RepairService).min(1).max(100),
  /** Weight after work against weight in: gold by the jewelry standard, others their own. */
  qcTolerances: z.object({ gold: Tolerance, other: Tolerance }),
  photosRequired: z.boolean(),
  /** An item ready and not collected is called again after this many days. */
  followUpDays: z.number().int().min(1).max(365),
  /** Read out on the call; {name} {ticketNo} {item} {store} are filled in. */
  callScript: z.string().trim().min(1).max(1000),
  /** Printed on the customer's claim stub (维修须知). */
  terms: z.string().trim().max(2000),
});
export type RepairSettings = z.infer<typeof RepairSettings>;

/** A photo as the renderer sends it: a JPEG or PNG, base64, at most 2 MB once decoded. */
export const PhotoInput = z.object({
  mime: z.enum(['image/jpeg', 'image/png']),
  base64: z
    .string()
    .max(2_800_000)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
  source: z.enum(['camera', 'file']),
});

export const IntakeItem = z.object({
  category: z.string().trim().min(1).max(20),
  purity: PuritySchema.nullable(),
  description: z.string().trim().min(1).max(80),
  stoneCount: z.number().int().min(0).max(9999),
  weightIn: WeightReading,
  conditions: z.array(z.enum(CONDITIONS)).max(CONDITIONS.length),
  notes: Note.default(''),
  declaredValueFen: PriceFen,
});

export const IntakeInput = z.object({
  customerId: Id,
  item: IntakeItem,
  /** The original sale's line, when the piece was bought here (from its receipt or warranty card). */
  warranty: z.object({ receiptNo: TicketNo, lineNo: z.number().int().positive() }).nullable().default(null),
  services: z
    .array(z.object({ code: z.string().min(1).max(32), priceFen: PriceFen }))
    .min(1)
    .max(20),
  extraWork: Note.default(''),
  promisedOn: LocalDate,
  /** An estimate now, agreed at the counter or not yet; or the quote follows the workshop's assessment. */
  quote: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('estimate'), consent: z.enum(CONSENT_METHODS).nullable() }),
    z.object({ kind: z.literal('later') }),
  ]),
  /** 订金: the amount kept as a deposit, and what the customer paid it with (cash may be more: change). */
  deposit: z
    .object({ amountFen: TenderFen.positive(), tenders: Tenders.min(1) })
    .nullable()
    .default(null),
  photos: z.array(PhotoInput).max(6).default([]),
});
export type IntakeInput = z.input<typeof IntakeInput>;

const PersonRef = z.object({ id: Id, name: z.string() });

export const RepairStep = z.object({
  at: Instant,
  kind: z.string(),
  from: RepairStatusSchema.nullable(),
  to: RepairStatusSchema.nullable(),
  actor: PersonRef,
  approver: PersonRef.nullable(),
  note: z.string().nullable(),
});

export const RepairPayment = Payment.extend({
  purpose: z.enum(['deposit', 'balance', 'refund']),
  at: Instant,
  shiftId: Id.nullable(),
});
export type RepairPayment = z.infer<typeof RepairPayment>;

export const RepairCall = z.object({
  at: Instant,
  outcome: z.enum(CALL_OUTCOMES),
  note: z.string().nullable(),
  by: z.string(),
});

export const RepairTicket = z.object({
  ticketNo: z.string(),
  status: RepairStatusSchema,
  customer: z.object({ id: Id, name: z.string(), phone: z.string() }),
  category: z.string(),
  purity: PuritySchema.nullable(),
  description: z.string(),
  stoneCount: z.number().int(),
  weightInMg: z.number().int(),
  weightInSource: z.enum(['scale', 'typed']),
  weightInReason: z.string().nullable(),
  conditions: z.array(z.enum(CONDITIONS)),
  notes: z.string(),
  declaredValueFen: z.number().int(),
  warranty: z
    .object({ receiptNo: z.string(), lineNo: z.number().int(), purchasedOn: LocalDate, endsOn: LocalDate })
    .nullable(),
  services: z.array(
    RepairService.omit({ warrantyCovered: true }).extend({ free: z.boolean(), lineNo: z.number().int() }),
  ),
  extraWork: z.string(),
  /** What the work costs; null until quoted. */
  quoteFen: z.number().int().nullable(),
  consent: z.object({ at: Instant, how: z.enum(CONSENT_METHODS), by: z.string() }).nullable(),
  workshop: z.object({ kind: z.enum(['bench', 'outside']), place: z.string().nullable() }).nullable(),
  qc: z
    .object({
      weightMg: z.number().int(),
      stones: z.number().int(),
      weightDiffMg: z.number().int(),
      beyondTolerance: z.boolean(),
      note: z.string().nullable(),
      acknowledgedBy: z.string().nullable(),
    })
    .nullable(),
  weightOutMg: z.number().int().nullable(),
  promisedOn: LocalDate,
  receivedAt: Instant,
  receivedBy: z.string(),
  readyAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  paidFen: z.number().int(),
  /** Quote less what has been paid; never below zero. */
  balanceFen: z.number().int(),
  payments: z.array(RepairPayment),
  steps: z.array(RepairStep),
  calls: z.array(RepairCall),
  photos: z.array(z.object({ photoNo: z.number().int(), mime: z.string(), source: z.string() })),
});
export type RepairTicket = z.infer<typeof RepairTicket>;

export const TicketSummary = z.object({
  ticketNo: z.string(),
  status: RepairStatusSchema,
  customerName: z.string(),
  customerPhone: z.string(),
  description: z.string(),
  promisedOn: LocalDate,
  overdue: z.boolean(),
  quoteFen: z.number().int().nullable(),
  balanceFen: z.number().int(),
});
export type TicketSummary = z.infer<typeof TicketSummary>;

export const CallListEntry = z.object({
  ticketNo: z.string(),
  customerName: z.string(),
  phone: z.string(),
  description: z.string(),
  readyAt: Instant,
  script: z.string(),
  attempts: z.array(RepairCall),
  /** When the next call is due (a follow-up after the configured days), the store's local date. */
  nextCallOn: LocalDate,
  due: z.boolean(),
});
export type CallListEntry = z.infer<typeof CallListEntry>;

export const WarrantyLookup = z.object({
  receiptNo: z.string(),
  purchasedOn: LocalDate,
  customer: z.object({ id: Id, name: z.string(), phone: z.string() }).nullable(),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      name: z.string(),
      purity: PuritySchema.nullable(),
      weightMg: z.number().int().nullable(),
      warrantyMonths: z.number().int(),
      endsOn: LocalDate.nullable(),
      covered: z.boolean(),
    }),
  ),
});
export type WarrantyLookup = z.infer<typeof WarrantyLookup>;

const ByTicket = z.object({ ticketNo: TicketNo });

export const repairsChannels = {
  'repairs.settings': channel({ input: Empty, output: RepairSettings, access: 'signedIn', write: false }),
  'repairs.saveSettings': channel({
    input: RepairSettings,
    output: RepairSettings,
    access: 'settings.manage',
    write: true,
  }),
  /** The desk finds and registers customers itself: its staff do not sell. */
  'repairs.findCustomer': channel({
    input: z.object({ phone: Mobile }),
    output: Customer.nullable(),
    access: 'repairs.desk',
    write: false,
  }),
  'repairs.registerCustomer': channel({
    input: z.object({ phone: Mobile, name: PersonName }),
    output: Customer,
    access: 'repairs.desk',
    write: true,
  }),
  'repairs.purchases': channel({
    input: z.object({ customerId: Id }),
    output: z.array(PurchaseSummary),
    access: 'repairs.desk',
    write: false,
  }),
  /** The original sale of a piece brought in, from its receipt or warranty card, with each line's cover. */
  'repairs.warranty': channel({
    input: z.object({ code: TicketNo }),
    output: WarrantyLookup,
    access: 'repairs.desk',
    write: false,
  }),
  'repairs.intake': channel({
    input: IntakeInput,
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
  }),
  'repairs.get': channel({ input: ByTicket, output: RepairTicket, access: 'repairs.desk', write: false }),
  'repairs.photo': channel({
    input: ByTicket.extend({ photoNo: z.number().int().positive() }),
    output: z.object({ mime: z.string(), base64: z.string() }),
    access: 'repairs.desk',
    write: false,
  }),
  /** Open tickets, overdue first, then by promised date; optionally one customer's. */
  'repairs.board': channel({
    input: z.object({ customerId: Id.optional() }),
    output: z.array(TicketSummary),
    access: 'repairs.desk',
    write: false,
  }),
  /** The quote after assessment, while the ticket waits for the customer's approval. */
  'repairs.quote': channel({
    input: ByTicket.extend({ quoteFen: PriceFen }),
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
  }),
  /** A new promised date (the workshop needs longer), told to the customer; kept in the ticket's history. */
  'repairs.reschedule': channel({
    input: ByTicket.extend({ promisedOn: LocalDate, reason: Reason }),
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
  }),
  /** A status step other than the quality check and collection. */
  'repairs.advance': channel({
    input: ByTicket.extend({
      step: z.discriminatedUnion('to', [
        z.object({ to: z.literal('approved'), how: z.enum(CONSENT_METHODS) }),
        z.object({
          to: z.literal('inWorkshop'),
          workshop: z.discriminatedUnion('kind', [
            z.object({ kind: z.literal('bench') }),
            z.object({ kind: z.literal('outside'), place: z.string().trim().min(1).max(60) }),
          ]),
        }),
        z.object({ to: z.literal('qualityCheck') }),
        z.object({ to: z.literal('cancelled'), reason: Reason }),
        z.object({ to: z.literal('returnedUnrepaired'), reason: Reason }),
      ]),
    }),
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
  }),
  /**
   * The quality check: weight after work and stone count. Passed, the item is ready to collect (beyond the
   * tolerance or with a changed stone count only with a note and a manager's acknowledgement); failed, it
   * goes back to the workshop.
   */
  'repairs.qc': channel({
    input: ByTicket.extend({
      weightMg: Milligrams,
      stones: z.number().int().min(0).max(9999),
      passed: z.boolean(),
      note: Note.default(''),
    }),
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
    approvals: ['repairs.qcAcknowledge'],
  }),
  'repairs.calls': channel({
    input: Empty,
    output: z.array(CallListEntry),
    access: 'repairs.desk',
    write: false,
  }),
  'repairs.logCall': channel({
    input: ByTicket.extend({ outcome: z.enum(CALL_OUTCOMES), note: Note.default('') }),
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
  }),
  /**
   * Pick-up: weight-out, the balance paid, the ticket closed. Without the claim stub the customer's identity
   * is checked against the ticket and a manager approves.
   */
  'repairs.collect': channel({
    input: ByTicket.extend({
      weightOut: WeightReading,
      /** Why the weight out strays from the QC weight beyond tolerance (a manager approves it too). */
      weightNote: Note.default(''),
      tenders: Tenders.default([]),
      stub: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('presented') }),
        z.object({ kind: z.literal('lost'), document: z.enum(ID_DOCUMENTS), note: Note.default('') }),
      ]),
    }),
    output: RepairTicket,
    access: 'repairs.desk',
    write: true,
    approvals: ['repairs.qcAcknowledge', 'repairs.releaseWithoutStub'],
  }),
};
