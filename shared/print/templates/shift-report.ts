import { formatGrams, formatYuan } from '../../domain/money';
import { cut, pair, row, rule, text, type Block } from '../document';
import { formatDateTime, formatRate } from '../format';
import { ShiftReportData } from '../shift-report-data';
import { TENDER_LABELS } from '../tender-labels';
import { copyMark, storeHeader } from './parts';
import { template, type PrintContext } from './template';

const SOURCE_LABELS: Record<string, string> = {
  sale: '销售',
  repair: '维修定金及尾款',
  return: '退货',
  buyBack: '旧料回收',
  exchange: '换货',
};

/** An over/short as the count book writes it: 长款 +￥5.00, 短款 -￥12.00. */
export function formatOverShort(fen: number): string {
  return fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen);
}

export const zNumber = (zNo: number): string => `Z${String(zNo).padStart(6, '0')}`;

const heading = (title: string): Block => text(title, { bold: true });

function header(data: ShiftReportData, context: PrintContext): Block[] {
  const at = (instant: string): string => formatDateTime(instant, context.timeZone);
  const title = data.kind === 'Z' ? `Z 报表（结班） ${zNumber(data.zNo ?? 0)}` : 'X 报表（班中，未结班）';
  return [
    ...storeHeader(context, title),
    pair('营业日', data.businessDay),
    row([{ text: `收银台 ${data.terminalId}` }, { text: `班次 #${data.shiftId}`, align: 'right' }]),
    pair('开班', `${at(data.openedAt)} ${data.openedBy}`),
    pair('结班', data.closedAt ? `${at(data.closedAt)} ${data.closedBy ?? ''}` : '未结班'),
    pair('当班', data.holder),
    pair('打印', at(data.printedAt)),
    rule(),
  ];
}

function salesSection(data: ShiftReportData, decimals: 2 | 3): Block[] {
  return [
    heading('销售'),
    // every sale rung up, then what was voided: the net is what the shift really sold
    pair(`销售总额 ${data.sales.count} 笔`, formatYuan(data.sales.amountFen)),
    pair(`作废 ${data.voids.count} 笔`, formatYuan(-data.voids.amountFen)),
    // returns paid out in this shift, of sales from any day, each per tender it went back to
    pair(`退货 ${data.returns.count} 笔`, formatYuan(-data.returns.amountFen)),
    ...data.returns.byTender.map((t) => pair(`  ${TENDER_LABELS[t.method]}`, formatYuan(-t.amountFen))),
    // an exchange's returned goods paid for its new sale: no money moved for that part
    ...(data.exchanges.count === 0
      ? []
      : [
          pair('  换货抵扣', formatYuan(-data.exchanges.creditFen)),
          pair(
            `其中换货 ${data.exchanges.count} 笔`,
            `退 ${formatYuan(data.exchanges.returnedFen)} / 购 ${formatYuan(data.exchanges.soldFen)}`,
          ),
        ]),
    pair('净销售', formatYuan(data.sales.amountFen - data.voids.amountFen - data.returns.amountFen), {
      bold: true,
    }),
    pair(`折扣 ${data.discounts.count} 笔`, formatYuan(data.discounts.amountFen)),
    pair('改价 / 主管授权', `${data.overrides.priceOverrides} / ${data.overrides.approvedSales}`),
    pair(
      `旧料抵扣 ${data.tradeIns.count} 笔 ${formatGrams(data.tradeIns.weightMg, decimals)}`,
      formatYuan(data.tradeIns.amountFen),
    ),
    ...(data.tradeIns.payout.count === 0
      ? []
      : [
          pair(`  其中付给顾客 ${data.tradeIns.payout.count} 笔`, formatYuan(data.tradeIns.payout.amountFen)),
        ]),
    pair(`抹零 ${data.cashRounding.count} 笔`, formatYuan(data.cashRounding.amountFen)),
    heading('按支付方式（收 / 退）'),
    ...data.byTender.map((t) =>
      pair(TENDER_LABELS[t.method], `${formatYuan(t.receivedFen)} / ${formatYuan(t.refundedFen)}`),
    ),
    heading('按来源（收 / 退）'),
    ...data.bySource.map((s) =>
      pair(
        SOURCE_LABELS[s.source] ?? s.source,
        `${formatYuan(s.receivedFen)} / ${formatYuan(s.refundedFen)}`,
      ),
    ),
    heading('按品类'),
    ...data.byCategory.map((c) => pair(`${c.category} ×${c.quantity}`, formatYuan(c.amountFen))),
    rule(),
  ];
}

