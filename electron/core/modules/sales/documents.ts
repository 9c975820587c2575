import type { Customer } from '../../../../shared/contract/customers';
import type { Product } from '../../../../shared/contract/catalog';
import type { Sale } from '../../../../shared/contract/sales';
import { PURITIES } from '../../../../shared/domain/purity';
import { warrantyEndsOn } from '../../../../shared/domain/warranty';
import type { ReceiptInput } from '../../../../shared/print/templates/receipt';
import { TENDER_LABELS } from '../../../../shared/print/tender-labels';
import type { PrintJob } from '../../../../shared/contract/printing';
import { jobEvent, queueDocument, type PrintDeps } from '../../printing';
import { getProduct } from '../catalog';
import { getCustomer } from '../customers';
import { getSale } from './repo';
import { query } from '../../db/statements';

// What a sale prints: the receipt, and a warranty card (质保单) for each piece that carries a warranty.

/** The sale as the commit just wrote it. */
export type PrintedSale = Pick<
  Sale,
  | 'receiptNo'
  | 'committedAt'
  | 'businessDay'
  | 'terminalId'
  | 'cashier'
  | 'lines'
  | 'lineDiscountFen'
  | 'memberDiscountFen'
  | 'orderDiscountFen'
  | 'totalFen'
  | 'cashRoundingFen'
  | 'payments'
  | 'changeFen'
  | 'pointsEarned'
  | 'pointsRedeemed'
> & {
  /** A trade-in worth more than the goods: who was paid, the ID number masked. */
  seller?: { name: string; idNumber: string } | null;
};

/** The print templates' field lengths are shorter than the catalog's: long names are cut, never refused. */
const clip = (text: string | null, length: number): string | null =>
  text === null ? null : [...text].slice(0, length).join('');
const purityLabel = (purity: Sale['lines'][number]['purity']): string | null =>
  purity ? PURITIES[purity].zh : null;

function receiptData(sale: PrintedSale, customer: Customer | null): ReceiptInput {
  const sold = sale.lines.filter((line) => line.kind !== 'tradeIn');
  const discounts = [
    { label: '单品优惠', amountFen: sale.lineDiscountFen },
    {
      label: customer ? `会员优惠 ${clip(customer.tier.name, 20)}` : '会员优惠',
      amountFen: sale.memberDiscountFen,
    },
    { label: '整单优惠', amountFen: sale.orderDiscountFen },
  ].filter((discount) => discount.amountFen > 0);
  return {
    receiptNo: sale.receiptNo,
    issuedAt: sale.committedAt,
    terminalId: sale.terminalId,
    cashier: sale.cashier.name,
    items: sold.map((line) => ({
      name: clip(line.name, 60) as string,
      sku: clip(line.sku, 30),
      purity: purityLabel(line.purity),
      weightMg: line.weightMg,
      goldRateFenPerGram: line.goldRateFenPerGram,
      laborFee: line.laborFee,
      metalFen: line.metalFen,
      laborFen: line.laborFen,
      quantity: line.quantity,
      priceFen: line.grossFen,
    })),
    discounts,
    tradeIns: sale.lines
      .filter((line) => line.kind === 'tradeIn' && line.netFen < 0)
      .map((line) => ({
        description: clip(line.name, 40) as string,
        purity: purityLabel(line.purity),
        weightMg: line.weightMg as number,
        rateFenPerGram: line.goldRateFenPerGram as number,
        amountFen: -line.netFen,
      })),
    totalFen: sale.totalFen,
    cashRoundingFen: sale.cashRoundingFen,
    // a trade-in worth more than the goods is paid out, not tendered
    payout:
      sale.totalFen < 0
        ? {
            seller: sale.seller
              ? { name: clip(sale.seller.name, 20) as string, idNumber: sale.seller.idNumber }
              : null,
          }
        : null,
    tenders: sale.payments
      .filter((payment) => payment.amountFen > 0)
      .map((payment) => ({
        method:
          payment.method === 'storeCredit'
            ? 'voucher'
            : payment.method === 'points'
              ? 'other'
              : payment.method,
        label:
          payment.method === 'bankCard'
            ? `银行卡 ****${payment.cardLast4}`
            : payment.method === 'points'
              ? `${TENDER_LABELS.points} ${payment.points}分`
              : payment.method === 'storeCredit'
                ? TENDER_LABELS.storeCredit
                : null,
        // the customer handed over the cash and got the change back: the receipt shows both
        amountFen: payment.tenderedFen ?? payment.amountFen,
      })),
    changeFen: sale.changeFen,
    member: customer && {
      name: clip(customer.name, 20),
      phone: customer.phone,
      pointsEarned: sale.pointsEarned - sale.pointsRedeemed,
      pointsBalance: customer.points,
    },
  };
}

