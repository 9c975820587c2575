import { z } from 'zod';
import { formatYuan } from '../../domain/money';
import { cut, pair, rule, text } from '../document';
import { formatDateTime } from '../format';
import { storeHeader } from './parts';
import { template } from './template';

/** The slip of a paid-in (收款) or paid-out (付款): cash put in or taken out of the drawer, and why. */
export const CashSlipData = z.object({
  kind: z.enum(['paidIn', 'paidOut']),
  eventId: z.number().int().positive(),
  at: z.iso.datetime(),
  terminalId: z.string().min(1).max(8),
  shiftId: z.number().int().positive(),
  staff: z.string().min(1).max(40),
  approver: z.string().min(1).max(40).nullable().default(null),
  amountFen: z.number().int().positive(),
  reason: z.string().trim().min(1).max(40),
  note: z.string().trim().max(200).nullable().default(null),
});
export type CashSlipData = z.output<typeof CashSlipData>;

export const cashSlip = template({
  schema: CashSlipData,
  reprintable: true,
  build(data, context) {
    const title = data.kind === 'paidIn' ? '收款单 PAID IN' : '付款单 PAID OUT';
    return {
      title: `${title} ${data.eventId}`,
      blocks: [
        // the cash goes in or out of the drawer now; a reprint opens nothing
        ...(context.copy ? [] : [{ kind: 'drawer' } as const]),
        ...storeHeader(context, title),
        pair('单号', `${data.kind === 'paidIn' ? 'PI' : 'PO'}-${data.eventId}`),
        pair('时间', formatDateTime(data.at, context.timeZone)),
        pair('收银台 / 班次', `${data.terminalId} / #${data.shiftId}`),
        pair('经办人', data.staff),
        ...(data.approver ? [pair('授权主管', data.approver)] : []),
        pair('事由', data.reason),
        ...(data.note ? [text(`备注：${data.note}`)] : []),
        pair('金额', formatYuan(data.amountFen), { bold: true, size: 'tall' }),
        rule(),
        text('经手人签字：'),
        text(' '),
        cut(),
      ],
    };
  },
  sample: () => ({
    kind: 'paidOut' as const,
    eventId: 7,
    at: '2026-11-23T04:00:00.000Z',
    terminalId: 'T01',
    shiftId: 1,
    staff: '张三',
    approver: '王经理',
    amountFen: 5_000,
    reason: '零星开支',
    note: '购买打印纸',
  }),
});
