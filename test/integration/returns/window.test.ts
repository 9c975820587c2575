import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { approval, giveBack, intact, returned, travel } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

// The store is in Asia/Shanghai (UTC+8). The jade is sold at 23:50 on 23 November, store time (15:50Z): in
// UTC that is still the 23rd, but a return at 00:01 on 1 December store time (16:01Z on 30 November) is on
// day 8 in the store and would be day 7 by the UTC date.
const SOLD_AT = Date.parse('2026-11-23T15:50:00.000Z');
const DAY7_LAST_MINUTE = Date.parse('2026-11-30T15:59:00.000Z'); // 30 Nov 23:59 store time
const DAY8_FIRST_MINUTE = Date.parse('2026-11-30T16:01:00.000Z'); // 1 Dec 00:01 store time

function sellJade(s: Shop): string {
  travel(s, SOLD_AT);
  return s.sell({ lines: [s.line.jade()] }, [cash(38_000)]).receiptNo;
}

describe('the return window, in the store’s time zone', () => {
  it('refunds on day 7 at 23:59 without anyone’s approval', () => {
    const s = (shop = openShop());
    const receiptNo = sellJade(s);
    travel(s, DAY7_LAST_MINUTE);
    const quote = s.ok('till', 'returns.quote', { receiptNo, lines: [intact(1)] });
    expect(quote).toMatchObject({
      daysSinceSale: 7,
      lines: [{ rule: 'refund', why: 'withinWindow', valueFen: 38_000, amountFen: 38_000 }],
      refunds: [{ method: 'cash', pool: 'cash', amountFen: 38_000 }],
      approvalReasons: [],
    });
    expect(quote.lines[0]?.explanation).toContain('7 天退货期内');
    const done = returned(s, receiptNo, [intact(1)]);
    expect(done).toMatchObject({ returnNo: 'T01-R000001', refundFen: 38_000, approver: null });
  });

  it('on day 8 at 00:01 needs a manager’s approval with a reason, and journals both', () => {
    const s = (shop = openShop());
    const receiptNo = sellJade(s);
    travel(s, DAY8_FIRST_MINUTE);
    expect(s.ok('till', 'returns.quote', { receiptNo, lines: [intact(1)] })).toMatchObject({
      daysSinceSale: 8,
      lines: [{ rule: 'refund', why: 'outsideWindow' }],
      approvalReasons: ['outsideWindow'],
    });
    expect(giveBack(s, receiptNo, [intact(1)])).toMatchObject({
      ok: false,
      error: { code: 'RETURN_APPROVAL_REASON_REQUIRED' },
    });
    const input = {
      returnId: randomUUID(),
      receiptNo,
      lines: [intact(1)],
      approvalReason: '老顾客，商品完好',
    };
    expect(s.call('till', 'returns.commit', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'returns.approve' } },
    });
    const done = s.ok('till', 'returns.commit', input, approval(s, input));
    expect(done).toMatchObject({ refundFen: 38_000, approver: { id: s.ids.wang } });
    const [row] = s.journal('return.committed');
    expect(row).toMatchObject({
      actor_id: s.ids.zhang,
      approver_id: s.ids.wang,
      payload: {
        receiptNo,
        daysSinceSale: 8,
        approvalReasons: ['outsideWindow'],
        approvalReason: '老顾客，商品完好',
        refunds: [{ method: 'cash', pool: 'cash', amountFen: 38_000, reference: null, points: null }],
      },
    });
  });

  it('never takes back a category the manager’s policy names not returnable', () => {
    const s = (shop = openShop());
    s.ok('office', 'returns.savePolicy', {
      standard: { returnDays: 7, exchangeDays: 15, returnable: true },
      categories: [{ category: '玉器', returnDays: 0, exchangeDays: 0, returnable: false }],
    });
    const receiptNo = sellJade(s);
    expect(s.call('till', 'returns.quote', { receiptNo, lines: [intact(1)] })).toMatchObject({
      ok: false,
      error: { code: 'RETURN_NOT_RETURNABLE', details: { name: '和田玉平安扣' } },
    });
    expect(s.call('till', 'returns.savePolicy', s.ok('till', 'returns.policy', {}))).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'returns.policy' } },
    });
  });
});