function warrantyCards(
  sale: PrintedSale,
  products: readonly { lineNo: number; product: Product }[],
  customer: Customer | null,
) {
  const cards = sale.lines.flatMap((line) => {
    const product = products.find((p) => p.lineNo === line.lineNo)?.product;
    if (!product || product.warrantyMonths === 0) return [];
    return Array.from({ length: line.quantity }, () => ({ line, product }));
  });
  return cards.map(({ line, product }, index) => ({
    cardNo: `${sale.receiptNo}-${index + 1}`,
    receiptNo: sale.receiptNo,
    purchasedAt: sale.committedAt,
    product: clip(line.name, 60) as string,
    sku: clip(line.sku, 30),
    purity: purityLabel(line.purity),
    weightMg: line.weightMg,
    certificateNo: clip(product.certificateNo, 40),
    warrantyMonths: product.warrantyMonths,
    warrantyEndsOn: warrantyEndsOn(sale.businessDay, product.warrantyMonths),
    customer: customer && { name: clip(customer.name, 20), phone: customer.phone },
  }));
}

/**
 * Queues a committed sale's receipt and a warranty card per warranty-bearing piece, in a transaction of
 * their own, run by the commit once it has answered (ctx.afterCommit): the cashier hands over the change
 * without waiting for documents, and a sale never depends on them. A till that stops in between catches up
 * at its next start (queueUnprintedSales). `customer` is the member as the sale left them.
 */
export function printSale(
  deps: PrintDeps,
  sale: PrintedSale,
  products: readonly { lineNo: number; product: Product }[],
  customer: Customer | null,
  // an exchange's sale is on the exchange receipt: only its warranty cards print here
  options: { receipt: boolean } = { receipt: true },
): void {
  if (!deps.db.open) return;
  const jobs: PrintJob[] = [];
  const createdBy = sale.cashier.id;
  deps.db
    .transaction(() => {
      if (options.receipt) {
        const receipt = receiptData(sale, customer);
        queueDocument(
          deps,
          { documentType: 'receipt', reference: sale.receiptNo, data: receipt, now: deps.now, createdBy },
          jobs,
          'sale.printNotQueued',
        );
      }
      for (const card of warrantyCards(sale, products, customer)) {
        queueDocument(
          deps,
          { documentType: 'warrantyCard', reference: card.cardNo, data: card, now: deps.now, createdBy },
          jobs,
          'sale.printNotQueued',
        );
      }
    })
    .immediate();
  for (const job of jobs) deps.events.emit(null, jobEvent(job));
}

/** How far back a start looks for sales whose documents were never queued. */
const CATCH_UP_MS = 3_600_000;

/**
 * At start: queues the documents of the last hour's sales that have no receipt job, because the till
 * stopped between a sale's commit and its printing. Only the newest sales can be missing one. An exchange's
 * sale never has one: its goods are on the exchange receipt.
 */
export function queueUnprintedSales(deps: PrintDeps): void {
  const since = new Date(deps.now.getTime() - CATCH_UP_MS).toISOString();
  const recent = query(
    deps.db,
    `SELECT id FROM (SELECT id, receipt_no, committed_at, state FROM sales ORDER BY id DESC LIMIT 20) s
       WHERE committed_at > ? AND state = 'committed'
         AND NOT EXISTS (SELECT 1 FROM print_jobs WHERE document_type = 'receipt' AND reference = s.receipt_no)
         AND NOT EXISTS (SELECT 1 FROM sale_payments WHERE sale_id = s.id AND exchange_credit = 1)
       ORDER BY id`,
  )
    .pluck()
    .all(since) as number[];
  for (const id of recent) {
    const sale = getSale(deps.db, id);
    const products = sale.lines.flatMap((line) =>
      line.productId === null ? [] : [{ lineNo: line.lineNo, product: getProduct(deps.db, line.productId) }],
    );
    printSale(deps, sale, products, sale.customer && getCustomer(deps.db, sale.customer.id));
  }
}
