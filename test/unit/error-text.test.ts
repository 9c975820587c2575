import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { errorText } from '../../renderer/src/i18n/errors';
import { zhCN } from '../../renderer/src/i18n/zh-CN';

const translator =
  (catalog: Record<string, string>) =>
  (key: string): string =>
    catalog[key] ?? key;

describe('error messages on screen', () => {
  const illegal = {
    code: 'REPAIR_ILLEGAL_STEP' as const,
    message: '',
    details: { ticketNo: 'WX-T01-000007', from: 'received', to: 'collected' },
  };

  it('name a repair ticket’s statuses by their labels, in the reader’s language', () => {
    expect(errorText(illegal, 'zh-CN', translator(zhCN))).toBe(
      '维修单 WX-T01-000007 当前为“已收件待评估”，不能转为“已取件”',
    );
    expect(errorText(illegal, 'en', translator(en))).toBe(
      `Repair ticket WX-T01-000007 is “${en['repairs.status.received']}” and cannot become “${en['repairs.status.collected']}”`,
    );
  });

  it('leave other details as they came', () => {
    const missing = { code: 'GOLD_RATE_NOT_SET' as const, message: '', details: { purity: 'Pt950' } };
    expect(errorText(missing, 'zh-CN', translator(zhCN))).toContain('今日尚未设置 Pt950 的金价');
  });
});
