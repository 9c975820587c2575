import { z } from 'zod';
import { formatGrams, formatYuan } from '../../domain/money';
import { cut, pair, row, rule, text, type Block } from '../document';
import { formatDateTime, formatRate } from '../format';
import { TENDER_LABELS } from '../tender-labels';
import { TENDER_METHODS } from '../../domain/shift';
import { referenceCode, storeHeader } from './parts';
import { CodeText, template } from './template';

const Fen = z.number().int().nonnegative();
const Name = z.string().trim().min(1).max(40);

const RULE_LABELS = { refund: '原价退款', buyBack: '按今日回收价回收' } as const;
const DECISION_LABELS = { restock: '回库', repair: '送修', writeOff: '报损', scrap: '入旧料' } as const;
const TITLES = {
  return: '退货单 RETURN',
  buyBack: '旧料回收单 BUY-BACK',
  exchange: '换货单 EXCHANGE',
} as const;
const Signed = z.number().int();

const REFUND_TOTAL_LABELS = { return: '退款合计', buyBack: '付款合计', exchange: '退还合计' } as const;

/** An exchange's new goods, the credit the returned ones gave, and the difference with what paid it. */
function exchangeBlocks(exchange: NonNullable<ReturnReceiptData['exchange']>): Block[] {
  const pays = exchange.differenceFen >= 0;
  return [
    rule(),
    text(`换购商品 ${exchange.receiptNo}`, { bold: true }),
    ...exchange.lines.map((line) =>
      row([{ text: `${line.name} ×${line.quantity}` }, { text: formatYuan(line.amountFen), align: 'right' }]),
    ),
    rule(),
    pair('新购合计', formatYuan(exchange.totalFen)),
    pair('退回抵扣', formatYuan(-exchange.creditFen)),
    pair(pays ? '顾客补付' : '退还顾客', formatYuan(Math.abs(exchange.differenceFen)), {
      bold: true,
      size: 'tall',
    }),
    ...exchange.payments.flatMap((payment) => [
      pair(TENDER_LABELS[payment.method], formatYuan(payment.amountFen)),
      ...(payment.reference ? [text(`  交易单号 ${payment.reference}`)] : []),
    ]),
    ...(exchange.changeFen > 0 ? [pair('找零', formatYuan(exchange.changeFen))] : []),
  ];
}

/** The return receipt (退货单): what came back, by which rule, and what went back to which tender. */
export const ReturnReceiptData = z.object({
  kind: z.enum(['return', 'buyBack', 'exchange']).default('return'),
  returnNo: CodeText,
  /** null: taken back without a receipt */
  receiptNo: z.string().min(1).max(40).nullable(),
  at: z.iso.datetime(),
  terminalId: z.string().min(1).max(8),
  cashier: Name,
  approver: Name.nullable().default(null),
  lines: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(60),
        quantity: z.number().int().positive(),
        rule: z.enum(['refund', 'buyBack']),
        weightMg: z.number().int().positive().nullable(),
        buyBackFenPerGram: Fen.nullable(),
        amountFen: Fen,
        decision: z.enum(['restock', 'repair', 'writeOff', 'scrap']),
      }),
    )
    .min(1),
  refunds: z.array(
    z.object({
      method: z.enum(TENDER_METHODS),
      amountFen: Fen,
      reference: z.string().nullable(),
      points: z.number().int().nullable(),
    }),
  ),
  refundFen: Fen,
  points: z.object({ taken: Fen, restored: Fen, debt: Fen }).nullable(),
  /** A buy-back's seller, the ID number already masked. */
  seller: z
    .object({ name: Name, idNumber: z.string().max(30) })
    .nullable()
    .default(null),
  /** An exchange's new sale: its goods, what the returned ones paid towards them, the difference. */
  exchange: z
    .object({
      receiptNo: CodeText,
      lines: z
        .array(
          z.object({
            name: z.string().trim().min(1).max(60),
            quantity: z.number().int().positive(),
            amountFen: Signed,
          }),
        )
        .min(1),
      totalFen: Signed,
      creditFen: Fen,
      /** More than 0: the customer paid it; less than 0: the customer got it back (the refunds above). */
      differenceFen: Signed,
      /** What the customer handed over for the difference (cash as handed over, the change below). */
      payments: z.array(
        z.object({ method: z.enum(TENDER_METHODS), amountFen: Fen, reference: z.string().nullable() }),
      ),
      changeFen: Fen,
    })
    .nullable()
    .default(null),
});
export type ReturnReceiptData = z.output<typeof ReturnReceiptData>;

