import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/print/render/text';
import { buildDocument, type PrintContext } from '../../../shared/print/templates';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };

describe('the Z report’s sales', () => {
  it('shows gross sales, the voids and the net beside them', () => {
    const s = (shop = openShop());
    s.sell({ lines: [s.line.towel(2)] }, [cash(7_800)]);
    const voided = s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('office', 'sales.void', { receiptNo: voided.receiptNo, reason: '顾客当场改主意' });
    // the drawer: ￥500 float + ￥78 towels; the jade's ￥380 went in and back out
    s.ok('office', 'shifts.closeCount', { counts: drawerOf(50_000 + 7_800), settled: noSettlement });
    const { preview } = s.ok('office', 'shifts.close', { leftInFen: 50_000 });
    // gross ￥78.00 + ￥380.00 = ￥458.00; voids ￥380.00; net ￥458.00 − ￥380.00 = ￥78.00
    expect(preview.text).toMatch(/销售总额 2 笔\s+￥458\.00/);
    expect(preview.text).toMatch(/作废 1 笔\s+-￥380\.00/);
    expect(preview.text).toMatch(/净销售\s+￥78\.00/);
  });
});

describe('the receipt’s gold line', () => {
  it('prints the metal amount and the labor amount apart (价费分离)', async () => {
    const s = (shop = openShop());
    const sale = s.sell({ lines: [s.line.bangle()] }, [cash(1_263_405)]);
    await afterCommit();
    const row = s.core.db
      .prepare(`SELECT data, context FROM print_jobs WHERE document_type = 'receipt' AND reference = ?`)
      .get(sale.receiptNo) as { data: string; context: string };
    const text = renderText(
      buildDocument('receipt', JSON.parse(row.data), JSON.parse(row.context) as PrintContext),
      48,
    );
    // 20.150 g × ￥612.00/g = ￥12,331.80 metal; 20.150 g × ￥15.00/g = ￥302.25 labor
    expect(text).toMatch(/金料金额\s+￥12,331\.80/);
    expect(text).toMatch(/工费金额\s+￥302\.25/);
    expect(text).toMatch(/金额 ￥12,634\.05/);
  });
});
