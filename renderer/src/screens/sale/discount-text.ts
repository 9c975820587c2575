import type { Discount } from '../../../../shared/domain/cart';
import { BP_PER_WHOLE, formatDecimal, formatYuan } from '../../../../shared/domain/money';

/** A discount as typed: "5%" (500 bp; 250 bp is "2.5%"), or an amount "￥20.00". */
export function discountText(discount: Discount): string {
  if (discount.kind === 'amount') return formatYuan(discount.fen);
  const percent = formatDecimal(discount.bp, 2).replace(/\.?0+$/, '');
  return `${percent}%`;
}

/** Percent typed with up to two decimals → basis points; null for anything else, 0 or above 100 %. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp > 0 && bp <= BP_PER_WHOLE ? bp : null;
}
