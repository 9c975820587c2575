import type { PrintJob } from '../../../../shared/contract/printing';
import type { CommittedReturn } from '../../../../shared/contract/returns';
import type { ReturnReceiptData } from '../../../../shared/print/templates/return-receipt';
import { jobEvent, queueDocument, type PrintDeps } from '../../printing';
import type { SaleKey } from '../sales';
import type { StaffRow } from '../staff';
import type { NewRefund, NewReturnLine } from './repo';

/** What the return wrote, besides its answer: who took it, the refunds with their references, its lines. */
export interface PrintedReturn {
  cashier: Pick<StaffRow, 'id' | 'name'>;
  refunds: readonly NewRefund[];
  sale: SaleKey;
  lines: readonly NewReturnLine[];
}

const clip = (text: string, length: number): string => [...text].slice(0, length).join('');

function receiptData(answer: CommittedReturn, terminalId: string, printed: PrintedReturn): ReturnReceiptData {
  return {
    returnNo: answer.returnNo,
    receiptNo: printed.sale.receiptNo,
    at: answer.committedAt,
    terminalId,
    cashier: clip(printed.cashier.name, 40),
    approver: answer.approver && clip(answer.approver.name, 40),
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
    refundFen: answer.refundFen,
    points:
      printed.sale.customerId === null
        ? null
        : { taken: answer.pointsTaken, restored: answer.pointsRestored, debt: answer.pointsDebt },
  };
}

/**
 * Queues the return receipt in a transaction of its own once the return has answered: the money is paid out
 * without waiting for paper, and a return never depends on its printing.
 */
export function printReturn(deps: PrintDeps, answer: CommittedReturn, printed: PrintedReturn): void {
  if (!deps.db.open) return;
  const jobs: PrintJob[] = [];
  deps.db
    .transaction(() =>
      queueDocument(
        deps,
        {
          documentType: 'returnReceipt',
          reference: answer.returnNo,
          data: receiptData(answer, deps.terminalId, printed),
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
