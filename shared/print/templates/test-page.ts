import { z } from 'zod';
import { cut, pair, rule, text } from '../document';
import { formatDateTime } from '../format';
import { YUAN, formatGrams, formatYuan } from '../../domain/money';
import { storeHeader } from './parts';
import { template } from './template';

/** What a printer's test page reports about the settings it was printed with. */
export const TestPageData = z.object({
  printerName: z.string().min(1).max(40),
  /** "80mm, TCP 192.168.1.50:9100", as the settings screen describes the printer. */
  setup: z.string().max(80),
  chineseMode: z.boolean().nullable(),
  printedAt: z.iso.datetime(),
});
export type TestPageData = z.output<typeof TestPageData>;

export const testPage = template({
  schema: TestPageData,
  reprintable: false,
  build(data, context) {
    return {
      title: `打印测试 ${data.printerName}`,
      blocks: [
        ...storeHeader(context, '打印测试页 TEST PAGE'),
        pair('打印机', data.printerName),
        text(data.setup),
        ...(data.chineseMode === null
          ? []
          : [pair('中文模式 Chinese mode', data.chineseMode ? '开 FS &' : '关 FS .')]),
        pair('时间', formatDateTime(data.printedAt, context.timeZone)),
        rule(),
        text('中文测试：金银珠宝 足金 铂金 钻石 翡翠 和田玉。若此行显示为乱码，请切换中文模式。'),
        text(`人民币符号 ${YUAN} (U+FFE5)：${formatYuan(1_234_567)}  重量 ${formatGrams(25_380, 3)}`),
        text('列宽标尺 Column ruler', { bold: true }),
        { kind: 'ruler' },
        text('汉字占两列'.repeat(8)),
        rule('double'),
        text('粗体 Bold', { bold: true }),
        text('倍高 Tall', { size: 'tall' }),
        text('倍宽倍高 Double', { size: 'double' }),
        text('居中 Centre', { align: 'center' }),
        text('靠右 Right', { align: 'right' }),
        rule(),
        { kind: 'barcode', data: 'TEST-0123456789', hri: true },
        { kind: 'qr', data: 'COUNTER-POS TEST PAGE' },
        text('打印正常 Print OK', { align: 'center', bold: true }),
        cut(),
      ],
    };
  },
  sample: () => ({
    printerName: '收银小票机',
    setup: '80mm, TCP 192.168.1.50:9100',
    chineseMode: true,
    printedAt: '2026-11-23T02:00:00.000Z',
  }),
});
