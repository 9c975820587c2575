import type { StocktakeReport } from '../../../../shared/contract/stocktake';
import { PURITIES } from '../../../../shared/domain/purity';
import { formatDateTime } from '../../../../shared/print/format';
import { writeXlsx, type OutCell } from '../catalog-io';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The variance report as one worksheet, section under section, amounts in yuan and weights in grams as
// number cells (the sums a store's accountant adds up), codes as text.

const yuan = (fen: number | null): OutCell => (fen === null ? '' : { value: fen, decimals: 2 });
const grams = (mg: number | null): OutCell => (mg === null ? '' : { value: mg, decimals: 3 });
const whole = (n: number): OutCell => ({ value: n, decimals: 0 });
const purity = (code: keyof typeof PURITIES | null): string => (code === null ? '' : PURITIES[code].zh);

export function reportRows(report: StocktakeReport, timeZone: string): OutCell[][] {
  const at = (instant: string): string => formatDateTime(instant, timeZone);
  const { stocktake, totals } = report;
  const scope = stocktake.scope.kind === 'all' ? '全店' : `类别：${stocktake.scope.category}`;
  const rows: OutCell[][] = [
    [`盘点差异表 PD-${stocktake.id}`, scope],
    ['开始', at(stocktake.startedAt), stocktake.startedBy],
    ['应有单件', whole(stocktake.expectedPieces), '已扫单件', whole(stocktake.scannedPieces)],
    ['盘点期间售出或调出', whole(report.leftDuringCount)],
    [
      '今日金价（元/克）',
      ...report.rates.flatMap((rate) => [purity(rate.purity), yuan(rate.sellFenPerGram)]),
    ],
    [],
    ['合计', '成本', '今日价值'],
    ['盘亏', yuan(totals.shortCostFen), yuan(totals.shortValueFen)],
    ['盘盈', yuan(totals.overCostFen), yuan(totals.overValueFen)],
    ['无成本 / 无价值的行', whole(totals.withoutCost), whole(totals.withoutValue)],
  ];
  const section = (title: string, header: string[], lines: OutCell[][]): void => {
    if (lines.length === 0) return;
    rows.push([], [`${title}（${lines.length}）`], header, ...lines);
  };
  section(
    '缺失单件',
    ['货号', '品名', '成色', '重量（克）', '账上位置', '最后变动', '变动时间', '单据', '成本', '今日价值'],
    report.missing.map((line) => [
      line.sku,
      line.name,
      purity(line.purity),
      grams(line.weightMg),
      line.place.name,
      line.lastMovement ? `${line.lastMovement.reason} ${line.lastMovement.place?.name ?? ''}` : '',
      line.lastMovement ? at(line.lastMovement.at) : '',
      line.lastMovement?.reference ?? '',
      yuan(line.costFen),
      yuan(line.valueFen),
    ]),
  );
  section(
    '位置不符',
    ['货号', '品名', '账上位置', '实盘位置', '扫码人', '扫码时间'],
    report.wrongPlace.map((line) => [
      line.sku,
      line.name,
      line.bookPlace.name,
      line.foundAt.name,
      line.scannedBy,
      at(line.scannedAt),
    ]),
  );
  section(
    '已售仍在柜',
    ['货号', '品名', '实盘位置', '销售单据', '销售时间', '扫码人', '扫码时间'],
    report.soldPresent.map((line) => [
      line.sku,
      line.name,
      line.foundAt.name,
      line.sale?.reference ?? '',
      line.sale ? at(line.sale.at) : '',
      line.scannedBy,
      at(line.scannedAt),
    ]),
  );
  section(
    '账外单件',
    ['货号', '品名', '实盘位置', '扫码人', '成本', '今日价值'],
    report.notOnBooks.map((line) => [
      line.sku,
      line.name,
      line.foundAt.name,
      line.scannedBy,
      yuan(line.costFen),
      yuan(line.valueFen),
    ]),
  );
  section(
    '非本次盘点类别',
    ['货号', '品名', '实盘位置', '扫码人'],
    report.outOfScope.map((line) => [line.sku, line.name, line.foundAt.name, line.scannedBy]),
  );
  section(
    '无法识别的条码',
    ['条码', '实盘位置', '扫码人', '扫码时间'],
    report.unknownCodes.map((line) => [line.code, line.foundAt.name, line.scannedBy, at(line.scannedAt)]),
  );
  section(
    '计件商品差异',
    ['货号', '品名', '位置', '账面', '实盘', '差异', '成本', '今日价值'],
    report.quantities.map((line) => [
      line.sku,
      line.name,
      line.place.name,
      whole(line.book),
      whole(line.counted),
      whole(line.difference),
      yuan(line.costFen),
      yuan(line.valueFen),
    ]),
  );
  section(
    '未清点的计件商品',
    ['货号', '品名', '位置', '账面'],
    report.notCounted.map((line) => [line.sku, line.name, line.place.name, whole(line.book)]),
  );
  section(
    '称重核对（按成色）',
    ['成色', '账面（克）', '实称（克）', '差异（克）', '今日价值'],
    report.grams.map((line) => [
      purity(line.purity),
      grams(line.bookMg),
      grams(line.weighedMg),
      grams(line.differenceMg),
      yuan(line.valueFen),
    ]),
  );
  return rows;
}

export function reportFile(report: StocktakeReport, timeZone: string): Buffer {
  return writeXlsx(reportRows(report, timeZone), '盘点差异');
}
