import type { returnsZhCN } from './returns.zh-CN';

/** Returns: spread into the English catalog. */
export const returnsEn: Record<keyof typeof returnsZhCN, string> = {
  'tile.returns': 'Returns',
  'tile.returns.description': 'Against the receipt: inspect, weigh, refund as it was paid',
  'sale.action.returns': 'Returns',

  'returns.receipt': 'Receipt number (scan it)',
  'returns.find': 'Find',
  'returns.empty': 'Scan the receipt’s barcode, or type its number and press Enter',
};
