import { afterEach, describe, expect, it } from 'vitest';
import { returned } from '../../helpers/returns';
import { cash, openShop, type Shop } from '../../helpers/sales';
import { counterWithTray, moveTo, PLACES, placesOf } from '../../helpers/stock';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const open = (): Shop => (shop = openShop());
const errorOf = (envelope: { ok: boolean; error?: { code: string } }) => envelope.error?.code;

describe('stock places (库位)', () => {
  it('start with the six system places, which keep their kind and stay open', () => {
    const s = open();
    const places = s.ok('till', 'stock.places', {});
    expect(places.map((p) => [p.id, p.code, p.name, p.kind, p.sellable, p.system])).toEqual([
      [1, 'STOCKROOM', '库房', 'stockroom', true, true],
      [2, 'SAFE', '保险柜', 'safe', true, true],
      [3, 'REPAIR', '维修台', 'repair', false, true],
      [4, 'SOLD', '已售', 'sold', false, true],
      [5, 'SUPPLIER', '已退供应商', 'supplier', false, true],
      [6, 'WRITTEN_OFF', '已报损', 'writtenOff', false, true],
    ]);
    const sold = { id: PLACES.sold, code: 'SOLD', name: '已售' };
    expect(errorOf(s.call('admin', 'stock.savePlace', { ...sold, kind: 'safe' }))).toBe('STOCK_PLACE_SYSTEM');
    expect(errorOf(s.call('admin', 'stock.savePlace', { ...sold, kind: 'sold', active: false }))).toBe(
      'STOCK_PLACE_SYSTEM',
    );
    // renamed, it is still the same place
    expect(s.ok('admin', 'stock.savePlace', { ...sold, name: '已售出', kind: 'sold' }).name).toBe('已售出');
    // a store adds counters, trays, safes and stockrooms only
    expect(
      errorOf(s.call('admin', 'stock.savePlace', { code: 'R2', name: '二号维修', kind: 'repair' })),
    ).toBe('STOCK_PLACE_SYSTEM');
    expect(
      s.ok('admin', 'stock.savePlace', { code: 'SAFE2', name: '二号保险柜', kind: 'safe' }).sellable,
    ).toBe(true);
    expect(s.call('till', 'stock.savePlace', { code: 'X', name: '柜', kind: 'counter' })).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'stock.places' } },
    });
  });

  it('put a tray in an open counter only, with codes unique, and close a place only when empty', () => {
    const s = open();
    const { counter, tray } = counterWithTray(s);
    expect(tray).toMatchObject({ kind: 'tray', parentId: counter.id, sellable: true, system: false });
    const tray2 = { code: 'T2', name: '托盘二', kind: 'tray' as const };
    expect(errorOf(s.call('admin', 'stock.savePlace', tray2))).toBe('STOCK_TRAY_NEEDS_COUNTER');
    expect(errorOf(s.call('admin', 'stock.savePlace', { ...tray2, parentId: PLACES.safe }))).toBe(
      'STOCK_TRAY_NEEDS_COUNTER',
    );
    expect(
      errorOf(s.call('admin', 'stock.savePlace', { ...tray2, kind: 'safe', parentId: counter.id })),
    ).toBe('STOCK_TRAY_NEEDS_COUNTER');
    expect(
      errorOf(s.call('admin', 'stock.savePlace', { ...tray2, code: 'C1-T1', parentId: counter.id })),
    ).toBe('STOCK_PLACE_CODE_TAKEN');
    // 2 of the 10 towels on the tray: the tray holds pieces and the counter an open tray
    moveTo(s, 'till', tray.id, [{ productId: s.products.towel, quantity: 2 }], { fromId: PLACES.stockroom });
    const closeTray = { code: tray.code, name: tray.name, kind: 'tray' as const, parentId: counter.id };
    const closeCounter = { id: counter.id, code: counter.code, name: counter.name, kind: 'counter' as const };
    expect(s.call('admin', 'stock.savePlace', { ...closeTray, id: tray.id, active: false })).toMatchObject({
      ok: false,
      error: { code: 'STOCK_PLACE_NOT_EMPTY', details: { quantity: 2 } },
    });
    expect(s.call('admin', 'stock.savePlace', { ...closeCounter, active: false })).toMatchObject({
      ok: false,
      error: { code: 'STOCK_PLACE_NOT_EMPTY', details: { quantity: 1 } },
    });
    moveTo(s, 'till', PLACES.stockroom, [{ productId: s.products.towel, quantity: 2 }], { fromId: tray.id });
    s.ok('admin', 'stock.savePlace', { ...closeTray, id: tray.id, active: false });
    expect(s.ok('admin', 'stock.savePlace', { ...closeCounter, active: false }).active).toBe(false);
    expect(s.ok('till', 'stock.places', {}).map((p) => p.id)).not.toContain(counter.id);
    expect(s.ok('till', 'stock.places', { includeInactive: true }).map((p) => p.id)).toContain(counter.id);
    expect(
      s.call('admin', 'catalog.receiveStock', {
        productId: s.products.towel,
        quantity: 1,
        note: '',
        placeId: tray.id,
      }),
    ).toMatchObject({ ok: false, error: { code: 'STOCK_PLACE_CLOSED' } });
    expect(s.journal('stock.placeUpdated').at(-1)?.payload).toMatchObject({
      placeId: counter.id,
      active: false,
    });
  });
});

