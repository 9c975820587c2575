import type { PrintJob } from '../../../../shared/contract/printing';
import type { Payment, SaleLine } from '../../../../shared/contract/sales';
import type { ReturnReceiptData } from '../../../../shared/print/templates/return-receipt';
import { jobEvent, queueDocument, type PrintDeps } from '../../printing';
import type { StaffRow } from '../staff';
import type { NewRefund, NewReturnLine } from './repo';

/** A return as it was written, with or without a receipt, or an exchange: what its paper shows. */
export interface PrintedReturn {
  kind: 'return' | 'buyBack' | 'exchange';
  returnNo: string;
  committedAt: string;
  /** null: returned without a receipt */
  receiptNo: string | null;
  cashier: Pick<StaffRow, 'id' | 'name'>;
  approver: { name: string } | null;
  lines: readonly (Pick<
    NewReturnLine,
    'name' | 'quantity' | 'rule' | 'weightMg' | 'buyBackFenPerGram' | 'amountFen'
  > & { decision: NewReturnLine['decision'] | 'scrap' })[];
  refunds: readonly NewRefund[];
  refundFen: number;
  /** A member's points taken back, restored and owed; null without a member. */
  points: { taken: number; restored: number; debt: number } | null;
  /** A buy-back's seller, the ID number masked. */
  seller: { name: string; idNumber: string } | null;
  /** An exchange's new sale: its goods, the credit the returned ones gave, the difference and its tenders. */
  exchange?: {
    receiptNo: string;
    lines: readonly Pick<SaleLine, 'kind' | 'name' | 'quantity' | 'netFen'>[];
    totalFen: number;
    creditFen: number;
    differenceFen: number;
    payments: readonly Payment[];
    changeFen: number;
  };
}

const clip = (text: string, length: number): string => [...text].slice(0, length).join('');

function receiptData(printed: PrintedReturn, terminalId: string): ReturnReceiptData {
  return {
    kind: printed.kind,
    returnNo: printed.returnNo,
    receiptNo: printed.receiptNo,
    at: printed.committedAt,
    terminalId,
    cashier: clip(printed.cashier.name, 40),
    approver: printed.approver && clip(printed.approver.name, 40),
    lines: printed.lines.map((line) => ({
      name: clip(line.name, 60),
      quantity: line.quantity,
      rule: line.rule,
      weightMg: line.weightMg,
      buyBackFenPerGram: line.buyBackFenPerGram,
      amountFen: line.amountFen,
      decision: line.decision,
    })),
    refunds: printed.refunds.map(({ method, amountFen, reference, points }) => ({
      method,
      amountFen,
      reference,
      points,
    })),
    refundFen: printed.refundFen,
    points: printed.points,
    seller: printed.seller && { name: clip(printed.seller.name, 40), idNumber: printed.seller.idNumber },
    exchange: printed.exchange
      ? {
          receiptNo: printed.exchange.receiptNo,
          lines: printed.exchange.lines.map((line) => ({
            name: clip(line.name, 60),
            quantity: line.quantity,
            amountFen: line.netFen,
          })),
          totalFen: printed.exchange.totalFen,
          creditFen: printed.exchange.creditFen,
          differenceFen: printed.exchange.differenceFen,
          payments: printed.exchange.payments.map(({ method, amountFen, tenderedFen, reference }) => ({
            method,
            amountFen: tenderedFen ?? amountFen,
            reference,
          })),
          changeFen: printed.exchange.changeFen,
        }
      : null,
  };
}

/**
 * Queues the return receipt in a transaction of its own once the return has answered: the money is paid out
 * without waiting for paper, and a return never depends on its printing.
 */
export function printReturn(deps: PrintDeps, printed: PrintedReturn): void {
  if (!deps.db.open) return;
  const jobs: PrintJob[] = [];
  deps.db
    .transaction(() =>
      queueDocument(
        deps,
        {
          documentType: 'returnReceipt',
          reference: printed.returnNo,
          data: receiptData(printed, deps.terminalId),
          now: deps.now,
          createdBy: printed.cashier.id,
        },
        jobs,
        'return.printNotQueued',
      ),
    )
    .immediate();
  for (const job of jobs) deps.events.emit(null, jobEvent(job));
}
