import { afterEach, describe, expect, it } from 'vitest';
import { containsBytes, decodeEscPos, indexOfBytes, linesOf, textOf } from '../../helpers/escpos-decoder';
import { FakePrinter } from '../../helpers/fake-printer';
import { FAST_PRINTING, tcpPrinter, waitFor } from '../../helpers/printing';
import { afterCommit, cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  shop?.close();
  await printer?.close();
  shop = printer = undefined;
});

/** A member buys the gold bangle and two towels, trading in an old ring, and pays by WeChat and cash. */
async function sellToMember(s: Shop): Promise<{ receiptNo: string; jobId: number }> {
  s.ok('admin', 'sales.saveSettings', {
    ...s.ok('admin', 'sales.settings', {}),
    tradeInDeductionFenPerGram: 500,
    tradeInLossBp: 200,
  });
  const member = s.ok('till', 'customers.register', { phone: '13812345678', name: '李女士' });
  const ring = {
    kind: 'tradeIn' as const,
    purity: 'Au999' as const,
    weightMg: 1_000,
    buyBackFenPerGram: RATES.Au999.buyBack,
    description: '旧戒指',
  };
  const { receiptNo } = s.sell({ customerId: member.id, lines: [s.line.bangle(), s.line.towel(2), ring] }, [
    { method: 'wechat', amountFen: 1_000_000, reference: '4200001234202611230001' },
    cash(220_000),
  ]);
  await afterCommit();
  const jobId = s.ok('till', 'sales.get', { receiptNo }).receiptJobId;
  if (jobId === null) throw new Error('the receipt was not queued');
  return { receiptNo, jobId };
}

describe.each([
  [58, 32],
  [80, 48],
] as const)('a sale’s receipt over TCP on %i mm paper', (paperWidth, columns) => {
  it(`prints every item, the hand-worked totals and the masked phone, each line within ${columns} columns`, async () => {
    printer = await FakePrinter.start();
    const s = (shop = openShop({ printing: FAST_PRINTING }));
    const { id } = s.ok('admin', 'printing.savePrinter', tcpPrinter(printer.port, { paperWidth }));
    s.ok('admin', 'printing.saveRoute', { documentType: 'receipt', printerId: id });

    const { receiptNo, jobId } = await sellToMember(s);
    // the receipt, then the bangle's warranty card on the same printer
    const [bytes] = await printer.waitForJobs(2);
    await waitFor('the receipt to be done', () =>
      s.ok('admin', 'printing.jobs', { states: ['done'] }).some((job) => job.id === jobId),
    );

    const events = decodeEscPos(bytes as Uint8Array);
    const printed = textOf(events);
    expect(printed).toContain('足金古法手镯');
    // on 58 mm paper the purity's code wraps to the next line
    expect(printed).toMatch(/成色 千足金\s+(重量 20\.150g\s+)?Au999/);
    expect(printed).toContain('重量 20.150g');
    expect(printed).toContain('金价 ￥612.00/g');
    expect(printed).toContain('工费 ￥15.00/g');
    // 20.150 g × ￥612.00/g = ￥12,331.80 of metal; 20.150 g × ￥15.00/g = ￥302.25 of labor; ￥12,634.05 in all
    expect(printed).toMatch(/金料金额 +￥12,331\.80/);
    expect(printed).toMatch(/工费金额 +￥302\.25/);
    expect(printed).toContain('金额 ￥12,634.05');
    expect(printed).toContain('纯棉毛巾');
    // 2 × ￥39.00
    expect(printed).toContain('金额 ￥78.00');
    // ￥12,634.05 + ￥78.00
    expect(printed).toMatch(/商品合计 +￥12,712\.05/);
    expect(printed).toMatch(/旧料抵扣 旧戒指 千足金 Au999\s+1\.000g/);
    // (1.000 g − 2% loss) × (￥560.00 − ￥5.00)/g = 0.980 g × ￥555.00/g = ￥543.90
    expect(printed).toContain('-￥543.90');
    // ￥12,712.05 − ￥543.90 = ￥12,168.15; ￥10,000.00 + ￥2,200.00 tendered, ￥31.85 back
    expect(printed).toMatch(/应收合计 +￥12,168\.15/);
    expect(printed).toMatch(/微信支付 +￥10,000\.00/);
    expect(printed).toMatch(/现金 +￥2,200\.00/);
    expect(printed).toMatch(/找零 +￥31\.85/);
    expect(printed).toContain('138****5678');
    expect(printed).not.toContain('13812345678');
    // a point per whole yuan of ￥12,168.15
    expect(printed).toContain('本次积分 +12,168');

    for (const line of linesOf(events)) expect(line.columns, line.text).toBeLessThanOrEqual(columns);
    expect(events.filter((e) => e.type === 'qr')).toEqual([
      { type: 'qr', data: receiptNo, module: 6, errorCorrection: 'M' },
    ]);
    // one job: ESC @ first and only there, Chinese mode, the drawer kick (cash tendered), the cut last
    expect(indexOfBytes(bytes as Uint8Array, [0x1b, 0x40])).toBe(0);
    expect(events.filter((e) => e.type === 'init')).toHaveLength(1);
    expect(events[1]).toEqual({ type: 'chineseMode', on: true });
    expect(containsBytes(bytes as Uint8Array, [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);
    expect(events.at(-1)).toEqual({ type: 'cut', bytes: [0x1d, 0x56, 0x42, 0x00] });

    const job = s.ok('admin', 'printing.jobs', { states: ['done'] }).find((j) => j.id === jobId);
    expect(job).toMatchObject({ state: 'done', attempts: 1, printerId: id, lastError: null });
    expect(s.core.db.prepare('SELECT status FROM printers WHERE id = ?').pluck().get(id)).toBe('ready');
  });
});
