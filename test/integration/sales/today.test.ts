import { afterEach, describe, expect, it } from 'vitest';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
const open = (): Shop => (shop = openShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const DAY_MS = 24 * 60 * 60 * 1000;

describe("the day's sales at this terminal (sales.today)", () => {
  it('lists them newest first with their receipt job, voided ones included, and none of another day', async () => {
    const s = open();
    const yesterday = s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.clock.advance(DAY_MS);
    // a day later both sessions have locked themselves
    s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
    s.ok('office', 'auth.login', { staffId: s.ids.wang, pin: '888888' });
    expect(s.ok('till', 'sales.today', {})).toEqual([]);

    const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
    const first = s.sell({ customerId: member.id, lines: [s.line.jade(2), s.line.towel()] }, [cash(80_000)]);
    const second = s.sell({ lines: [s.line.vase()] }, [cash(128_000)]);
    await afterCommit();
    s.ok('office', 'sales.void', { receiptNo: first.receiptNo, reason: '顾客改主意' });

    const today = s.ok('till', 'sales.today', {});
    expect(today.map((sale) => sale.receiptNo)).toEqual([second.receiptNo, first.receiptNo]);
    expect(today).not.toContainEqual(expect.objectContaining({ receiptNo: yesterday.receiptNo }));
    const receiptJob = (receiptNo: string) =>
      s.core.db
        .prepare(`SELECT id FROM print_jobs WHERE document_type = 'receipt' AND reference = ?`)
        .pluck()
        .get(receiptNo) as number;
    expect(today[1]).toEqual({
      receiptNo: first.receiptNo,
      committedAt: first.committedAt,
      state: 'voided',
      cashierName: '张三',
      customerName: '李女士',
      lineCount: 2,
      totalFen: 2 * 38_000 + 3_900,
      receiptJobId: receiptJob(first.receiptNo),
    });
    expect(today[0]).toMatchObject({
      state: 'committed',
      customerName: null,
      totalFen: 128_000,
      lineCount: 1,
    });
    expect(today[0]?.receiptJobId).toBe(receiptJob(second.receiptNo));
  });
});
