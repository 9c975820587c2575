import { z } from 'zod';
import { cut, pair, rule, text } from '../document';
import { formatDateTime } from '../format';
import { storeHeader } from './parts';
import { template } from './template';

/** The slip printed when the drawer is opened without a sale, so the opening leaves paper behind too. */
export const NoSaleData = z.object({
  openedAt: z.iso.datetime(),
  terminalId: z.string().min(1).max(8),
  staff: z.string().min(1).max(40),
  approver: z.string().min(1).max(40).nullable().default(null),
  reason: z.string().trim().min(1).max(100),
});
export type NoSaleData = z.output<typeof NoSaleData>;

export const noSale = template({
  schema: NoSaleData,
  reprintable: false,
  build(data, context) {
    return {
      title: `无销售开钱箱 ${data.openedAt}`,
      blocks: [
        { kind: 'drawer' },
        ...storeHeader(context, '无销售开钱箱 NO SALE'),
        pair('时间', formatDateTime(data.openedAt, context.timeZone)),
        pair('收银台', data.terminalId),
        pair('操作员', data.staff),
        ...(data.approver ? [pair('授权主管', data.approver)] : []),
        text(`原因：${data.reason}`),
        rule(),
        cut(),
      ],
    };
  },
  sample: () => ({
    openedAt: '2026-11-23T02:00:00.000Z',
    terminalId: 'T01',
    staff: '张三',
    approver: '王经理',
    reason: '找零备用金不足，换零钱',
  }),
});