function cashSection(data: ShiftReportData, context: PrintContext): Block[] {
  const time = (instant: string): string => formatDateTime(instant, context.timeZone).slice(-8);
  const { cash } = data;
  const lines = (title: string, list: ShiftReportData['paidIns']): Block[] =>
    list.map((m) =>
      pair(`  ${[time(m.at), title, m.reason, m.by].filter(Boolean).join(' ')}`, formatYuan(m.amountFen)),
    );
  return [
    heading('现金'),
    pair('备用金', formatYuan(cash.floatFen)),
    pair('+ 现金收入', formatYuan(cash.receivedFen)),
    pair('- 找零', formatYuan(cash.changeFen)),
    pair('- 现金退款', formatYuan(cash.refundedFen)),
    pair('+ 收款（放入）', formatYuan(cash.paidInFen)),
    ...lines('收款', data.paidIns),
    pair('- 付款（取出）', formatYuan(cash.paidOutFen)),
    ...lines('付款', data.paidOuts),
    pair('- 存入保险柜', formatYuan(cash.safeDropFen)),
    ...lines('存保险柜', data.safeDrops),
    pair('= 应有现金', formatYuan(cash.expectedFen), { bold: true }),
    pair('无销售开钱箱', `${data.noSales.length} 次`),
    ...data.noSales.map((n) => text(`  ${time(n.at)} ${n.by} ${n.reason}`)),
    ...data.counts.map((c) =>
      pair(
        `${c.kind === 'handover' ? `交接 ${c.by}→${c.to ?? ''}` : `中途点钞 ${c.by}`} ${time(c.at)}`,
        `${formatYuan(c.countedFen)} (${formatOverShort(c.countedFen - c.expectedFen)})`,
      ),
    ),
    rule(),
  ];
}

function settlementSection(data: ShiftReportData): Block[] {
  return [
    heading('结算：应有 / 实点 / 长短款'),
    ...data.tenders.flatMap((t) => [
      text(TENDER_LABELS[t.method]),
      row([
        { text: formatYuan(t.expectedFen) },
        { text: t.countedFen === null ? '未点' : formatYuan(t.countedFen), align: 'right' },
        {
          text: t.countedFen === null ? '-' : formatOverShort(t.countedFen - t.expectedFen),
          align: 'right',
        },
      ]),
    ]),
    ...(data.denominations.length > 0 ? [heading('现金面额')] : []),
    ...data.denominations.map((d) =>
      pair(`${formatYuan(d.denominationFen)} × ${d.quantity}`, formatYuan(d.denominationFen * d.quantity)),
    ),
    ...(data.overShortReason ? [text(`长短款原因：${data.overShortReason}`)] : []),
    ...(data.approver ? [pair('授权主管', data.approver)] : []),
    ...(data.leftInFen !== null ? [pair('留存备用金', formatYuan(data.leftInFen))] : []),
    ...(data.depositFen !== null ? [pair('解缴金额', formatYuan(data.depositFen), { bold: true })] : []),
    rule(),
  ];
}

function recordSection(data: ShiftReportData, context: PrintContext): Block[] {
  return [
    heading('当日金价（卖出 / 回收）'),
    ...data.goldRates.map((r) =>
      pair(
        `${r.purity} ${formatDateTime(r.setAt, context.timeZone).slice(-8)}`,
        `${formatRate(r.sellFenPerGram)} / ${r.buyBackFenPerGram === null ? '-' : formatRate(r.buyBackFenPerGram)}`,
      ),
    ),
    rule(),
    pair('日志序号', `${data.journal.firstSeq}–${data.journal.lastSeq}`),
    text(`末条哈希 ${data.journal.lastHash}`),
    ...(data.closure
      ? [
          pair('签名封存', `#${data.closure.closureNo}`),
          pair('链头短哈希', data.closure.headHash.slice(0, SHORT_HASH_DIGITS), { bold: true }),
          text(`密钥 ${data.closure.keyId}`),
        ]
      : []),
  ];
}

/** Enough of the signed head to compare by eye with the journal, short enough to read out. */
const SHORT_HASH_DIGITS = 12;

