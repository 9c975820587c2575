import type { Discount } from '../../../../shared/domain/cart';
import { amountText, parseAmount } from '../../components/amount';
import { discountText, parsePercent } from './discount-text';

/** The fields a discount is typed in: percent or amount, its value, and the reason journaled with it. */
export interface DiscountValues {
  discountKind: 'percent' | 'amount';
  percent?: string;
  amount?: string;
  reason?: string;
}

/** The discount the fields hold; null when none was typed. */
export function discountFromValues(values: DiscountValues): Discount | null {
  if (values.discountKind === 'amount') {
    const fen = parseAmount('yuan', values.amount);
    return fen ? { kind: 'amount', fen } : null;
  }
  const bp = values.percent?.trim() ? parsePercent(values.percent) : null;
  return bp ? { kind: 'percent', bp } : null;
}

/** The fields for a discount already given, to edit it. */
export function discountValues(
  discount: Discount | null | undefined,
  reason: string | null | undefined,
): DiscountValues {
  return {
    discountKind: discount?.kind ?? 'percent',
    percent: discount?.kind === 'percent' ? discountText(discount).replace('%', '') : '',
    amount: discount?.kind === 'amount' ? amountText('yuan', discount.fen) : '',
    reason: reason ?? '',
  };
}
