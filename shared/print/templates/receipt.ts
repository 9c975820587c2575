import { z } from 'zod';
import { cut, pair, row, rule, text, type Block } from '../document';
import { formatDateTime, formatDeduction, formatInteger, formatRate, maskPhone } from '../format';
import { formatGrams, formatYuan, type WeightDecimals } from '../../domain/money';
import { copyMark, paragraph, referenceCode, storeHeader } from './parts';
import { CodeText, template } from './template';
import { PRINTED_TENDER_METHODS, TENDER_LABELS } from '../tender-labels';

const Fen = z.number().int();
const PositiveFen = Fen.positive();
const Mg = z.number().int().positive();

export const ReceiptItem = z.object({
  name: z.string().trim().min(1).max(60),
  sku: z.string().trim().max(30).nullable().default(null),
  /** As the tag reads: 足金999, Au750, Pt950; null for stones and jade sold by the piece. */
  purity: z.string().trim().max(20).nullable().default(null),
  weightMg: Mg.nullable().default(null),
  goldRateFenPerGram: Fen.nonnegative().nullable().default(null),
  laborFee: z
    .object({ kind: z.enum(['perGram', 'perPiece']), fen: Fen.nonnegative() })
    .nullable()
    .default(null),
  /** A weighed piece's price split as 价费分离 asks: the metal at the day's rate, and the labor. */
  metalFen: Fen.nonnegative().nullable().default(null),
  laborFen: Fen.nonnegative().nullable().default(null),
  quantity: z.number().int().positive(),
  /** What the line charges before the receipt's discounts. */
  priceFen: Fen.nonnegative(),
});

export const ReceiptDiscount = z.object({ label: z.string().trim().min(1).max(30), amountFen: PositiveFen });

/** Old gold taken in part exchange (以旧换新), printed as a deduction. */
export const ReceiptTradeIn = z.object({
  description: z.string().trim().min(1).max(40),
  purity: z.string().trim().max(20).nullable().default(null),
  weightMg: Mg,
  rateFenPerGram: Fen.nonnegative(),
  amountFen: PositiveFen,
});

export const ReceiptTender = z.object({
  method: z.enum(PRINTED_TENDER_METHODS),
  /** Replaces the method's name, e.g. the card scheme. */
  label: z.string().trim().min(1).max(20).nullable().default(null),
  amountFen: PositiveFen,
});

export const ReceiptMember = z.object({
  name: z.string().trim().max(20).nullable().default(null),
  /** Masked as it is parsed, so a queued job never holds the full number. */
  phone: z.string().trim().min(4).max(20).transform(maskPhone),
  pointsEarned: z.number().int(),
  pointsBalance: z.number().int(),
});

const sum = (amounts: number[]): number => amounts.reduce((total, amount) => total + amount, 0);

