import { z } from 'zod';
import { cut, pair, rule, text, type Block } from '../document';
import { formatDateTime, maskPhone } from '../format';
import { formatGrams, formatYuan } from '../../domain/money';
import { copyMark, paragraph, storeHeader } from './parts';
import { CodeText, LocalDate, template, type PrintContext } from './template';

const Fen = z.number().int().nonnegative();

/** The customer as repair documents print them: the phone masked as it is parsed. */
export const PrintedCustomer = z.object({
  name: z.string().trim().min(1).max(20),
  phone: z.string().trim().min(4).max(20).transform(maskPhone),
});

/** A service line of a repair document; free when the warranty covers it. */
export const PrintedService = z.object({ name: z.string().min(1).max(40), priceFen: Fen, free: z.boolean() });

/**
 * The intake slip (维修单) in two parts, cut apart: the customer's claim stub (取件凭证), which brings the
 * item back, and the workshop tag that travels with the item through the workshop.
 */
export const RepairSlipData = z.object({
  ticketNo: CodeText,
  receivedAt: z.iso.datetime(),
  receivedBy: z.string().min(1).max(40),
  customer: PrintedCustomer,
  item: z.string().trim().min(1).max(80),
  category: z.string().trim().min(1).max(20),
  purity: z.string().trim().max(20).nullable(),
  stoneCount: z.number().int().nonnegative(),
  weightInMg: z.number().int().positive(),
  /** The condition checklist as printed (划痕, 松石 …) and the free notes. */
  conditions: z.array(z.string().min(1).max(20)).max(20),
  notes: z.string().max(200),
  services: z.array(PrintedService).min(1),
  extraWork: z.string().max(200),
  /** Null while the quote waits for the workshop's assessment. */
  quoteFen: Fen.nullable(),
  depositFen: Fen,
  /** What is left to pay at pick-up (the quote less the deposit); null while the quote waits. Jobs queued before it was printed have none. */
  balanceFen: Fen.nullable().optional(),
  /** The customer's declared value of the item (申报价值), 0 when none was given; absent on older jobs. */
  declaredValueFen: Fen.optional(),
  warrantyReceiptNo: z.string().max(64).nullable(),
  promisedOn: LocalDate,
  terms: z.string().max(2000),
});
export type RepairSlipData = z.output<typeof RepairSlipData>;
export type RepairSlipInput = z.input<typeof RepairSlipData>;

const ticketCode = (ticketNo: string): Block => ({ kind: 'barcode', data: ticketNo, hri: true });

function itemBlocks(data: RepairSlipData, context: PrintContext): Block[] {
  return [
    pair('物品', `${data.category} ${data.item}`),
    pair('成色', data.purity ?? '-'),
    pair('收件重量', formatGrams(data.weightInMg, context.weightDecimals), { bold: true }),
    pair('石数', String(data.stoneCount)),
    pair('外观', data.conditions.length > 0 ? data.conditions.join('、') : '完好'),
    ...(data.notes ? [text(`备注 ${data.notes}`)] : []),
  ];
}

/** The work and its price, or 保修免费 where the warranty covers it. */
export const serviceLines = (services: readonly z.output<typeof PrintedService>[]): Block[] =>
  services.map((s) => pair(s.name, s.free ? '保修免费' : formatYuan(s.priceFen)));

function workBlocks(data: RepairSlipData): Block[] {
  return [...serviceLines(data.services), ...(data.extraWork ? [text(`其他 ${data.extraWork}`)] : [])];
}

/** The customer's own value of the item, on the stub only: the workshop has no need of it. */
function declaredValue(data: RepairSlipData): Block[] {
  if (data.declaredValueFen === undefined) return [];
  return [pair('申报价值', data.declaredValueFen > 0 ? formatYuan(data.declaredValueFen) : '未申报')];
}

function stub(data: RepairSlipData, context: PrintContext): Block[] {
  return [
    ...storeHeader(context, '维修取件凭证 REPAIR CLAIM STUB'),
    ticketCode(data.ticketNo),
    pair('收件时间', formatDateTime(data.receivedAt, context.timeZone)),
    pair('约定取件', data.promisedOn, { bold: true, size: 'tall' }),
    pair(`顾客 ${data.customer.name}`, data.customer.phone),
    rule(),
    ...itemBlocks(data, context),
    ...declaredValue(data),
    rule(),
    ...workBlocks(data),
    pair('维修报价', data.quoteFen === null ? '待报价' : formatYuan(data.quoteFen), { bold: true }),
    ...(data.depositFen > 0 ? [pair('已付订金', formatYuan(data.depositFen))] : []),
    ...(data.balanceFen === undefined
      ? []
      : [
          pair('应付余额', data.balanceFen === null ? '报价后确定' : formatYuan(data.balanceFen), {
            bold: true,
          }),
        ]),
    ...(data.warrantyReceiptNo ? [pair('原购小票', data.warrantyReceiptNo)] : []),
    rule(),
    ...paragraph('维修须知', data.terms),
    text(`经办 ${data.receivedBy}`),
    { kind: 'stamp', label: '顾客签名 Customer signature', lines: 2, purpose: 'signature' },
    ...copyMark(context),
    cut(),
  ];
}

function tag(data: RepairSlipData, context: PrintContext): Block[] {
  return [
    text('维修工单 WORKSHOP TAG', { align: 'center', bold: true, size: 'double' }),
    ...copyMark(context),
    ticketCode(data.ticketNo),
    pair('约定完成', data.promisedOn, { bold: true }),
    pair('顾客', data.customer.name),
    rule(),
    ...itemBlocks(data, context),
    rule(),
    ...workBlocks(data),
    cut(),
  ];
}

export const repairSlip = template({
  schema: RepairSlipData,
  reprintable: true,
  build: (data, context) => ({
    title: `维修单 ${data.ticketNo}`,
    blocks: [...stub(data, context), ...tag(data, context)],
  }),
  sample: (): RepairSlipInput => ({
    ticketNo: 'WX-T01-000001',
    receivedAt: '2026-11-23T02:00:00.000Z',
    receivedBy: '张三',
    customer: { name: '李女士', phone: '13812345678' },
    item: '足金古法手镯',
    category: '手镯',
    purity: '千足金 Au999',
    stoneCount: 0,
    weightInMg: 25_380,
    conditions: ['划痕', '变形'],
    notes: '内圈有刻字',
    services: [
      { name: '改圈口', priceFen: 5_000, free: false },
      { name: '抛光', priceFen: 0, free: true },
    ],
    extraWork: '',
    quoteFen: 5_000,
    depositFen: 2_000,
    balanceFen: 3_000,
    declaredValueFen: 1_200_000,
    warrantyReceiptNo: 'T01-20261001-0003',
    promisedOn: '2026-11-26',
    terms: '取件请出示本凭证。',
  }),
});
