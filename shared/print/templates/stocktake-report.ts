import { z } from 'zod';
import { StocktakeReport } from '../../contract/stocktake';
import { formatGrams, formatWeightChange, formatYuan } from '../../domain/money';
import { PURITIES, type Purity } from '../../domain/purity';
import { pair, row, rule, text, type Block, type Column } from '../document';
import { formatDateTime } from '../format';
import { storeHeader } from './parts';
import { template } from './template';

/** A stock movement's reason in the store's words. */
export const MOVEMENT_REASON_LABELS: Record<string, string> = {
  receipt: '入库',
  sale: '销售',
  return: '退货',
  adjustment: '调整',
  void: '作废',
  transfer: '调拨',
  repair: '维修',
  supplierReturn: '退供应商',
  writeOff: '报损',
  count: '盘点',
};

export const StocktakeReportData = z.object({ report: StocktakeReport, printedAt: z.iso.datetime() });
export type StocktakeReportData = z.output<typeof StocktakeReportData>;

const money = (fen: number | null): string => (fen === null ? '—' : formatYuan(fen));
const purityLabel = (purity: Purity | null): string => (purity === null ? '' : PURITIES[purity].zh);

/** A table: its heading with the line count, the column titles in bold, then the lines; nothing when empty. */
function table(title: string, header: Column[], lines: Column[][]): Block[] {
  if (lines.length === 0) return [];
  return [
    text(`${title}（${lines.length}）`, { bold: true }),
    row(header, { bold: true }),
    ...lines.map((columns) => row(columns)),
    rule(),
  ];
}