export const shiftReport = (kind: 'X' | 'Z') =>
  template({
    schema: ShiftReportData,
    reprintable: kind === 'Z',
    build(data, context) {
      return {
        title: data.kind === 'Z' ? `Z 报表 ${zNumber(data.zNo ?? 0)}` : `X 报表 班次 ${data.shiftId}`,
        blocks: [
          ...header(data, context),
          ...salesSection(data, context.weightDecimals),
          ...cashSection(data, context),
          ...settlementSection(data),
          ...recordSection(data, context),
          ...(data.kind === 'Z'
            ? [text('收银员签字：', { bold: true }), text(' '), text('主管签字：', { bold: true })]
            : []),
          ...copyMark(context),
          cut(),
        ],
      };
    },
    sample: () => ({
      kind,
      zNo: kind === 'Z' ? 1 : null,
      shiftId: 1,
      terminalId: 'T01',
      businessDay: '2026-11-23',
      openedAt: '2026-11-23T01:00:00.000Z',
      openedBy: '张三',
      holder: '张三',
      closedAt: kind === 'Z' ? '2026-11-23T10:00:00.000Z' : null,
      closedBy: kind === 'Z' ? '张三' : null,
      printedAt: '2026-11-23T10:00:00.000Z',
      sales: { count: 12, amountFen: 2_468_000 },
      voids: { count: 1, amountFen: 38_000 },
      byTender: [
        { method: 'cash' as const, receivedFen: 320_000, refundedFen: 38_000 },
        { method: 'bankCard' as const, receivedFen: 1_500_000, refundedFen: 0 },
        { method: 'wechat' as const, receivedFen: 600_000, refundedFen: 0 },
      ],
      bySource: [{ source: 'sale', receivedFen: 2_420_000, refundedFen: 38_000 }],
      byCategory: [{ category: '黄金', quantity: 5, amountFen: 2_300_000 }],
      discounts: { count: 2, amountFen: 12_000 },
      overrides: { priceOverrides: 1, approvedSales: 1 },
      tradeIns: { count: 1, weightMg: 5_000, amountFen: 280_000 },
      cashRounding: { count: 1, amountFen: -8 },
      cash: {
        floatFen: 50_000,
        receivedFen: 320_000,
        changeFen: 20_000,
        refundedFen: 38_000,
        paidInFen: 0,
        paidOutFen: 5_000,
        safeDropFen: 200_000,
        expectedFen: 107_000,
      },
      paidIns: [],
      paidOuts: [
        { at: '2026-11-23T04:00:00.000Z', amountFen: 5_000, by: '张三', reason: '零星开支', note: null },
      ],
      safeDrops: [
        { at: '2026-11-23T06:00:00.000Z', amountFen: 200_000, by: '张三', reason: null, note: null },
      ],
      noSales: [{ at: '2026-11-23T05:00:00.000Z', by: '王经理', reason: '换零钱' }],
      counts: [],
      tenders: [
        { method: 'cash' as const, expectedFen: 107_000, countedFen: kind === 'Z' ? 106_000 : null },
        { method: 'bankCard' as const, expectedFen: 1_500_000, countedFen: kind === 'Z' ? 1_500_000 : null },
        { method: 'wechat' as const, expectedFen: 600_000, countedFen: kind === 'Z' ? 600_000 : null },
        { method: 'alipay' as const, expectedFen: 0, countedFen: kind === 'Z' ? 0 : null },
      ],
      denominations:
        kind === 'Z'
          ? [
              { denominationFen: 10_000 as const, quantity: 10 },
              { denominationFen: 1_000 as const, quantity: 60 },
            ]
          : [],
      overShortReason: null,
      approver: null,
      leftInFen: kind === 'Z' ? 50_000 : null,
      depositFen: kind === 'Z' ? 56_000 : null,
      goldRates: [
        {
          purity: 'Au999',
          sellFenPerGram: 61_200,
          buyBackFenPerGram: 56_000,
          setAt: '2026-11-23T00:30:00.000Z',
        },
      ],
      journal: { firstSeq: 120, lastSeq: 188, lastHash: '3f2a9c0d1e4b5a6f' },
      closure:
        kind === 'Z'
          ? {
              closureNo: 12,
              headSeq: 188,
              headHash: '3f2a9c0d1e4b5a6f',
              keyId: '9b1c4e07a2d35f68c0e1b7a94d2f6e31',
            }
          : null,
    }),
  });