describe('moving goods (调拨)', () => {
  it('receives into a tray, finds a tagged piece by itself, asks counted goods where from', () => {
    const s = open();
    const { tray } = counterWithTray(s);
    const vase = s.ok('admin', 'catalog.save', {
      product: { ...baseGood, sku: 'CP-0008', name: '粉彩瓷瓶', priceFen: 88_000, serialized: true },
    });
    const received = s.ok('admin', 'catalog.receiveStock', {
      productId: vase.id,
      quantity: 1,
      note: '',
      placeId: tray.id,
    });
    expect(received.onHand).toBe(1);
    expect(placesOf(s, vase.id)).toEqual({ [tray.id]: 1 });
    expect(
      s.call('admin', 'catalog.receiveStock', { productId: vase.id, quantity: 1, note: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERIALIZED_ALREADY_IN_STOCK', details: { place: '一号柜台 托盘一' } },
    });
    const where = s.ok('till', 'stock.whereIs', { productId: vase.id });
    expect(where.levels).toEqual([
      { placeId: tray.id, code: 'C1-T1', name: '一号柜台 托盘一', kind: 'tray', quantity: 1 },
    ]);
    expect(where.lastMovement).toMatchObject({ id: received.receiptId, placeId: tray.id, reason: 'receipt' });

    const moved = s.ok('till', 'stock.move', {
      toId: PLACES.safe,
      lines: [{ productId: vase.id, quantity: 1 }],
    });
    expect(moved.movements).toEqual([
      { productId: vase.id, quantity: 1, fromId: tray.id, toId: PLACES.safe },
    ]);
    expect(placesOf(s, vase.id)).toEqual({ [PLACES.safe]: 1 });
    const rows = s.core.db
      .prepare(
        'SELECT place_id, quantity, reason, reference FROM stock_movements WHERE reference = ? ORDER BY id',
      )
      .raw()
      .all(moved.reference);
    expect(rows).toEqual([
      [tray.id, -1, 'transfer', moved.reference],
      [PLACES.safe, 1, 'transfer', moved.reference],
    ]);
    expect(s.journal('stock.moved')[0]?.payload).toMatchObject({
      reference: moved.reference,
      toId: PLACES.safe,
      lines: [{ productId: vase.id, quantity: 1, fromId: tray.id, toId: PLACES.safe, reason: 'transfer' }],
    });

    const towel = s.products.towel;
    expect(errorOf(moveTo(s, 'till', tray.id, [{ productId: towel, quantity: 3 }]))).toBe(
      'STOCK_FROM_PLACE_REQUIRED',
    );
    expect(
      moveTo(s, 'till', tray.id, [{ productId: towel, quantity: 11 }], { fromId: PLACES.stockroom }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STOCK_NOT_AT_PLACE', details: { quantity: 10, wanted: 11 } },
    });
    expect(
      errorOf(moveTo(s, 'till', PLACES.stockroom, [{ productId: towel }], { fromId: PLACES.stockroom })),
    ).toBe('STOCK_MOVE_SAME_PLACE');
    expect(
      errorOf(moveTo(s, 'till', PLACES.sold, [{ productId: towel }], { fromId: PLACES.stockroom })),
    ).toBe('STOCK_MOVE_NOT_ALLOWED');
    expect(
      errorOf(moveTo(s, 'till', PLACES.stockroom, [{ productId: towel }], { fromId: PLACES.sold })),
    ).toBe('STOCK_MOVE_NOT_ALLOWED');
    // a move of several lines is all or nothing: the towels stay put when the vase cannot move
    expect(
      errorOf(
        moveTo(
          s,
          'till',
          tray.id,
          [
            { productId: towel, quantity: 4 },
            { productId: vase.id, quantity: 2 },
          ],
          {
            fromId: PLACES.stockroom,
          },
        ),
      ),
    ).toBe('STOCK_NOT_AT_PLACE');
    expect(placesOf(s, towel)).toEqual({ [PLACES.stockroom]: 10 });
    // 4 towels to the tray; the counter's contents list them with the vase's details
    moveTo(s, 'till', tray.id, [{ productId: towel, quantity: 4 }], { fromId: PLACES.stockroom });
    const contents = s.ok('till', 'stock.contents', { placeId: tray.id });
    expect(contents.next).toBeNull();
    expect(contents.lines).toEqual([
      {
        productId: towel,
        sku: 'MJ-0100',
        name: '纯棉毛巾',
        barcode: null,
        purity: null,
        weightMg: null,
        serialized: false,
        quantity: 4,
      },
    ]);
    expect(s.onHand('towel')).toBe(10);
  });

  it('sells from the fullest place, voids back to it, and takes a return to the place its decision names', () => {
    const s = open();
    const { tray } = counterWithTray(s);
    const towel = s.products.towel;
    // 10 towels: 6 to the tray, 4 left in the stockroom
    moveTo(s, 'till', tray.id, [{ productId: towel, quantity: 6 }], { fromId: PLACES.stockroom });
    // 7 sold: the tray's 6 first (the fullest), then 1 from the stockroom
    const sale = s.sell({ lines: [s.line.towel(7)] }, [cash(27_300)]);
    expect(placesOf(s, towel)).toEqual({ [PLACES.stockroom]: 3, [PLACES.sold]: 7 });
    s.ok('office', 'sales.void', { receiptNo: sale.receiptNo, reason: '收银错误' });
    expect(placesOf(s, towel)).toEqual({ [tray.id]: 6, [PLACES.stockroom]: 4 });
    expect(s.onHand('towel')).toBe(10);

    // the bangle (in the stockroom) sold, returned for repair: it leaves SOLD for the repair desk, off the shelf
    const bangle = s.products.bangle;
    const second = s.sell({ lines: [s.line.bangle()] }, [cash(2_000_000)]);
    expect(placesOf(s, bangle)).toEqual({ [PLACES.sold]: 1 });
    returned(
      s,
      second.receiptNo,
      [{ lineNo: 1, tagIntact: true, weightMg: 20_150, reason: 'quality', decision: 'repair' }],
      {
        note: '扣环松动',
      },
    );
    expect(placesOf(s, bangle)).toEqual({ [PLACES.repair]: 1 });
    expect(s.onHand('bangle')).toBe(0);
    // repaired, it goes back on the tray and is on hand again
    s.ok('till', 'stock.move', { toId: tray.id, lines: [{ productId: bangle, quantity: 1 }] });
    expect(placesOf(s, bangle)).toEqual({ [tray.id]: 1 });
    expect(s.onHand('bangle')).toBe(1);
    expect(
      s.call('admin', 'catalog.receiveStock', { productId: bangle, quantity: 1, note: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERIALIZED_ALREADY_IN_STOCK' },
    });
  });

  it('writes off or returns to the supplier with a note and a manager’s approval; a returned piece comes back', () => {
    const s = open();
    const vase = s.products.vase;
    const input = { toId: PLACES.supplier, lines: [{ productId: vase, quantity: 1 }], note: '' };
    expect(errorOf(s.call('till', 'stock.move', input))).toBe('STOCK_MOVE_NEEDS_NOTE');
    const withNote = { ...input, note: '釉面瑕疵，退回厂家' };
    expect(s.call('till', 'stock.move', withNote)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'stock.writeOff' } },
    });
    const { approvalId } = s.ok('till', 'auth.approve', {
      approverId: s.ids.wang,
      pin: '888888',
      channel: 'stock.move',
      input: withNote,
    });
    const moved = s.ok('till', 'stock.move', withNote, approvalId);
    expect(placesOf(s, vase)).toEqual({ [PLACES.supplier]: 1 });
    expect(s.onHand('vase')).toBe(0);
    const row = s.journal('stock.moved').find((r) => r.payload.reference === moved.reference);
    expect(row).toMatchObject({ approver_id: s.ids.wang, payload: { note: '釉面瑕疵，退回厂家' } });
    expect(row?.payload.lines).toMatchObject([{ reason: 'supplierReturn', fromId: PLACES.stockroom }]);
    // nothing leaves SUPPLIER by a move: the piece comes back by a receipt, out of SUPPLIER
    expect(errorOf(moveTo(s, 'office', PLACES.stockroom, [{ productId: vase }]))).toBe('STOCK_NOT_IN_STORE');
    const back = s.ok('admin', 'catalog.receiveStock', { productId: vase, quantity: 1, note: '厂家修复' });
    expect(placesOf(s, vase)).toEqual({ [PLACES.stockroom]: 1 });
    // received by mistake: the reversal puts it back at the supplier
    s.ok('admin', 'catalog.reverseReceipt', { receiptId: back.receiptId, reason: '未到货' });
    expect(placesOf(s, vase)).toEqual({ [PLACES.supplier]: 1 });

    // the manager writes the jade off by their own authority, with a note
    const jade = s.products.jade;
    s.ok('office', 'stock.move', {
      fromId: PLACES.stockroom,
      toId: PLACES.writtenOff,
      lines: [{ productId: jade, quantity: 1 }],
      note: '摔裂',
    });
    expect(placesOf(s, jade)).toEqual({ [PLACES.stockroom]: 2, [PLACES.writtenOff]: 1 });
    expect(s.onHand('jade')).toBe(2);
    // a sold piece is not received again
    s.sell({ lines: [s.line.bangle()] }, [cash(2_000_000)]);
    expect(
      s.call('admin', 'catalog.receiveStock', { productId: s.products.bangle, quantity: 1, note: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PRODUCT_ALREADY_SOLD' },
    });
  });
});

const baseGood = {
  kind: 'fixed' as const,
  category: '家居',
  barcodes: [],
  serialized: false,
  certificateNo: null,
  warrantyMonths: 0,
};
