import { hash } from 'node:crypto';
import type { ChannelParsedInput } from '../../../../shared/contract';
import type { CommittedSale, Payment, SaleLine, SalesSettings } from '../../../../shared/contract/sales';
import { businessDay } from '../../../../shared/domain/business-day';
import { formatYuan } from '../../../../shared/domain/money';
import { pointsEarned } from '../../../../shared/domain/points';
import { maskIdNumber } from '../../../../shared/domain/returns';
import type { Purity } from '../../../../shared/domain/purity';
import { roleHas } from '../../../../shared/domain/roles';
import { actorOf, type ApprovalDemand, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { addPoints, addStoreCredit } from '../customers';
import { requireOpenShift } from '../shifts';
import { sellStock } from '../stock';
import type { StaffRow } from '../staff';
import { priceSale, tradeInExcess, type PricedSale } from './cart-pricing';
import { printSale, type PrintedSale } from './documents';
import { nextReceiptNumber } from './receipt-numbers';
import { findSaleKey, insertInvoice, insertLine, insertPayment, insertSale } from './repo';
import { addScrapGold } from './scrap-gold';
import { readSalesSettings } from './settings';
import { assertInStock } from './stock';
import { payOut, settleTenders, type SettledTenders } from '../../tenders';

type CommitInput = ChannelParsedInput<'sales.commit'>;

/**
 * What identifies a request: the same sale id with another cart or other tenders is a different sale. The
 * input as the contract parsed it has its keys in schema order, so the same request encodes the same.
 */
const requestHash = (input: CommitInput): string => hash('sha256', JSON.stringify(input), 'hex');

/** What the approver is shown of the sale: the pieces concerned by name, and the sale's total. */
function approvalSubject(lines: readonly SaleLine[], totalFen: number) {
  const names = lines.map((line) => line.name);
  const item = names.length > 3 ? `${names.slice(0, 3).join('、')} 等 ${names.length} 件` : names.join('、');
  return { item, amount: formatYuan(totalFen), amountFen: totalFen };
}

/**
 * A discount deeper than the cashier's own limit needs someone whose limit covers it: the manager's PIN
 * approves this exact sale (the approval is bound to the commit's input), or an administrator's when the
 * discount is deeper than a manager's limit too.
 */
function discountDemand(priced: PricedSale, settings: SalesSettings, actor: StaffRow): ApprovalDemand {
  const deepestBp = priced.deepestDiscountBp;
  const discounted = () =>
    priced.lines.filter(
      (line) => line.kind !== 'tradeIn' && line.netFen + line.memberDiscountFen < line.listFen,
    );
  return {
    permission: 'sales.discountBeyondLimit',
    covers: (staff) => deepestBp <= settings.discountLimitBp[staff.role],
    // made only when an approval is asked for: nearly every sale is within the cashier's own limit
    get details() {
      return {
        ...approvalSubject(discounted(), priced.totals.totalFen),
        discountBp: deepestBp,
        limitBp: settings.discountLimitBp[actor.role],
      };
    },
  };
}

/** Paying a customer for old gold out of the drawer is a buy-back: its permission, or a manager's approval. */
function payoutDemand(priced: PricedSale): ApprovalDemand {
  return {
    permission: 'returns.buyBack',
    covers: (staff) => roleHas(staff.role, 'returns.buyBack'),
    details: {
      ...approvalSubject(priced.lines, priced.totals.totalFen),
      ...tradeInExcess(priced.totals),
    },
  };
}

/** Weights typed by hand, where the store wants a manager to approve them. */
function typedWeightDemand(priced: PricedSale, settings: SalesSettings): ApprovalDemand | null {
  const typed = priced.lines.filter((line) => line.weightSource === 'typed');
  if (settings.typedWeight !== 'approval' || typed.length === 0) return null;
  return {
    permission: 'sales.typedWeight',
    covers: (staff) => roleHas(staff.role, 'sales.typedWeight'),
    details: {
      ...approvalSubject(typed, priced.totals.totalFen),
      lines: typed.map((line) => line.lineNo).join(', '),
    },
  };
}

/** Every discount and price override with its reason, for the journal. */
function discountsGiven(lines: readonly SaleLine[], cart: CommitInput['cart'], orderDiscountFen: number) {
  const given = lines
    .filter((line) => line.discount !== null || line.priceOverrideFen !== null)
    .map((line) => ({
      line: line.lineNo,
      priceOverrideFen: line.priceOverrideFen,
      listFen: line.listFen,
      discount: line.discount,
      amountFen: line.lineDiscountFen,
      reason: line.reason,
    }));
  return cart.orderDiscount === null
    ? given
    : [
        ...given,
        {
          line: null,
          discount: cart.orderDiscount,
          amountFen: orderDiscountFen,
          reason: cart.orderDiscountReason,
        },
      ];
}

interface SaleContext {
  requestHash: string;
  /** How many of the payments, first, are an exchange's credit rather than money taken in this shift. */
  credits: number;
  receiptNo: string;
  day: string;
  terminalId: string;
  approverId: number | null;
  settings: SalesSettings;
  shiftId: number;
}

/** Writes the sale's rows and movements; returns its row id and the points it earned. */
function writeSale(
  ctx: HandlerContext,
  input: CommitInput,
  priced: PricedSale,
  tenders: SettledTenders,
  context: SaleContext,
): { id: number; pointsEarned: number } {
  const { db, now } = ctx;
  const actor = actorOf(ctx);
  const { totals, customer } = priced;
  // points are earned on what was paid with money, not on points or store credit spent
  const pointsTenderFen = tenders.payments.find((p) => p.method === 'points')?.amountFen ?? 0;
  const paidFen = totals.totalFen - tenders.storeCreditFen - pointsTenderFen;
  const earned = customer ? pointsEarned(paidFen, context.settings.pointsEarnFenPerPoint) : 0;
  const { orderDiscount } = input.cart;
  const saleId = insertSale(db, {
    clientId: input.saleId,
    requestHash: context.requestHash,
    receiptNo: context.receiptNo,
    terminalId: context.terminalId,
    businessDay: context.day,
    committedAt: now.toISOString(),
    cashierId: actor.id,
    approverId: context.approverId,
    customerId: customer?.id ?? null,
    subtotalFen: totals.subtotalFen,
    lineDiscountFen: totals.lineDiscountFen,
    memberDiscountFen: totals.memberDiscountFen,
    orderDiscountFen: totals.orderDiscountFen,
    orderDiscount: orderDiscount && {
      kind: orderDiscount.kind,
      value: orderDiscount.kind === 'percent' ? orderDiscount.bp : orderDiscount.fen,
    },
    orderDiscountReason: input.cart.orderDiscountReason,
    tradeInFen: totals.tradeInFen,
    totalFen: totals.totalFen,
    cashRoundingFen: tenders.cashRoundingFen,
    changeFen: tenders.changeFen,
    pointsEarned: earned,
    pointsRedeemed: tenders.pointsRedeemed,
    shiftId: context.shiftId,
    seller: input.seller,
  });
  const movement = { reference: context.receiptNo, now, actorId: actor.id };
  for (const line of priced.lines) {
    insertLine(db, saleId, line);
    if (line.productId !== null) {
      sellStock(db, { productId: line.productId, quantity: line.quantity }, movement);
    } else {
      const scrap = {
        purity: line.purity as Purity,
        weightMg: line.weightMg as number,
        valueFen: -line.netFen,
      };
      addScrapGold(db, { ...scrap, reason: 'tradeIn', saleId, lineNo: line.lineNo }, movement);
    }
  }
  tenders.payments.forEach((payment, i) =>
    insertPayment(db, saleId, i + 1, payment, {
      now,
      shiftId: context.shiftId,
      exchangeCredit: i < context.credits,
    }),
  );
  if (customer) {
    const customerId = customer.id;
    if (tenders.pointsRedeemed > 0) {
      addPoints(db, { customerId, points: -tenders.pointsRedeemed, reason: 'redeemed', saleId }, now);
    }
    if (earned > 0) addPoints(db, { customerId, points: earned, reason: 'earned', saleId }, now);
    if (tenders.storeCreditFen > 0) {
      const credit = { customerId, amountFen: -tenders.storeCreditFen, saleId, note: context.receiptNo };
      addStoreCredit(db, { ...credit, reason: 'tender' }, { now, actorId: actor.id });
    }
  }
  if (input.cart.invoice) insertInvoice(db, saleId, input.cart.invoice);
  return { id: saleId, pointsEarned: earned };
}

/** A sale made by another module's use case (an exchange): its answer, and what its documents need. */
export interface MadeSale {
  committed: CommittedSale;
  printed: PrintedSale;
  priced: PricedSale;
  tenders: SettledTenders;
  /** The sale's row id. */
  id: number;
}

/**
 * Prices, checks, approves and writes a sale with the sale's journal row, inside the caller's transaction.
 * `credits` are payments already settled elsewhere (the returned goods of an exchange): the tenders cover
 * what is left of the total, and the credits are stored as payments that moved no money in this shift.
 */
export function makeSale(
  ctx: HandlerContext,
  input: CommitInput,
  options: { requestHash: string; credits: readonly Payment[] } = {
    requestHash: requestHash(input),
    credits: [],
  },
): MadeSale {
  const { db } = ctx;
  const shift = requireOpenShift(ctx);
  const actor = actorOf(ctx);
  const day = businessDay(ctx.now, ctx.timeZone);
  const settings = readSalesSettings(db);
  const priced = priceSale(db, input.cart, { day, settings });
  assertInStock(db, priced.products, settings.allowNegativeStock);
  const creditFen = options.credits.reduce((total, credit) => total + credit.amountFen, 0);
  const payout = priced.totals.totalFen < 0;
  if (payout && input.seller === null) {
    throw new DomainError('TRADE_IN_SELLER_REQUIRED', tradeInExcess(priced.totals));
  }
  const settled = payout
    ? payOut(input.tenders, priced.totals.totalFen)
    : settleTenders(input.tenders, priced.totals.totalFen - creditFen, priced.customer, settings);
  const tenders = { ...settled, payments: [...options.credits, ...settled.payments] };
  if (payout) ctx.requireApproval(payoutDemand(priced));
  ctx.requireApproval(discountDemand(priced, settings, actor));
  const weightDemand = typedWeightDemand(priced, settings);
  if (weightDemand) ctx.requireApproval(weightDemand);
  // one approval covers both, when the approver's authority does
  const approver = ctx.approver;

  // the open shift is this terminal's: its row says which, without reading the terminal again
  const { terminalId } = shift;
  const receiptNo = nextReceiptNumber(db, terminalId, day);
  const context = {
    receiptNo,
    day,
    terminalId,
    approverId: approver?.id ?? null,
    settings,
    shiftId: shift.id,
    requestHash: options.requestHash,
    credits: options.credits.length,
  };
  const written = writeSale(ctx, input, priced, tenders, context);
  const { totals, customer } = priced;
  // everything a head office needs to rebuild the sale: its lines as stored (weights and where they came
  // from, rates, labor, discounts and their reasons) and its payments with their references
  ctx.journal('sale.committed', {
    saleId: input.saleId,
    receiptNo,
    terminalId,
    businessDay: day,
    shiftId: shift.id,
    customerId: customer?.id ?? null,
    lines: priced.lines,
    subtotalFen: totals.subtotalFen,
    lineDiscountFen: totals.lineDiscountFen,
    memberDiscountFen: totals.memberDiscountFen,
    orderDiscountFen: totals.orderDiscountFen,
    tradeInFen: totals.tradeInFen,
    totalFen: totals.totalFen,
    cashRoundingFen: tenders.cashRoundingFen,
    changeFen: tenders.changeFen,
    payments: tenders.payments,
    exchangeCreditFen: creditFen,
    // the seller of old gold the customer was paid for, the ID number masked: whole on the sale's record only
    seller: input.seller && { name: input.seller.name, idNumber: maskIdNumber(input.seller.idNumber) },
    pointsEarned: written.pointsEarned,
    pointsRedeemed: tenders.pointsRedeemed,
    storeCreditFen: tenders.storeCreditFen,
    invoice: input.cart.invoice,
    discounts: discountsGiven(priced.lines, input.cart, totals.orderDiscountFen),
    deepestDiscountBp: priced.deepestDiscountBp,
    discountLimitBp: settings.discountLimitBp[actor.role],
  });
  const printed: PrintedSale = {
    receiptNo,
    committedAt: ctx.now.toISOString(),
    businessDay: day,
    terminalId,
    cashier: { id: actor.id, name: actor.name },
    lines: priced.lines,
    lineDiscountFen: totals.lineDiscountFen,
    memberDiscountFen: totals.memberDiscountFen,
    orderDiscountFen: totals.orderDiscountFen,
    totalFen: totals.totalFen,
    cashRoundingFen: tenders.cashRoundingFen,
    payments: tenders.payments,
    changeFen: tenders.changeFen,
    pointsEarned: written.pointsEarned,
    pointsRedeemed: tenders.pointsRedeemed,
    seller: input.seller && { name: input.seller.name, idNumber: maskIdNumber(input.seller.idNumber) },
  };
  return {
    id: written.id,
    committed: {
      saleId: input.saleId,
      receiptNo,
      committedAt: printed.committedAt,
      totalFen: totals.totalFen,
      cashRoundingFen: tenders.cashRoundingFen,
      changeFen: tenders.changeFen,
      pointsEarned: written.pointsEarned,
    },
    printed,
    priced,
    tenders,
  };
}

/** Whether a sale id is free: a sale already under it is refused (an exchange's sale is answered by its return). */
export function assertSaleIdFree(db: HandlerContext['db'], saleId: string): void {
  const existing = findSaleKey(db, { clientId: saleId });
  if (existing) throw new DomainError('SALE_ID_REUSED', { saleId, receiptNo: existing.receiptNo });
}

/**
 * The counter sale's commit, run by the router inside one IMMEDIATE transaction: price and check the cart,
 * check the tenders, ask for an approval if a discount needs one, then write the sale, its lines, payments,
 * stock, scrap-gold, points and credit movements, the invoice request and the journal row.
 * Anything refused rolls all of it back, the receipt number included. The receipt and warranty cards are
 * queued once the commit has answered. Nothing just written is read back: the answer and the documents are
 * made from what was written.
 */
export function commitSale(ctx: HandlerContext, input: CommitInput): CommittedSale {
  const { db } = ctx;
  const existing = findSaleKey(db, { clientId: input.saleId });
  if (existing) {
    // a retry (a double click, a lost answer) gets the sale already made; anything else under its id is refused
    if (existing.requestHash !== requestHash(input)) {
      throw new DomainError('SALE_ID_REUSED', { saleId: input.saleId, receiptNo: existing.receiptNo });
    }
    return {
      saleId: existing.clientId,
      receiptNo: existing.receiptNo,
      committedAt: existing.committedAt,
      totalFen: existing.totalFen,
      cashRoundingFen: existing.cashRoundingFen,
      changeFen: existing.changeFen,
      pointsEarned: existing.pointsEarned,
    };
  }
  const made = makeSale(ctx, input);
  const { customer } = made.priced;
  const member = customer && {
    ...customer,
    points: customer.points - made.tenders.pointsRedeemed + made.committed.pointsEarned,
  };
  const print = { db, events: ctx.events, terminalId: made.printed.terminalId, now: ctx.now };
  ctx.afterCommit(() => printSale(print, made.printed, made.priced.products, member));
  return made.committed;
}
