import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { containsBytes, decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter } from '../../helpers/printing';
import { intact, returned } from '../../helpers/returns';
import { cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

const FLOAT = 50_000;
const ID_NUMBER = '11010519491231002X';
const SELLER = { name: '陈先生', idNumber: ID_NUMBER };

function withTerms(s: Shop): void {
  s.ok('admin', 'sales.saveSettings', {
    ...s.ok('admin', 'sales.settings', {}),
    tradeInDeductionFenPerGram: 500,
    tradeInLossBp: 200,
  });
}

const oldChain = {
  kind: 'tradeIn' as const,
  purity: 'Au999' as const,
  weightMg: 10_000,
  buyBackFenPerGram: RATES.Au999.buyBack,
  description: '旧金项链',
};

describe('a trade-in worth more than the new goods', () => {
  it('pays the customer the difference out of the drawer, the seller named and masked, with a manager', async () => {
    printer = await FakePrinter.start();
    const s = (shop = openShop({ printing: FAST_PRINTING }));
    const { id } = s.ok('admin', 'printing.savePrinter', tcpPrinter(printer.port, { paperWidth: 80 }));
    s.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
    withTerms(s);
    const cart = { lines: [s.line.jade(), oldChain] };
    // the chain: 10.000 g less 2 % loss = 9.8 g × (56 000 − 500) = 543 900; the jade 38 000; 505 900 to pay out
    const quote = s.ok('till', 'sales.quote', { cart });
    expect(quote).toMatchObject({ tradeInFen: 543_900, totalFen: -505_900 });
    expect(s.commit(cart, [])).toMatchObject({
      ok: false,
      error: { code: 'TRADE_IN_SELLER_REQUIRED', details: { payout: '￥5,059.00', payoutFen: 505_900 } },
    });
    const input = { saleId: randomUUID(), cart, tenders: [], seller: SELLER };
    // the cashier may not pay out for old gold alone
    expect(s.call('till', 'sales.commit', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'returns.buyBack' } },
    });
    expect(s.call('till', 'sales.commit', { ...input, tenders: [cash(100)] })).toMatchObject({
      ok: false,
      error: { code: 'TENDERS_EXCEED_TOTAL' },
    });
    const { approvalId } = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'sales.commit',
      input,
    });
    const done = s.ok('till', 'sales.commit', input, approvalId);
    expect(done).toMatchObject({ totalFen: -505_900, changeFen: 0, pointsEarned: 0 });
    // a retry answers the same sale
    expect(s.ok('till', 'sales.commit', input)).toEqual(done);

    expect(
      s.core.db.prepare('SELECT seller_name, seller_id_number, approver_id FROM sales').raw().get(),
    ).toEqual(['陈先生', ID_NUMBER, s.ids.wang]);
    expect(
      s.core.db.prepare('SELECT purity, weight_mg, value_fen, reason FROM scrap_gold_movements').raw().all(),
    ).toEqual([['Au999', 10_000, 543_900, 'tradeIn']]);
    const [row] = s.journal('sale.committed');
    expect(row?.payload).toMatchObject({
      totalFen: -505_900,
      tradeInFen: 543_900,
      seller: { name: '陈先生', idNumber: '110***********002X' },
      payments: [{ method: 'cash', amountFen: -505_900 }],
    });
    expect(JSON.stringify(s.journal('sale.committed'))).not.toContain(ID_NUMBER);
    expect(s.onHand('jade')).toBe(2);

    // the drawer: 50 000 float − 505 900 paid out
    const x = s.ok('office', 'shifts.xReport', {}).report;
    expect(x.cash).toMatchObject({ refundedFen: 505_900, expectedFen: FLOAT - 505_900 });
    expect(x.tradeIns).toEqual({
      count: 1,
      weightMg: 10_000,
      amountFen: 543_900,
      payout: { count: 1, amountFen: 505_900 },
    });
    expect(x.sales).toEqual({ count: 1, amountFen: -505_900 });

    const [bytes] = await printer.waitForJobs(1);
    const printed = textOf(decodeEscPos(bytes as Uint8Array));
    expect(printed).toMatch(/应付顾客\s+￥5,059\.00/);
    expect(printed).toMatch(/现金付出\s+￥5,059\.00/);
    expect(printed).toContain('陈先生 110***********002X');
    expect(printed).not.toContain(ID_NUMBER);
    expect(containsBytes(bytes as Uint8Array, [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);

    // the jade comes back inside its window: the trade-in paid for it, so it is refunded in cash
    const back = returned(s, (s.ok('till', 'sales.today', {})[0] as { receiptNo: string }).receiptNo, [
      intact(1),
    ]);
    expect(back.refunds).toEqual([{ method: 'cash', pool: 'tradeIn', amountFen: 38_000, points: null }]);
    expect(s.ok('office', 'shifts.xReport', {}).report.cash.expectedFen).toBe(FLOAT - 505_900 - 38_000);
  });

  it('a manager pays out on their own authority; a void takes the money and the gold back', () => {
    const s = (shop = openShop());
    withTerms(s);
    // the manager runs the till this time
    const input = {
      saleId: randomUUID(),
      cart: { lines: [s.line.jade(), oldChain] },
      tenders: [],
      seller: SELLER,
    };
    const done = s.ok('office', 'sales.commit', input);
    expect(done.totalFen).toBe(-505_900);
    s.ok('office', 'sales.void', { receiptNo: done.receiptNo, reason: '顾客反悔' });
    const x = s.ok('office', 'shifts.xReport', {}).report;
    // paid out 505 900, then handed back: the drawer holds the float again
    expect(x.cash.expectedFen).toBe(FLOAT);
    expect(
      s.core.db.prepare('SELECT coalesce(sum(weight_mg), 0) FROM scrap_gold_movements').pluck().get(),
    ).toBe(0);
  });
});
