import { afterEach, describe, expect, it } from 'vitest';
import type { CashRounding } from '../../../shared/domain/cash-rounding';
import { previewData } from '../../../shared/print/preview';
import { TEST_CONTEXT } from '../../helpers/printing';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };
const card = (amountFen: number) => ({
  method: 'bankCard' as const,
  amountFen,
  reference: '000123',
  last4: '6789',
});

/** A shop rounding cash (to the jiao, down, unless told), with a ￥21,521.21 necklace in stock. */
function roundingShop(rounding: CashRounding = { unit: 'jiao', mode: 'down' }) {
  const s = (shop = openShop());
  const settings = s.ok('admin', 'sales.settings', {});
  s.ok('admin', 'sales.saveSettings', { ...settings, cashRounding: rounding });
  const product = {
    kind: 'fixed' as const,
    sku: 'XL-2152',
    name: '翡翠项链',
    category: '玉器',
    barcodes: [],
    priceFen: 2_152_121,
    serialized: false,
    certificateNo: null,
    warrantyMonths: 0,
  };
  const id = s.ok('admin', 'catalog.save', { product }).id;
  s.ok('admin', 'catalog.receiveStock', { productId: id, quantity: 5, note: '' });
  return { s, necklace: { kind: 'product' as const, productId: id, quantity: 1 } };
}

describe('抹零: the store’s cash rounding', () => {
  it('takes ￥21,521.20 for a ￥21,521.21 cash sale, gives ￥78.80 change, and says so everywhere', async () => {
    const { s, necklace } = roundingShop();
    const committed = s.ok('till', 'sales.commit', {
      saleId: crypto.randomUUID(),
      cart: { lines: [necklace] },
      tenders: [cash(2_160_000)],
    });
    // due 2,152,121 rounded down to the jiao: 2,152,120, the rounding −1; change 2,160,000 − 2,152,120 = 7,880
    expect(committed).toMatchObject({ totalFen: 2_152_121, cashRoundingFen: -1, changeFen: 7_880 });
    const sale = s.ok('till', 'sales.get', { receiptNo: committed.receiptNo });
    expect(sale).toMatchObject({ totalFen: 2_152_121, cashRoundingFen: -1, changeFen: 7_880 });
    expect(sale.payments).toEqual([
      expect.objectContaining({ method: 'cash', amountFen: 2_152_120, tenderedFen: 2_160_000 }),
    ]);
    expect(s.journal('sale.committed')[0]?.payload).toMatchObject({
      totalFen: 2_152_121,
      cashRoundingFen: -1,
      changeFen: 7_880,
      payments: [{ method: 'cash', amountFen: 2_152_120 }],
    });

    await afterCommit();
    const data = s.core.db
      .prepare(`SELECT data FROM print_jobs WHERE document_type = 'receipt'`)
      .pluck()
      .get() as string;
    const receipt = previewData('receipt', JSON.parse(data), '80mm', TEST_CONTEXT).text as string;
    expect(receipt).toMatch(/应收合计 +￥21,521\.21/);
    expect(receipt).toMatch(/抹零 +-￥0\.01/);
    expect(receipt).toMatch(/实收 +￥21,521\.20/);
    expect(receipt).toMatch(/找零 +￥78\.80/);

    // the drawer: ￥500 float + ￥21,521.20 taken = ￥22,021.20, counted in jiao: no fen short
    const counted = s.ok('till', 'shifts.closeCount', { counts: drawerOf(2_202_120), settled: noSettlement });
    expect(counted.tenders[0]).toMatchObject({ expectedFen: 2_202_120, overShortFen: 0 });
    const closed = s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(closed.report.cashRounding).toEqual({ count: 1, amountFen: -1 });
    expect(closed.preview.text).toMatch(/抹零 1 笔 +-￥0\.01/);
  });

  it('rounds half-up to the yuan only the part paid in cash; a card pays to the fen', () => {
    const { s, necklace } = roundingShop({ unit: 'yuan', mode: 'halfUp' });
    const cart = { lines: [necklace] };
    // card 2,000,000; the cash part 152,121 rounds half-up to the yuan: 152,100 (−21); change 160,000 − 152,100
    const mixed = s.sell(cart, [card(2_000_000), cash(160_000)]);
    expect(mixed).toMatchObject({ cashRoundingFen: -21, changeFen: 7_900 });
    expect(mixed.payments.map((p) => [p.method, p.amountFen])).toEqual([
      ['bankCard', 2_000_000],
      ['cash', 152_100],
    ]);
    // all by card: nothing rounded, so a card short of the odd ￥0.21 is refused
    expect(s.commit(cart, [card(2_152_100)])).toMatchObject({
      error: { code: 'TENDERS_SHORT', details: { shortFen: 21 } },
    });
    expect(s.sell(cart, [card(2_152_121)])).toMatchObject({ cashRoundingFen: 0, changeFen: 0 });
    // cash short of the rounded due names what is short in cash: 152,100 − 150,000 = 2,100
    expect(s.commit(cart, [card(2_000_000), cash(150_000)])).toMatchObject({
      error: { code: 'TENDERS_SHORT', details: { shortFen: 2_100 } },
    });
  });

  it('is off unless the store sets it: change to the fen', () => {
    const s = (shop = openShop());
    // 纯棉毛巾 ￥39.00: nothing to round; the setting reads off
    expect(s.ok('till', 'sales.settings', {}).cashRounding).toEqual({ unit: 'off', mode: 'down' });
    expect(s.sell({ lines: [s.line.towel()] }, [cash(5_000)])).toMatchObject({
      cashRoundingFen: 0,
      changeFen: 1_100,
    });
  });
});

describe('fen coins in the drawer', () => {
  it('are refused in a count unless the store keeps them', () => {
    const s = (shop = openShop());
    const withCoins = [
      { denominationFen: 10_000 as const, quantity: 5 },
      { denominationFen: 1 as const, quantity: 3 },
    ];
    expect(s.call('till', 'shifts.midDayCount', { counts: withCoins, safeDropFen: 0 })).toMatchObject({
      error: { code: 'SHIFT_FEN_COINS_OFF' },
    });
    const settings = s.ok('admin', 'shifts.settings', {});
    expect(settings.fenCoins).toBe(false);
    s.ok('admin', 'shifts.saveSettings', { ...settings, fenCoins: true });
    // 5 × ￥100 + 3 × ￥0.01 = ￥500.03 against the ￥500 float: ￥0.03 over
    const counted = s.ok('till', 'shifts.midDayCount', { counts: withCoins, safeDropFen: 0 });
    expect(counted.tenders[0]).toMatchObject({ expectedFen: 50_000, countedFen: 50_003, overShortFen: 3 });
  });
});