export const ReceiptData = z
  .object({
    receiptNo: CodeText,
    issuedAt: z.iso.datetime(),
    terminalId: z.string().min(1).max(8),
    cashier: z.string().min(1).max(40),
    items: z.array(ReceiptItem).min(1),
    discounts: z.array(ReceiptDiscount).default([]),
    tradeIns: z.array(ReceiptTradeIn).default([]),
    /** Less than 0: a trade-in worth more than the goods, the difference paid to the customer (payout). */
    totalFen: Fen,
    /** 抹零: the store's cash rounding, negative when rounded down; paid is total + this. */
    cashRoundingFen: z.number().int().default(0),
    /** Nothing tendered when the customer is paid (or the trade-in pays exactly). */
    tenders: z.array(ReceiptTender),
    changeFen: Fen.nonnegative().default(0),
    member: ReceiptMember.nullable().default(null),
    /** Paid out of the drawer for old gold worth more than the goods; the seller's ID number already masked. */
    payout: z
      .object({
        seller: z.object({ name: z.string().trim().min(1).max(20), idNumber: z.string().max(30) }).nullable(),
      })
      .nullable()
      .default(null),
  })
  // a receipt that does not add up is a bug in whoever built it; refuse it rather than print it
  .superRefine((receipt, issues) => {
    const subtotal = sum(receipt.items.map((item) => item.priceFen));
    const deductions = sum([...receipt.discounts, ...receipt.tradeIns].map((d) => d.amountFen));
    if (subtotal - deductions !== receipt.totalFen) {
      issues.addIssue({
        code: 'custom',
        path: ['totalFen'],
        message: 'items − discounts − trade-ins ≠ total',
      });
    }
    if (receipt.totalFen < 0 !== (receipt.payout !== null)) {
      issues.addIssue({ code: 'custom', path: ['payout'], message: 'a payout is a negative total' });
    }
    const paid = Math.max(0, receipt.totalFen + receipt.cashRoundingFen);
    if (sum(receipt.tenders.map((t) => t.amountFen)) - receipt.changeFen !== paid) {
      issues.addIssue({ code: 'custom', path: ['tenders'], message: 'tenders − change ≠ total + rounding' });
    }
    const cash = sum(receipt.tenders.filter((t) => t.method === 'cash').map((t) => t.amountFen));
    if (receipt.changeFen > cash) {
      issues.addIssue({ code: 'custom', path: ['changeFen'], message: 'change is given from cash only' });
    }
  });
export type ReceiptData = z.output<typeof ReceiptData>;
export type ReceiptInput = z.input<typeof ReceiptData>;
type Item = ReceiptData['items'][number];

/** The itemised gold breakdown jewelry stores print: purity, weight, gold rate, labor fee, and both amounts. */
function itemLines(item: Item, index: number, decimals: WeightDecimals): Block[] {
  const name = item.sku ? `${index + 1}. ${item.name} ${item.sku}` : `${index + 1}. ${item.name}`;
  // a per-gram fee reads "/g" like the gold rate; a fee without it is for the piece
  const labor =
    item.laborFee &&
    `工费 ${item.laborFee.kind === 'perGram' ? formatRate(item.laborFee.fen) : formatYuan(item.laborFee.fen)}`;
  const rate = item.goldRateFenPerGram !== null && `金价 ${formatRate(item.goldRateFenPerGram)}`;
  return [
    text(name, { bold: true }),
    ...(item.purity || item.weightMg !== null
      ? [
          row([
            { text: item.purity ? `成色 ${item.purity}` : '' },
            { text: item.weightMg !== null ? `重量 ${formatGrams(item.weightMg, decimals)}` : '' },
          ]),
        ]
      : []),
    ...(rate || labor ? [row([{ text: rate || '' }, { text: labor || '' }])] : []),
    ...(item.metalFen !== null && item.laborFen !== null
      ? [pair('金料金额', formatYuan(item.metalFen)), pair('工费金额', formatYuan(item.laborFen))]
      : []),
    row([
      { text: `数量 ${item.quantity}` },
      { text: `金额 ${formatYuan(item.priceFen)}`, align: 'right', width: 'auto' },
    ]),
  ];
}

