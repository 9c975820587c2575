import { z } from 'zod';
import { cut, pair, rule, text } from '../document';
import { formatDateTime } from '../format';
import { formatGrams, formatWeightChange, formatYuan } from '../../domain/money';
import { copyMark, paragraph, storeHeader } from './parts';
import { TENDER_LABELS } from '../tender-labels';
import { PrintedCustomer, PrintedService, serviceLines } from './repair-slip';
import { CodeText, template } from './template';

const Fen = z.number().int().nonnegative();
const Mg = z.number().int().positive();

/** Handed over with the repaired item (维修取件单): the weights in and out, the work, what was paid. */
export const RepairCollectionData = z.object({
  ticketNo: CodeText,
  collectedAt: z.iso.datetime(),
  staff: z.string().min(1).max(40),
  customer: PrintedCustomer,
  item: z.string().trim().min(1).max(80),
  weightInMg: Mg,
  qcWeightMg: Mg,
  weightOutMg: Mg,
  services: z.array(PrintedService).min(1),
  totalFen: Fen,
  depositFen: Fen,
  tenders: z.array(
    z.object({
      method: z.enum(['cash', 'bankCard', 'wechat', 'alipay']),
      amountFen: z.number().int().positive(),
    }),
  ),
  changeFen: Fen,
  /** Released without the claim stub, on the customer's identity and a manager's approval. */
  withoutStub: z.object({ approvedBy: z.string().min(1).max(40) }).nullable(),
  /** A weight out beyond the QC tolerance, released on a note and a manager's approval. */
  weightOutCheck: z
    .object({
      diffMg: z.number().int(),
      note: z.string().min(1).max(200),
      approvedBy: z.string().min(1).max(40),
    })
    .nullable()
    .default(null),
});
export type RepairCollectionInput = z.input<typeof RepairCollectionData>;

export const repairCollection = template({
  schema: RepairCollectionData,
  reprintable: true,
  build(data, context) {
    const grams = (mg: number) => formatGrams(mg, context.weightDecimals);
    const paidInCash = data.tenders.some((t) => t.method === 'cash');
    return {
      title: `维修取件单 ${data.ticketNo}`,
      blocks: [
        ...(paidInCash && !context.copy ? [{ kind: 'drawer' } as const] : []),
        ...storeHeader(context, '维修取件单 REPAIR COLLECTION'),
        pair('维修单号', data.ticketNo),
        pair('取件时间', formatDateTime(data.collectedAt, context.timeZone)),
        pair(`顾客 ${data.customer.name}`, data.customer.phone),
        rule(),
        text(data.item, { bold: true }),
        pair('收件重量', grams(data.weightInMg)),
        pair('质检重量', grams(data.qcWeightMg)),
        pair('取件重量', grams(data.weightOutMg), { bold: true, size: 'tall' }),
        ...(data.weightOutCheck
          ? [
              pair('重量差', formatWeightChange(data.weightOutCheck.diffMg, context.weightDecimals)),
              text(`说明 ${data.weightOutCheck.note}`),
              text(`超出允许范围，主管 ${data.weightOutCheck.approvedBy} 确认`),
            ]
          : []),
        rule(),
        ...serviceLines(data.services),
        pair('维修费用', formatYuan(data.totalFen), { bold: true }),
        ...(data.depositFen > 0 ? [pair('已付订金', formatYuan(data.depositFen))] : []),
        ...data.tenders.map((t) => pair(TENDER_LABELS[t.method], formatYuan(t.amountFen))),
        ...(data.changeFen > 0 || paidInCash ? [pair('找零', formatYuan(data.changeFen))] : []),
        ...(data.withoutStub ? [text(`凭证遗失，已核实身份，主管 ${data.withoutStub.approvedBy} 授权`)] : []),
        rule(),
        ...paragraph('维修后保养须知', context.warrantyCare),
        text(`经办 ${data.staff}`),
        { kind: 'stamp', label: '顾客确认签名 Customer signature', lines: 2, purpose: 'signature' },
        ...copyMark(context),
        cut(),
      ],
    };
  },
  sample: (): RepairCollectionInput => ({
    ticketNo: 'WX-T01-000001',
    collectedAt: '2026-11-26T06:00:00.000Z',
    staff: '张三',
    customer: { name: '李女士', phone: '13812345678' },
    item: '足金古法手镯',
    weightInMg: 25_380,
    qcWeightMg: 25_395,
    weightOutMg: 25_395,
    services: [{ name: '改圈口', priceFen: 5_000, free: false }],
    totalFen: 5_000,
    depositFen: 2_000,
    tenders: [{ method: 'cash', amountFen: 5_000 }],
    changeFen: 2_000,
    withoutStub: null,
  }),
});
