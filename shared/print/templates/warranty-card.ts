import { z } from 'zod';
import { cut, pair, row, rule } from '../document';
import { formatDate, maskPhone } from '../format';
import { formatGrams } from '../../domain/money';
import { copyMark, paragraph, referenceCode, storeHeader } from './parts';
import { CodeText, LocalDate, template } from './template';

/** One card per warranty-bearing item (质保单), printed on the roll or on an A5 sheet. */
export const WarrantyCardData = z.object({
  cardNo: CodeText,
  receiptNo: CodeText,
  purchasedAt: z.iso.datetime(),
  product: z.string().trim().min(1).max(60),
  sku: z.string().trim().max(30).nullable().default(null),
  purity: z.string().trim().max(20).nullable().default(null),
  weightMg: z.number().int().positive().nullable().default(null),
  certificateNo: z.string().trim().max(40).nullable().default(null),
  warrantyMonths: z.number().int().positive().max(120),
  /** The last day of cover, the store's local date. */
  warrantyEndsOn: LocalDate,
  customer: z
    .object({
      name: z.string().trim().max(20).nullable().default(null),
      phone: z.string().trim().min(4).max(20).transform(maskPhone).nullable().default(null),
    })
    .nullable()
    .default(null),
});
export type WarrantyCardData = z.output<typeof WarrantyCardData>;
export type WarrantyCardInput = z.input<typeof WarrantyCardData>;

export const warrantyCard = template({
  schema: WarrantyCardData,
  reprintable: true,
  build(data, context) {
    const { customer } = data;
    return {
      title: `质保单 ${data.cardNo}`,
      blocks: [
        ...storeHeader(context, '商品质保单 WARRANTY CARD'),
        pair('质保单号', data.cardNo),
        pair('小票号', data.receiptNo),
        pair('购买日期', formatDate(data.purchasedAt, context.timeZone)),
        rule(),
        pair('商品', data.sku ? `${data.product} ${data.sku}` : data.product),
        row([
          { text: `成色 ${data.purity ?? '-'}` },
          {
            text: `重量 ${data.weightMg === null ? '-' : formatGrams(data.weightMg, context.weightDecimals)}`,
            align: 'right',
          },
        ]),
        ...(data.certificateNo ? [pair('证书编号', data.certificateNo)] : []),
        pair('质保期', `${data.warrantyMonths}个月`),
        pair('质保截止', data.warrantyEndsOn, { bold: true }),
        ...(customer && (customer.name || customer.phone)
          ? [pair(`顾客 ${customer.name ?? ''}`, customer.phone ?? '')]
          : []),
        rule(),
        ...paragraph('保养须知', context.warrantyCare),
        ...paragraph('维修与换货条款', context.warrantyTerms),
        { kind: 'stamp', label: '门店盖章 Store stamp', lines: 5 },
        ...referenceCode(context, data.cardNo),
        ...copyMark(context),
        cut(),
      ],
    };
  },
  sample: (): WarrantyCardInput => ({
    cardNo: 'T01-20261123-0001-1',
    receiptNo: 'T01-20261123-0001',
    purchasedAt: '2026-11-23T02:00:00.000Z',
    product: '足金古法手镯',
    sku: 'GB-018',
    purity: '足金999',
    weightMg: 25_380,
    certificateNo: 'NGTC-2026-0123456',
    warrantyMonths: 12,
    warrantyEndsOn: '2027-11-22',
    customer: { name: '李女士', phone: '13812345678' },
  }),
});