export const returnReceipt = template({
  schema: ReturnReceiptData,
  reprintable: true,
  build(data, context) {
    const exchange = data.exchange;
    // cash paid out, or the difference of an exchange paid in cash
    const paysCash =
      data.refunds.some((r) => r.method === 'cash') ||
      (exchange?.payments.some((p) => p.method === 'cash') ?? false);
    const points = data.points;
    const refundTotal =
      data.kind === 'exchange' && data.refunds.length === 0
        ? []
        : [
            pair(REFUND_TOTAL_LABELS[data.kind], formatYuan(data.refundFen), {
              bold: true,
              size: 'tall' as const,
            }),
          ];
    return {
      title: `${TITLES[data.kind]} ${data.returnNo}`,
      blocks: [
        // cash leaves the drawer now; a reprint opens nothing
        ...(paysCash && !context.copy ? [{ kind: 'drawer' } as const] : []),
        ...storeHeader(context, TITLES[data.kind]),
        pair('单号', data.returnNo),
        ...(data.kind === 'buyBack' ? [] : [pair('原小票', data.receiptNo ?? '无小票')]),
        ...(data.seller ? [pair('出售人', `${data.seller.name} ${data.seller.idNumber}`)] : []),
        pair('时间', formatDateTime(data.at, context.timeZone)),
        row([{ text: `收银台 ${data.terminalId}` }, { text: `收银员 ${data.cashier}`, align: 'right' }]),
        ...(data.approver ? [pair('授权主管', data.approver)] : []),
        rule(),
        ...data.lines.flatMap((line) => [
          text(line.name, { bold: true }),
          row([
            { text: `${line.quantity} 件 ${RULE_LABELS[line.rule]}` },
            { text: formatYuan(line.amountFen), align: 'right' },
          ]),
          ...(line.weightMg === null
            ? []
            : [
                text(
                  `实称 ${formatGrams(line.weightMg, context.weightDecimals)}` +
                    (line.buyBackFenPerGram === null ? '' : ` × ${formatRate(line.buyBackFenPerGram)}`),
                ),
              ]),
          text(`处理：${DECISION_LABELS[line.decision]}`),
        ]),
        ...(exchange ? exchangeBlocks(exchange) : []),
        rule(),
        ...refundTotal,
        ...data.refunds.flatMap((refund) => [
          pair(
            refund.points === null
              ? TENDER_LABELS[refund.method]
              : `${TENDER_LABELS[refund.method]} ${refund.points}分`,
            formatYuan(refund.amountFen),
          ),
          ...(refund.reference ? [text(`  退款单号 ${refund.reference}`)] : []),
        ]),
        ...(points
          ? [
              rule(),
              pair('扣回积分', String(points.taken)),
              pair('退回积分', String(points.restored)),
              ...(points.debt > 0 ? [pair('欠积分', String(points.debt), { bold: true })] : []),
            ]
          : []),
        rule(),
        ...referenceCode(context, data.returnNo),
        text('顾客签字：'),
        text(' '),
        cut(),
      ],
    };
  },
  sample: () => ({
    returnNo: 'T01-R000001',
    receiptNo: 'T01-20261123-0001',
    at: '2026-11-25T04:00:00.000Z',
    terminalId: 'T01',
    cashier: '张三',
    approver: null,
    lines: [
      {
        name: '足金古法手镯',
        quantity: 1,
        rule: 'refund' as const,
        weightMg: 20_150,
        buyBackFenPerGram: null,
        amountFen: 1_263_405,
        decision: 'restock' as const,
      },
    ],
    refunds: [
      { method: 'wechat' as const, amountFen: 1_000_000, reference: '4200009876202611250001', points: null },
      { method: 'cash' as const, amountFen: 263_405, reference: null, points: null },
    ],
    refundFen: 1_263_405,
    points: { taken: 12_634, restored: 0, debt: 0 },
  }),
});