export const receipt = template({
  schema: ReceiptData,
  reprintable: true,
  build(data, context) {
    const decimals = context.weightDecimals;
    const { member, payout } = data;
    // cash taken in, or paid out for old gold
    const paidInCash = data.tenders.some((t) => t.method === 'cash') || payout !== null;
    return {
      title: `小票 ${data.receiptNo}`,
      blocks: [
        // the drawer opens first, so change can be counted while the receipt prints; never on a reprint
        ...(paidInCash && !context.copy ? [{ kind: 'drawer' } as const] : []),
        ...storeHeader(context, '销售小票'),
        pair('小票号', data.receiptNo),
        pair('日期', formatDateTime(data.issuedAt, context.timeZone)),
        row([{ text: `收银台 ${data.terminalId}` }, { text: `收银员 ${data.cashier}`, align: 'right' }]),
        rule(),
        ...data.items.flatMap((item, i) => itemLines(item, i, decimals)),
        rule(),
        pair('商品合计', formatYuan(sum(data.items.map((item) => item.priceFen)))),
        ...data.discounts.map((d) => pair(`优惠 ${d.label}`, formatDeduction(d.amountFen))),
        ...data.tradeIns.flatMap((t) => [
          text(
            ['旧料抵扣', t.description, t.purity, formatGrams(t.weightMg, decimals)]
              .filter(Boolean)
              .join(' '),
          ),
          pair(`  回收价 ${formatRate(t.rateFenPerGram)}`, formatDeduction(t.amountFen)),
        ]),
        ...(payout
          ? [
              pair('应付顾客', formatYuan(-data.totalFen), { bold: true, size: 'tall' }),
              pair('现金付出', formatYuan(-data.totalFen)),
              ...(payout.seller ? [pair('出售人', `${payout.seller.name} ${payout.seller.idNumber}`)] : []),
            ]
          : [pair('应收合计', formatYuan(data.totalFen), { bold: true, size: 'tall' })]),
        ...(data.cashRoundingFen !== 0
          ? [
              pair('抹零', formatYuan(data.cashRoundingFen)),
              pair('实收', formatYuan(data.totalFen + data.cashRoundingFen), { bold: true }),
            ]
          : []),
        ...data.tenders.map((t) => pair(t.label ?? TENDER_LABELS[t.method], formatYuan(t.amountFen))),
        ...(!payout && (data.changeFen > 0 || paidInCash) ? [pair('找零', formatYuan(data.changeFen))] : []),
        ...(member
          ? [
              rule(),
              pair(`会员 ${member.name ?? ''}`, member.phone),
              row([
                {
                  text: `本次积分 ${member.pointsEarned > 0 ? '+' : ''}${formatInteger(member.pointsEarned)}`,
                },
                { text: `累计积分 ${formatInteger(member.pointsBalance)}`, align: 'right' },
              ]),
            ]
          : []),
        ...(payout ? [text('顾客签字：'), text(' ')] : []),
        rule(),
        ...paragraph('退换须知', context.returnPolicy),
        ...referenceCode(context, data.receiptNo),
        text('谢谢惠顾，欢迎再次光临', { align: 'center' }),
        ...copyMark(context),
        cut(),
      ],
    };
  },
  sample: (): ReceiptInput => ({
    receiptNo: 'T01-20261123-0001',
    issuedAt: '2026-11-23T02:00:00.000Z',
    terminalId: 'T01',
    cashier: '张三',
    items: [
      {
        name: '足金古法手镯',
        sku: 'GB-018',
        purity: '足金999',
        weightMg: 25_380,
        goldRateFenPerGram: 65_800,
        laborFee: { kind: 'perGram', fen: 1_500 },
        // 25.380 g × ￥658.00 = ￥16,700.04; 25.380 g × ￥15.00 = ￥380.70
        metalFen: 1_670_004,
        laborFen: 38_070,
        quantity: 1,
        priceFen: 1_708_074,
      },
      {
        name: '18K金钻石吊坠',
        purity: 'Au750',
        weightMg: 1_856,
        goldRateFenPerGram: 52_000,
        laborFee: { kind: 'perPiece', fen: 38_000 },
        // 1.856 g × ￥520.00 = ￥965.12, and ￥380.00 for the piece
        metalFen: 96_512,
        laborFen: 38_000,
        quantity: 1,
        priceFen: 134_512,
      },
      { name: '和田玉平安扣', quantity: 2, priceFen: 76_000 },
    ],
    discounts: [{ label: '会员优惠', amountFen: 3_800 }],
    tradeIns: [
      {
        description: '旧项链',
        purity: '足金999',
        weightMg: 10_250,
        rateFenPerGram: 60_000,
        amountFen: 615_000,
      },
    ],
    totalFen: 1_299_786,
    tenders: [
      { method: 'wechat', amountFen: 1_000_000 },
      { method: 'cash', amountFen: 300_000 },
    ],
    changeFen: 214,
    member: { name: '李女士', phone: '13812345678', pointsEarned: 12_997, pointsBalance: 45_210 },
  }),
});
