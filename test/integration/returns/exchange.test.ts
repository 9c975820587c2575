import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter } from '../../helpers/printing';
import { exchange, exchanged, intact, returned, travel } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

const FLOAT = 50_000;
const TOWEL = 3_900;
const JADE = 38_000;
const VASE = 128_000;
const DAY = 86_400_000;
const SOLD_AT = Date.parse('2026-11-23T02:00:00.000Z');

const xReport = (s: Shop) => s.ok('office', 'shifts.xReport', {}).report;
const count = (s: Shop, sql: string): number => s.core.db.prepare(sql).pluck().get() as number;

describe('an exchange (换货)', () => {
  it('even: a towel for a towel moves no money, numbers a return and a sale, and moves the stock both ways', () => {
    const s = (shop = openShop());
    const sold = s.sell({ lines: [s.line.towel(2)] }, [
      { method: 'wechat', amountFen: 2 * TOWEL, reference: 'W-0001' },
    ]);
    const input = { receiptNo: sold.receiptNo, lines: [intact(1)], cart: { lines: [s.line.towel()] } };
    const done = exchanged(s, input);
    expect(done).toMatchObject({
      returnNo: 'T01-R000001',
      receiptNo: 'T01-20261123-0002',
      creditFen: TOWEL,
      differenceFen: 0,
      sale: { totalFen: TOWEL },
      payments: [],
      refunds: [],
      changeFen: 0,
      returned: { refunds: [{ method: 'wechat', pool: 'wechat', amountFen: TOWEL }] },
    });
    // 10 on hand − 2 sold + 1 back − 1 sold again
    expect(s.onHand('towel')).toBe(8);

    const x = xReport(s);
    expect(x.cash.expectedFen).toBe(FLOAT);
    // the first sale's WeChat money is still all there: nothing went back, nothing new came in
    expect(x.byTender).toEqual([{ method: 'wechat', receivedFen: 2 * TOWEL, refundedFen: 0 }]);
    expect(x.sales).toEqual({ count: 2, amountFen: 3 * TOWEL });
    expect(x.returns).toEqual({ count: 1, amountFen: TOWEL, byTender: [] });
    expect(x.exchanges).toEqual({ count: 1, returnedFen: TOWEL, soldFen: TOWEL, creditFen: TOWEL });

    // the new sale's payment is the returned towel's WeChat share, marked as the exchange's credit
    const newSale = s.ok('till', 'sales.get', { receiptNo: done.receiptNo });
    expect(newSale.payments).toMatchObject([
      { method: 'wechat', amountFen: TOWEL, reference: 'T01-R000001' },
    ]);
    const [row] = s.journal('return.exchanged');
    expect(row?.payload).toMatchObject({
      returnNo: 'T01-R000001',
      receiptNo: sold.receiptNo,
      newReceiptNo: done.receiptNo,
      creditFen: TOWEL,
      differenceFen: 0,
      lines: [{ saleLineNo: 1, quantity: 1, valueFen: TOWEL, decision: 'restock' }],
      refunds: [{ method: 'wechat', amountFen: TOWEL, applied: true, reference: done.receiptNo }],
    });

    // a retry answers the same exchange and writes nothing more
    const retry = { returnId: randomUUID(), saleId: randomUUID(), ...input };
    const first = s.ok('till', 'returns.exchange', retry);
    expect(s.ok('till', 'returns.exchange', retry)).toEqual(first);
    expect(count(s, 'SELECT count(*) FROM returns')).toBe(2);
    expect(count(s, 'SELECT count(*) FROM sales')).toBe(3);
    // the new towel comes back in its turn: to the WeChat Pay that first paid for it
    const again = returned(s, done.receiptNo, [intact(1)], {
      references: [{ method: 'wechat', reference: 'RW-0002' }],
    });
    expect(again.refunds).toEqual([{ method: 'wechat', pool: 'wechat', amountFen: TOWEL, points: null }]);
    expect(xReport(s).byTender).toEqual([{ method: 'wechat', receivedFen: 2 * TOWEL, refundedFen: TOWEL }]);
    // neither half of an exchange can be voided, not even by the manager: only a return undoes it
    for (const receiptNo of [sold.receiptNo, done.receiptNo]) {
      expect(s.call('office', 'sales.void', { receiptNo, reason: '试' })).toMatchObject({
        ok: false,
        error: { code: 'SALE_VOID_RETURNED' },
      });
    }
  });

  it('the customer pays more: the card’s share pays part, cash the rest with change; points back and earned', () => {
    const s = (shop = openShop());
    const member = s.ok('till', 'customers.register', { phone: '13800000001', name: '李女士' });
    const sold = s.sell({ customerId: member.id, lines: [s.line.jade()] }, [
      { method: 'bankCard', amountFen: JADE, reference: 'C-0001', last4: '4321' },
    ]);
    // one point per full ￥1.00: 380 earned on the jade
    expect(s.ok('till', 'customers.get', { id: member.id }).points).toBe(380);
    const done = exchanged(s, {
      receiptNo: sold.receiptNo,
      lines: [intact(1)],
      cart: { lines: [s.line.vase()] },
      tenders: [cash(100_000)],
    });
    // 128 000 − 38 000 = 90 000 to pay; 100 000 handed over, 10 000 change
    expect(done).toMatchObject({
      creditFen: JADE,
      differenceFen: 90_000,
      payments: [{ method: 'cash', amountFen: 90_000, tenderedFen: 100_000 }],
      changeFen: 10_000,
      pointsEarned: 1_280,
      returned: { pointsTaken: 380 },
    });
    // 380 − 380 taken back + 1 280 earned on the vase
    expect(s.ok('till', 'customers.get', { id: member.id }).points).toBe(1_280);
    expect(s.onHand('jade')).toBe(3);
    expect(s.onHand('vase')).toBe(0);
    const x = xReport(s);
    expect(x.cash).toMatchObject({ receivedFen: 100_000, changeFen: 10_000, expectedFen: FLOAT + 90_000 });
    expect(x.tenders.find((t) => t.method === 'bankCard')?.expectedFen).toBe(JADE);
  });

  it('the customer receives the difference over the tenders that paid, printed on the exchange receipt', async () => {
    printer = await FakePrinter.start();
    const s = (shop = openShop({ printing: FAST_PRINTING }));
    const { id } = s.ok('admin', 'printing.savePrinter', tcpPrinter(printer.port, { paperWidth: 80 }));
    s.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
    const sold = s.sell({ lines: [s.line.vase()] }, [
      { method: 'wechat', amountFen: 100_000, reference: 'W-0002' },
      cash(28_000),
    ]);
    await printer.waitForJobs(1);
    const input = {
      receiptNo: sold.receiptNo,
      lines: [intact(1)],
      cart: { lines: [s.line.jade()] },
      references: [{ method: 'wechat' as const, reference: 'RW-0001' }],
    };
    // the vase's 128 000 pays the jade's 38 000 in proportion to cash 28 000 and WeChat 100 000:
    // 8 312.5 and 29 687.5, the tie of halves to cash first: 8 313 and 29 687. Left: 19 687 cash, 70 313 WeChat.
    const quote = s.ok('till', 'returns.quoteExchange', input);
    expect(quote).toMatchObject({ creditFen: VASE, differenceFen: -90_000 });
    const done = exchanged(s, input);
    expect(done.refunds).toEqual([
      { method: 'cash', pool: 'cash', amountFen: 19_687, points: null },
      { method: 'wechat', pool: 'wechat', amountFen: 70_313, points: null },
    ]);
    const x = xReport(s);
    expect(x.cash.expectedFen).toBe(FLOAT + 28_000 - 19_687);
    expect(x.bySource).toContainEqual({ source: 'exchange', receivedFen: 0, refundedFen: 90_000 });
    expect(x.returns.byTender).toEqual([
      { method: 'cash', amountFen: 19_687 },
      { method: 'wechat', amountFen: 70_313 },
    ]);

    const [, bytes] = await printer.waitForJobs(2);
    const printed = textOf(decodeEscPos(bytes as Uint8Array));
    expect(printed).toContain('换货单 EXCHANGE');
    expect(printed).toContain(`原小票`);
    expect(printed).toContain('青花瓷瓶');
    expect(printed).toContain(`换购商品 ${done.receiptNo}`);
    expect(printed).toMatch(/和田玉平安扣 ×1\s+￥380\.00/);
    expect(printed).toMatch(/退回抵扣\s+-￥1,280\.00/);
    expect(printed).toMatch(/退还顾客\s+￥900\.00/);
    expect(printed).toMatch(/现金\s+￥196\.87/);
    expect(printed).toMatch(/退款单号 RW-0001/);
    // the new jade's warranty card prints with it; the new sale has no receipt of its own
    const jobs = s.core.db.prepare('SELECT document_type, reference FROM print_jobs ORDER BY id').raw().all();
    expect(jobs).toEqual([
      ['receipt', sold.receiptNo],
      ['returnReceipt', done.returnNo],
      ['warrantyCard', `${done.receiptNo}-1`],
    ]);
  });

  it('the customer may take the difference in cash instead', () => {
    const s = (shop = openShop());
    const sold = s.sell({ lines: [s.line.vase()] }, [
      { method: 'wechat', amountFen: 100_000, reference: 'W-0003' },
      cash(28_000),
    ]);
    const done = exchanged(s, {
      receiptNo: sold.receiptNo,
      lines: [intact(1)],
      cart: { lines: [s.line.jade()] },
      refundAs: 'cash',
    });
    expect(done.refunds.map((r) => [r.method, r.amountFen])).toEqual([
      ['cash', 19_687],
      ['cash', 70_313],
    ]);
    expect(xReport(s).cash.expectedFen).toBe(FLOAT + 28_000 - 90_000);
  });

  it('on day 10 is outside the 7-day return window but inside the 15-day exchange window', () => {
    const s = (shop = openShop());
    const sold = s.sell({ lines: [s.line.jade()] }, [cash(JADE)]);
    travel(s, SOLD_AT + 10 * DAY);
    expect(s.ok('till', 'returns.quote', { receiptNo: sold.receiptNo, lines: [intact(1)] })).toMatchObject({
      approvalReasons: ['outsideWindow'],
    });
    const input = { receiptNo: sold.receiptNo, lines: [intact(1)], cart: { lines: [s.line.towel(2)] } };
    const quote = s.ok('till', 'returns.quoteExchange', input);
    expect(quote.returned).toMatchObject({
      daysSinceSale: 10,
      lines: [{ rule: 'refund', why: 'withinWindow' }],
      approvalReasons: [],
    });
    expect(quote.returned.lines[0]?.explanation).toContain('15 天换货期内');
    // 7 800 for two towels out of the jade's 38 000: 30 200 back in cash
    const done = exchanged(s, input);
    expect(done).toMatchObject({ differenceFen: -30_200, approver: null, receiptNo: 'T01-20261203-0001' });

    // day 16 is past the exchange window too: a manager approves with a reason
    const later = s.sell({ lines: [s.line.jade()] }, [cash(JADE)]);
    travel(s, SOLD_AT + 26 * DAY);
    const late = { receiptNo: later.receiptNo, lines: [intact(1)], cart: { lines: [s.line.towel(2)] } };
    expect(exchange(s, late)).toMatchObject({
      ok: false,
      error: { code: 'RETURN_APPROVAL_REASON_REQUIRED' },
    });
    const approved = {
      returnId: randomUUID(),
      saleId: randomUUID(),
      ...late,
      approvalReason: '老顾客',
    };
    const approvalId = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'returns.exchange',
      input: approved,
    }).approvalId;
    expect(s.call('till', 'returns.exchange', approved, approvalId)).toMatchObject({
      ok: true,
      value: { approver: { id: s.ids.wang }, returned: { approvalReasons: ['outsideWindow'] } },
    });
  });

  it('prices the new gold at today’s rate, while the returned piece comes back at what was paid', () => {
    const s = (shop = openShop());
    // 5.000 g × 47 000 + 38 000 labor = 273 000
    const sold = s.sell({ lines: [s.line.pendant(5_000)] }, [cash(273_000)]);
    travel(s, SOLD_AT + DAY);
    s.ok('office', 'goldRates.set', {
      rates: [{ purity: 'Au750', sellFenPerGram: 48_000, buyBackFenPerGram: 43_000 }],
    });
    const newPendant = {
      kind: 'product' as const,
      productId: s.products.pendant,
      weightMg: 6_000,
      goldRateFenPerGram: 48_000,
    };
    const lines = [intact(1, { weightMg: 5_000 })];
    // yesterday's rate on the screen is refused
    expect(
      exchange(s, {
        receiptNo: sold.receiptNo,
        lines,
        cart: { lines: [{ ...newPendant, goldRateFenPerGram: 47_000 }] },
        tenders: [cash(53_000)],
      }),
    ).toMatchObject({ ok: false, error: { code: 'GOLD_RATE_CHANGED' } });
    // 6.000 g × 48 000 + 38 000 = 326 000, less the 273 000 paid = 53 000
    const done = exchanged(s, {
      receiptNo: sold.receiptNo,
      lines,
      cart: { lines: [newPendant] },
      tenders: [cash(53_000)],
    });
    expect(done).toMatchObject({
      creditFen: 273_000,
      sale: {
        totalFen: 326_000,
        lines: [{ goldRateFenPerGram: 48_000, metalFen: 288_000, laborFen: 38_000 }],
      },
      differenceFen: 53_000,
      returned: { lines: [{ rule: 'refund', valueFen: 273_000 }] },
    });
    // the pendant tray: 5 − 1 + 1 − 1
    expect(s.onHand('pendant')).toBe(4);
  });

  it('is refused without a manager for a return that needs one, and leaves nothing behind', () => {
    const s = (shop = openShop());
    const sold = s.sell({ lines: [s.line.jade()] }, [cash(JADE)]);
    const input = {
      returnId: randomUUID(),
      saleId: randomUUID(),
      receiptNo: sold.receiptNo,
      lines: [intact(1, { tagIntact: false })],
      cart: { lines: [s.line.towel()] },
      approvalReason: '标签脱落',
    };
    expect(s.call('till', 'returns.exchange', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED' },
    });
    expect(count(s, 'SELECT count(*) FROM returns')).toBe(0);
    expect(count(s, 'SELECT count(*) FROM sales')).toBe(1);
  });
});
