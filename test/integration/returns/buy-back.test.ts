import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { containsBytes, decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter } from '../../helpers/printing';
import { openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

const ID_NUMBER = '11010519491231002X';

describe('old gold bought back without a purchase', () => {
  it('pays cash out of the drawer at today’s rate less the deduction, into scrap gold, the seller masked but on the record', async () => {
    printer = await FakePrinter.start();
    const s = (shop = openShop({ printing: FAST_PRINTING }));
    const { id } = s.ok('admin', 'printing.savePrinter', tcpPrinter(printer.port, { paperWidth: 80 }));
    s.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
    s.ok('admin', 'sales.saveSettings', {
      ...s.ok('admin', 'sales.settings', {}),
      tradeInDeductionFenPerGram: 500,
      tradeInLossBp: 200,
    });
    const input = {
      returnId: randomUUID(),
      purity: 'Au999' as const,
      weightMg: 10_000,
      description: '旧金项链',
      seller: { name: '陈先生', idNumber: ID_NUMBER },
    };
    // a cashier needs the manager's approval
    expect(s.call('till', 'returns.buyBack', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'returns.buyBack' } },
    });
    const { approvalId } = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'returns.buyBack',
      input,
    });
    // 10.000 g less 2 % loss = 9.8 g, × (56 000 − 500) fen/g = 543 900 fen
    const done = s.ok('till', 'returns.buyBack', input, approvalId);
    expect(done).toMatchObject({
      returnNo: 'T01-R000001',
      buyBackFenPerGram: 56_000,
      amountFen: 543_900,
      seller: { name: '陈先生', idNumber: '110***********002X' },
      approver: { id: s.ids.wang },
    });
    expect(s.core.db.prepare('SELECT kind, seller_id_number FROM returns').raw().get()).toEqual([
      'buyBack',
      ID_NUMBER,
    ]);
    expect(
      s.core.db.prepare('SELECT purity, weight_mg, value_fen, reason FROM scrap_gold_movements').raw().all(),
    ).toEqual([['Au999', 10_000, 543_900, 'buyBack']]);
    expect(JSON.stringify(s.journal('return.buyBack'))).not.toContain(ID_NUMBER);

    // the payout counts in the drawer's expected cash: 50 000 float − 543 900
    const x = s.ok('office', 'shifts.xReport', {}).report;
    expect(x.cash).toMatchObject({ refundedFen: 543_900, expectedFen: 50_000 - 543_900 });
    expect(x.bySource).toEqual([{ source: 'buyBack', receivedFen: 0, refundedFen: 543_900 }]);
    expect(x.returns.count).toBe(0);

    const [bytes] = await printer.waitForJobs(1);
    const printed = textOf(decodeEscPos(bytes as Uint8Array));
    expect(printed).toContain('旧料回收单 BUY-BACK');
    expect(printed).toContain('陈先生 110***********002X');
    expect(printed).not.toContain(ID_NUMBER);
    expect(printed).toMatch(/付款合计\s+￥5,439\.00/);
    expect(containsBytes(bytes as Uint8Array, [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);
  });
});