/** The variance report of a stocktake (盘点差异表), on an A4 sheet with the counters' and manager's signatures. */
export const stocktakeReport = template({
  schema: StocktakeReportData,
  reprintable: true,
  build({ report, printedAt }, context) {
    const at = (instant: string): string => formatDateTime(instant, context.timeZone);
    const g = (mg: number | null): string => (mg === null ? '' : formatGrams(mg, context.weightDecimals));
    const { stocktake, totals } = report;
    const state = { open: '盘点中', posted: '已过账', cancelled: '已取消' }[stocktake.state];
    const right = (value: string): Column => ({ text: value, align: 'right', width: 'auto' });
    return {
      title: `盘点差异表 PD-${stocktake.id}`,
      blocks: [
        ...storeHeader(context, `盘点差异表 PD-${stocktake.id}`),
        pair('范围', stocktake.scope.kind === 'all' ? '全店' : `类别：${stocktake.scope.category}`),
        pair('开始', `${at(stocktake.startedAt)} ${stocktake.startedBy}`),
        pair('状态', state),
        ...(stocktake.closedAt
          ? [pair('结束', `${at(stocktake.closedAt)} ${stocktake.closedBy ?? ''}`)]
          : []),
        ...(stocktake.approvedBy ? [pair('批准', stocktake.approvedBy)] : []),
        ...(stocktake.reason ? [pair('原因', stocktake.reason)] : []),
        pair('应有单件 / 已扫单件', `${stocktake.expectedPieces} / ${stocktake.scannedPieces}`),
        pair('盘点期间售出或调出', String(report.leftDuringCount)),
        pair(
          '今日金价',
          report.rates.map((rate) => `${rate.purity} ${formatYuan(rate.sellFenPerGram)}/克`).join('  ') ||
            '未设置',
        ),
        pair('打印', at(printedAt)),
        rule(),
        row([{ text: '合计' }, right('成本'), right('今日价值')], { bold: true }),
        row([
          { text: '盘亏' },
          right(formatYuan(totals.shortCostFen)),
          right(formatYuan(totals.shortValueFen)),
        ]),
        row([
          { text: '盘盈' },
          right(formatYuan(totals.overCostFen)),
          right(formatYuan(totals.overValueFen)),
        ]),
        ...(totals.withoutCost + totals.withoutValue > 0
          ? [text(`无成本的行 ${totals.withoutCost}，无价值的行 ${totals.withoutValue}（未计入合计）`)]
          : []),
        rule('double'),
        ...table(
          '缺失单件',
          [
            { text: '货号 品名' },
            { text: '账上位置' },
            { text: '最后变动' },
            right('成本'),
            right('今日价值'),
          ],
          report.missing.map((line) => [
            { text: `${line.sku} ${line.name} ${purityLabel(line.purity)} ${g(line.weightMg)}` },
            { text: line.place.name },
            {
              text: line.lastMovement
                ? `${MOVEMENT_REASON_LABELS[line.lastMovement.reason] ?? line.lastMovement.reason} ${at(line.lastMovement.at)} ${line.lastMovement.reference ?? ''}`
                : '',
            },
            right(money(line.costFen)),
            right(money(line.valueFen)),
          ]),
        ),
        ...table(
          '位置不符',
          [{ text: '货号 品名' }, { text: '账上位置' }, { text: '实盘位置' }, { text: '扫码' }],
          report.wrongPlace.map((line) => [
            { text: `${line.sku} ${line.name}` },
            { text: line.bookPlace.name },
            { text: line.foundAt.name },
            { text: `${line.scannedBy} ${at(line.scannedAt)}` },
          ]),
        ),
        ...table(
          '已售仍在柜',
          [{ text: '货号 品名' }, { text: '实盘位置' }, { text: '销售' }, { text: '扫码' }],
          report.soldPresent.map((line) => [
            { text: `${line.sku} ${line.name}` },
            { text: line.foundAt.name },
            { text: line.sale ? `${line.sale.reference ?? ''} ${at(line.sale.at)}` : '' },
            { text: `${line.scannedBy} ${at(line.scannedAt)}` },
          ]),
        ),
        ...table(
          '账外单件',
          [{ text: '货号 品名' }, { text: '实盘位置' }, right('成本'), right('今日价值')],
          report.notOnBooks.map((line) => [
            { text: `${line.sku} ${line.name}` },
            { text: line.foundAt.name },
            right(money(line.costFen)),
            right(money(line.valueFen)),
          ]),
        ),
        ...table(
          '非本次盘点类别',
          [{ text: '货号 品名' }, { text: '实盘位置' }, { text: '扫码' }],
          report.outOfScope.map((line) => [
            { text: `${line.sku} ${line.name}` },
            { text: line.foundAt.name },
            { text: line.scannedBy },
          ]),
        ),
        ...table(
          '无法识别的条码',
          [{ text: '条码' }, { text: '实盘位置' }, { text: '扫码' }],
          report.unknownCodes.map((line) => [
            { text: line.code },
            { text: line.foundAt.name },
            { text: `${line.scannedBy} ${at(line.scannedAt)}` },
          ]),
        ),
        ...table(
          '计件商品差异',
          [
            { text: '货号 品名' },
            { text: '位置' },
            right('账面'),
            right('实盘'),
            right('差异'),
            right('成本'),
            right('今日价值'),
          ],
          report.quantities.map((line) => [
            { text: `${line.sku} ${line.name}` },
            { text: line.place.name },
            right(String(line.book)),
            right(String(line.counted)),
            right(line.difference > 0 ? `+${line.difference}` : String(line.difference)),
            right(money(line.costFen)),
            right(money(line.valueFen)),
          ]),
        ),
        ...table(
          '未清点的计件商品',
          [{ text: '货号 品名' }, { text: '位置' }, right('账面')],
          report.notCounted.map((line) => [
            { text: `${line.sku} ${line.name}` },
            { text: line.place.name },
            right(String(line.book)),
          ]),
        ),
        ...table(
          '称重核对',
          [{ text: '成色' }, right('账面'), right('实称'), right('差异'), right('今日价值')],
          report.grams.map((line) => [
            { text: purityLabel(line.purity) },
            right(g(line.bookMg)),
            right(g(line.weighedMg)),
            right(formatWeightChange(line.differenceMg, context.weightDecimals)),
            right(money(line.valueFen)),
          ]),
        ),
        { kind: 'stamp', label: '盘点人签字', lines: 2, purpose: 'signature' },
        { kind: 'stamp', label: '店长签字', lines: 2, purpose: 'signature' },
      ],
    };
  },
  sample: () => ({
    printedAt: '2026-11-23T10:00:00.000Z',
    report: {
      stocktake: {
        id: 3,
        scope: { kind: 'all' as const },
        state: 'open' as const,
        startedAt: '2026-11-23T09:00:00.000Z',
        startedBy: '王经理',
        expectedPieces: 2,
        expectedUnits: 10,
        scannedPieces: 1,
        closedAt: null,
        closedBy: null,
        approvedBy: null,
        reason: null,
      },
      rates: [{ purity: 'Au999' as const, sellFenPerGram: 61_200 }],
      leftDuringCount: 0,
      missing: [
        {
          productId: 1,
          sku: 'JZ-0001',
          name: '足金古法手镯',
          purity: 'Au999' as const,
          weightMg: 20_150,
          place: { id: 7, code: 'A1', name: 'A柜1号盘' },
          lastMovement: {
            reason: 'receipt',
            quantity: 1,
            at: '2026-11-20T02:00:00.000Z',
            place: { id: 7, code: 'A1', name: 'A柜1号盘' },
            reference: null,
          },
          costFen: -1_150_000,
          valueFen: -1_233_180,
        },
      ],
      wrongPlace: [],
      soldPresent: [],
      notOnBooks: [],
      outOfScope: [],
      unknownCodes: [],
      quantities: [
        {
          productId: 5,
          sku: 'MJ-0100',
          name: '纯棉毛巾',
          place: { id: 1, code: 'STOCKROOM', name: '库房' },
          book: 10,
          counted: 9,
          difference: -1,
          costFen: -1_500,
          valueFen: -3_900,
        },
      ],
      notCounted: [],
      grams: [
        {
          purity: 'Au999' as const,
          bookMg: 20_150,
          weighedMg: 0,
          differenceMg: -20_150,
          valueFen: -1_233_180,
        },
      ],
      totals: {
        shortCostFen: 1_151_500,
        overCostFen: 0,
        shortValueFen: 1_237_080,
        overValueFen: 0,
        withoutCost: 0,
        withoutValue: 0,
      },
      adjustments: [
        { productId: 1, placeId: 7, quantity: -1 },
        { productId: 5, placeId: 1, quantity: -1 },
      ],
    },
  }),
});
