import type { TenderMethod } from '../domain/shift';

/** Ways of paying a printed document can name besides the till's own tenders (a voucher, a card scheme). */
export const PRINTED_TENDER_METHODS = [
  'cash',
  'bankCard',
  'wechat',
  'alipay',
  'unionpay',
  'voucher',
  'other',
] as const;
export type PrintedTenderMethod = (typeof PRINTED_TENDER_METHODS)[number];

/** How each way of paying is named on paper: receipts, collection slips and shift reports alike. */
export const TENDER_LABELS: Record<TenderMethod | PrintedTenderMethod, string> = {
  cash: '现金',
  bankCard: '银行卡',
  wechat: '微信支付',
  alipay: '支付宝',
  unionpay: '云闪付',
  voucher: '代金券',
  other: '其他',
  storeCredit: '储值余额',
  points: '积分抵扣',
};
