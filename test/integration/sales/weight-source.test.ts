import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { cash, openShop, RATES, type Shop } from '../../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

// a 5.000 g 18K pendant: 5 × ￥470.00 metal + ￥380.00 labor per piece = ￥2,730.00
const PENDANT_FEN = 273_000;

const pendant = (s: Shop, weight: { weightSource?: 'scale' | 'typed'; weightReason?: string }) => ({
  kind: 'product' as const,
  productId: s.products.pendant,
  weightMg: 5_000,
  goldRateFenPerGram: RATES.Au750.sell,
  ...weight,
});

describe('a sale line’s weight', () => {
  it('records where it came from: the tag, the scale, or typed with its reason', () => {
    const s = (shop = openShop());
    const sale = s.sell(
      {
        lines: [
          s.line.bangle(),
          pendant(s, { weightSource: 'scale' }),
          pendant(s, { weightSource: 'typed', weightReason: '秤在校准' }),
        ],
      },
      // the bangle: 20.150 g × ￥612.00 + 20.150 g × ￥15.00 = ￥12,331.80 + ￥302.25 = ￥12,634.05
      [cash(1_263_405 + 2 * PENDANT_FEN)],
    );
    expect(sale.lines.map((line) => [line.weightMg, line.weightSource, line.weightReason])).toEqual([
      [20_150, 'tag', null],
      [5_000, 'scale', null],
      [5_000, 'typed', '秤在校准'],
    ]);
    const [journaled] = s.journal('sale.committed');
    expect(journaled?.payload.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        productId: s.products.bangle,
        weightMg: 20_150,
        weightSource: 'tag',
        weightReason: null,
        netFen: 1_263_405,
      }),
      expect.objectContaining({
        lineNo: 2,
        productId: s.products.pendant,
        weightMg: 5_000,
        weightSource: 'scale',
        weightReason: null,
      }),
      expect.objectContaining({
        lineNo: 3,
        productId: s.products.pendant,
        weightMg: 5_000,
        weightSource: 'typed',
        weightReason: '秤在校准',
      }),
    ]);
  });

  it('counts a weight sent without its source as typed', () => {
    const s = (shop = openShop());
    const sale = s.sell({ lines: [pendant(s, {})] }, [cash(PENDANT_FEN)]);
    expect(sale.lines[0]).toMatchObject({ weightSource: 'typed', weightReason: null });
  });

  it('asks a reason for a typed weight, or a manager too, as the store sets it', () => {
    const s = (shop = openShop());
    const settings = s.ok('office', 'sales.settings', {});
    expect(settings.typedWeight).toBe('free');
    s.ok('admin', 'sales.saveSettings', { ...settings, typedWeight: 'reason' });
    expect(s.commit({ lines: [pendant(s, { weightSource: 'typed' })] }, [cash(PENDANT_FEN)])).toMatchObject({
      ok: false,
      error: { code: 'SALE_WEIGHT_REASON_REQUIRED', details: { line: 1 } },
    });
    // the scale's weight needs nothing
    expect(s.commit({ lines: [pendant(s, { weightSource: 'scale' })] }, [cash(PENDANT_FEN)]).ok).toBe(true);

    s.ok('admin', 'sales.saveSettings', { ...settings, typedWeight: 'approval' });
    const input = {
      saleId: randomUUID(),
      cart: { lines: [pendant(s, { weightSource: 'typed', weightReason: '秤在校准' })] },
      tenders: [cash(PENDANT_FEN)],
    };
    expect(s.call('till', 'sales.commit', input)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'sales.typedWeight' } },
    });
    const approvalId = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'sales.commit',
      input,
    }).approvalId;
    expect(s.call('till', 'sales.commit', input, approvalId).ok).toBe(true);
    expect(s.journal('sale.committed').at(-1)?.approver_id).toBe(s.ids.wang);
  });
});
