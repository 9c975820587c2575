import { afterEach, describe, expect, it } from 'vitest';
import { containsBytes, decodeEscPos, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter, waitFor } from '../../helpers/printing';
import { intact, returned } from '../../helpers/returns';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

describe('the return receipt', () => {
  it('prints through the queue on a TCP printer: the lines, the refund per tender, and opens the drawer', async () => {
    printer = await FakePrinter.start();
    const s = (shop = openShop({ printing: FAST_PRINTING }));
    const { id } = s.ok('admin', 'printing.savePrinter', tcpPrinter(printer.port, { paperWidth: 80 }));
    s.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });
    // the jade (38 000) and a towel (3 900): 41 900, paid WeChat 20 000 + cash 21 900
    const { receiptNo } = s.sell({ lines: [s.line.jade(), s.line.towel()] }, [
      { method: 'wechat', amountFen: 20_000, reference: '4200001234202611230001' },
      cash(21_900),
    ]);
    // the sale's receipt and the jade's warranty card
    await printer.waitForJobs(2);

    // the jade back: 38 000 over cash 21 900 and WeChat 20 000 of 41 900:
    //   cash 19 861.57, WeChat 18 138.42 → 19 861 + 18 138 = 37 999, the fen to cash (.57): 19 862 / 18 138
    const done = returned(s, receiptNo, [intact(1, { reason: 'size', decision: 'writeOff' })], {
      references: [{ method: 'wechat', reference: '4200009876202611230009' }],
    });
    expect(done.refunds).toMatchObject([
      { method: 'cash', amountFen: 19_862 },
      { method: 'wechat', amountFen: 18_138 },
    ]);
    await afterCommit();
    const [, , bytes] = await printer.waitForJobs(3);
    await waitFor('the return receipt to be done', () =>
      s
        .ok('admin', 'printing.jobs', { states: ['done'] })
        .some((job) => job.documentType === 'returnReceipt' && job.reference === done.returnNo),
    );
    const printed = textOf(decodeEscPos(bytes as Uint8Array));
    expect(printed).toContain('退货单 RETURN');
    expect(printed).toContain(done.returnNo);
    expect(printed).toContain(receiptNo);
    expect(printed).toContain('和田玉平安扣');
    expect(printed).toMatch(/1 件 原价退款\s+￥380\.00/);
    expect(printed).toContain('处理：报损');
    expect(printed).toMatch(/退款合计\s+￥380\.00/);
    expect(printed).toMatch(/现金\s+￥198\.62/);
    expect(printed).toMatch(/微信支付\s+￥181\.38/);
    expect(printed).toContain('退款单号 4200009876202611230009');
    // cash went out: the drawer kick is in the job
    expect(containsBytes(bytes as Uint8Array, [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);
  });
});
