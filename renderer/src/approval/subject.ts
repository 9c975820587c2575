import type { ErrorBody } from '../../../shared/contract';
import { formatYuan } from '../../../shared/domain/money';

/** What an approval is for, as the prompt shows it besides the action: the item and the amount concerned. */
export interface ApprovalSubject {
  item: string | null;
  amount: string | null;
  /** The discount asked for, in basis points; null when the action is no discount. */
  discountBp: number | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const fen = (value: unknown): number | null => (Number.isSafeInteger(value) ? (value as number) : null);

/**
 * Read from the refusal's details (the core names the item and amount where the need depends on the input),
 * else from the refused call's own input: a receipt number, an amount of cash.
 */
export function approvalSubject(error: ErrorBody, input: unknown): ApprovalSubject {
  const given = (input ?? {}) as Record<string, unknown>;
  const amountFen = fen(given.amountFen) ?? fen(given.leftInFen);
  return {
    item: text(error.details.item) ?? text(given.receiptNo),
    amount: text(error.details.amount) ?? (amountFen === null ? null : formatYuan(amountFen)),
    discountBp: fen(error.details.discountBp),
  };
}
