import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/contract';
import type { ProductInput } from '../../shared/contract/catalog';
import { CHECKED_OUTPUTS, openStaffedTill } from '../helpers/core';
import { connectSimulatedScale, putOnScale } from '../helpers/scale';
import { moveTo } from '../helpers/stock';

type Till = ReturnType<typeof openStaffedTill>;
let till: Till | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

const ring = (sku: string, barcode: string, weightMg: number, purity: 'Au999' | 'Au750' = 'Au999') =>
  ({
    kind: 'weighed',
    sku,
    name: `戒指 ${sku}`,
    category: '黄金',
    barcodes: [barcode],
    purity,
    weightMg,
    laborFee: { kind: 'perGram', fen: 1_500 },
    serialized: true,
    certificateNo: null,
    warrantyMonths: 12,
  }) satisfies ProductInput;

/**
 * Counter A (tray A1: rings R1 3.210 g, R2 4.005 g of Au999 and pendant P1 2.500 g of Au750; tray A2: ring R3
 * 10.000 g Au999) and counter B (tray B1: ring R9 5.000 g Au999). Books of counter A: four pieces, Au999
 * 3.210 + 4.005 + 10.000 = 17.215 g, Au750 2.500 g. 张三 counts at the till, 李四 is the other cashier.
 */
function openStore() {
  const t = (till = openStaffedTill());
  const place = (input: ChannelInput<'stock.savePlace'>) => t.ok('admin', 'stock.savePlace', input).id;
  const A = place({ code: 'A', name: 'A柜', kind: 'counter' });
  const A1 = place({ code: 'A1', name: 'A柜一号盘', kind: 'tray', parentId: A });
  const A2 = place({ code: 'A2', name: 'A柜二号盘', kind: 'tray', parentId: A });
  const B = place({ code: 'B', name: 'B柜', kind: 'counter' });
  const B1 = place({ code: 'B1', name: 'B柜一号盘', kind: 'tray', parentId: B });
  const receive = (product: ProductInput, placeId: number): number => {
    const id = t.ok('admin', 'catalog.save', { product }).id;
    t.ok('admin', 'catalog.receiveStock', { productId: id, quantity: 1, note: '', placeId });
    return id;
  };
  const pieces = {
    R1: receive(ring('R1', '2000000000011', 3_210), A1),
    R2: receive(ring('R2', '2000000000028', 4_005), A1),
    P1: receive(ring('P1', '2000000000035', 2_500, 'Au750'), A1),
    R3: receive(ring('R3', '2000000000042', 10_000), A2),
    R9: receive(ring('R9', '2000000000097', 5_000), B1),
  };
  t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
  const start = (kind: 'open' | 'handover' | 'close' = 'open', session = 'till') =>
    t.ok(session, 'tally.start', { counterId: A, kind });
  const scan = (tallyId: number, code: string) => t.ok('till', 'tally.scan', { tallyId, code });
  const weigh = (tallyId: number, purity: 'Au999' | 'Au750', weightMg: number) =>
    t.ok('till', 'tally.weigh', { tallyId, purity, source: 'typed', weightMg });
  const journal = (type: string) =>
    (
      t.core.db
        .prepare('SELECT payload FROM journal WHERE type = ? ORDER BY seq')
        .pluck()
        .all(type) as string[]
    ).map((payload) => JSON.parse(payload) as Record<string, unknown>);
  return { t, places: { A, A1, A2, B, B1 }, pieces, start, scan, weigh, journal };
}

const codes = {
  R1: '2000000000011',
  R2: '2000000000028',
  P1: '2000000000035',
  R3: '2000000000042',
  R9: '2000000000097',
};

const purity = (tally: ChannelOutput<'tally.get'>, code: string) =>
  tally.purities.find((p) => p.purity === code);

describe('点货 of a counter', () => {
  it('agrees when every piece is scanned and each purity weighs its booked total within tolerance', () => {
    const s = openStore();
    const started = s.start();
    expect(started).toMatchObject({
      status: 'counting',
      expectedPieces: 4,
      countedPieces: 0,
      toleranceMg: 50,
    });
    expect(started.trays.map((tray) => [tray.place.code, tray.pieces.map((p) => p.sku)])).toEqual([
      ['A', []],
      ['A1', ['P1', 'R1', 'R2']],
      ['A2', ['R3']],
    ]);
    for (const code of ['R1', 'R2', 'P1', 'R3'] as const) {
      expect(s.scan(started.id, codes[code]).outcome).toBe('expected');
    }
    s.weigh(started.id, 'Au999', 17_215 + 50);
    const weighed = s.weigh(started.id, 'Au750', 2_500 - 50);
    expect(purity(weighed, 'Au999')).toMatchObject({
      expectedMg: 17_215,
      countedMg: 17_265,
      differenceMg: 50,
    });
    expect(purity(weighed, 'Au750')).toMatchObject({
      expectedMg: 2_500,
      differenceMg: -50,
      status: 'within',
    });

    const done = s.t.ok('till', 'tally.finish', { tallyId: started.id });
    expect(done).toMatchObject({ status: 'balanced', missing: [], unexpected: [], countedPieces: 4 });
    expect(done.finishedBy?.name).toBe('张三');
    expect(s.journal('tally.finished')).toEqual([
      expect.objectContaining({
        tallyId: started.id,
        counterId: s.places.A,
        kind: 'open',
        status: 'balanced',
        expectedPieces: 4,
        countedPieces: 4,
        missing: [],
        unexpected: [],
        purities: [
          expect.objectContaining({
            purity: 'Au999',
            expectedMg: 17_215,
            countedMg: 17_265,
            differenceMg: 50,
          }),
          expect.objectContaining({
            purity: 'Au750',
            expectedMg: 2_500,
            countedMg: 2_450,
            differenceMg: -50,
          }),
        ],
      }),
    ]);
    // the record stays as it was when finished, and the count no longer takes scans
    expect(s.t.ok('till', 'tally.get', { tallyId: started.id })).toEqual(done);
    expect(s.t.call('till', 'tally.scan', { tallyId: started.id, code: codes.R1 })).toMatchObject({
      ok: false,
      error: { code: 'TALLY_ENDED' },
    });
  });

  it('shows a piece not scanned as missing and a piece of another counter as unexpected, with where it is booked', () => {
    const s = openStore();
    const { id } = s.start();
    s.scan(id, codes.R1);
    s.scan(id, codes.P1);
    s.scan(id, codes.R3);
    const stranger = s.scan(id, codes.R9);
    expect(stranger.outcome).toBe('unexpected');
    expect(stranger.where).toEqual([
      { id: s.places.B1, code: 'B1', name: 'B柜一号盘', kind: 'tray', parentName: 'B柜' },
    ]);
    expect(stranger.tally.missing.map((p) => p.sku)).toEqual(['R2']);
    expect(stranger.tally.unexpected.map((p) => [p.sku, p.quantity])).toEqual([['R9', 1]]);

    // on the scale: Au999 without R2 (4.005 g) but with R9 (5.000 g) = 17.215 − 4.005 + 5.000 = 18.210 g
    s.weigh(id, 'Au999', 18_210);
    s.weigh(id, 'Au750', 2_500);
    const done = s.t.ok('till', 'tally.finish', { tallyId: id });
    expect(done.status).toBe('flagged');
    expect(purity(done, 'Au999')).toMatchObject({ differenceMg: 995, status: 'beyond' });
    const [row] = s.journal('tally.finished');
    expect(row).toMatchObject({
      status: 'flagged',
      missing: [{ productId: s.pieces.R2, placeId: s.places.A1, quantity: 1 }],
      unexpected: [{ productId: s.pieces.R9, quantity: 1, bookedAt: [s.places.B1] }],
    });
    expect(s.t.ok('admin', 'tally.list', { status: 'flagged' }).map((c) => c.id)).toEqual([id]);
  });

  it('counts a piece scanned twice once, and says so', () => {
    const s = openStore();
    const { id } = s.start();
    s.scan(id, codes.R1);
    const again = s.scan(id, codes.R1);
    expect(again.outcome).toBe('again');
    expect(again.tally.countedPieces).toBe(1);
    // a tick on screen of the same piece is one more repeat
    const ticked = s.t.ok('till', 'tally.scan', { tallyId: id, productId: s.pieces.R1 });
    expect(ticked.outcome).toBe('again');
    expect(ticked.tally.duplicates).toEqual([{ productId: s.pieces.R1, name: '戒指 R1', scans: 3 }]);
    expect(ticked.tally.missing.map((p) => p.sku)).toEqual(['P1', 'R2', 'R3']);
  });

  it('judges each purity against the tolerance, which the store sets', () => {
    const s = openStore();
    s.t.ok('admin', 'tally.saveSettings', { toleranceMg: 20, handoverSecondPin: true });
    const { id } = s.start();
    for (const code of ['R1', 'R2', 'P1', 'R3'] as const) s.scan(id, codes[code]);
    expect(purity(s.weigh(id, 'Au999', 17_215 - 20), 'Au999')?.status).toBe('within');
    expect(purity(s.weigh(id, 'Au999', 17_215 - 21), 'Au999')?.status).toBe('beyond');
    // weighed again: the latest weighing counts
    expect(purity(s.weigh(id, 'Au999', 17_215 + 20), 'Au999')?.status).toBe('within');
    expect(s.t.call('till', 'tally.finish', { tallyId: id })).toMatchObject({
      ok: false,
      error: { code: 'TALLY_NOT_WEIGHED' },
    });
    s.weigh(id, 'Au750', 2_500 + 21);
    expect(s.t.ok('till', 'tally.finish', { tallyId: id })).toMatchObject({
      status: 'flagged',
      toleranceMg: 20,
    });
  });

  it('no longer expects a piece moved away during the count', () => {
    const s = openStore();
    const { id } = s.start();
    s.scan(id, codes.R1);
    expect(moveTo(s.t, 'admin', s.places.B1, [{ productId: s.pieces.R3 }])).toMatchObject({ ok: true });
    const after = s.scan(id, codes.R2);
    expect(after.tally.expectedPieces).toBe(3);
    expect(after.tally.trays.find((tray) => tray.place.code === 'A2')?.pieces).toEqual([]);
  });
});

describe('a handover count (交接)', () => {
  function counted() {
    const s = openStore();
    const { id } = s.start('handover');
    for (const code of ['R1', 'R2', 'P1', 'R3'] as const) s.scan(id, codes[code]);
    s.weigh(id, 'Au999', 17_215);
    s.weigh(id, 'Au750', 2_500);
    return { s, id };
  }

  it('needs the other person’s PIN, refuses a wrong one and keeps the count open', () => {
    const { s, id } = counted();
    expect(s.t.call('till', 'tally.finish', { tallyId: id })).toMatchObject({
      ok: false,
      error: { code: 'TALLY_SECOND_PERSON_REQUIRED' },
    });
    expect(
      s.t.call('till', 'tally.finish', { tallyId: id, second: { staffId: s.t.ids.zhang, pin: '1111' } }),
    ).toMatchObject({ ok: false, error: { code: 'TALLY_SECOND_PERSON_SELF' } });
    expect(
      s.t.call('till', 'tally.finish', { tallyId: id, second: { staffId: s.t.ids.li, pin: '9999' } }),
    ).toMatchObject({ ok: false, error: { code: 'PIN_INCORRECT' } });
    expect(s.t.ok('till', 'tally.get', { tallyId: id }).status).toBe('counting');
    expect(s.journal('auth.pinFailed')).toEqual([
      expect.objectContaining({ staffId: s.t.ids.li, purpose: 'approval' }),
    ]);

    const done = s.t.ok('till', 'tally.finish', {
      tallyId: id,
      second: { staffId: s.t.ids.li, pin: '2222' },
      note: '交班',
    });
    expect(done).toMatchObject({ status: 'balanced', kind: 'handover', note: '交班' });
    expect(done.secondPerson?.name).toBe('李四');
    expect(s.journal('tally.finished')).toEqual([
      expect.objectContaining({ kind: 'handover', startedBy: s.t.ids.zhang, secondStaffId: s.t.ids.li }),
    ]);
  });

  it('is finished by one person when the store does not ask for the second PIN', () => {
    const { s, id } = counted();
    s.t.ok('admin', 'tally.saveSettings', { toleranceMg: 50, handoverSecondPin: false });
    expect(s.t.ok('till', 'tally.finish', { tallyId: id })).toMatchObject({
      status: 'balanced',
      secondPerson: null,
    });
  });
});

describe('a count in progress', () => {
  it('survives a restart: the scans and weighings are there, and starting again resumes it', () => {
    const s = openStore();
    const { id } = s.start('close');
    s.scan(id, codes.R1);
    s.scan(id, codes.R1);
    s.weigh(id, 'Au750', 2_500);
    s.t.core.close();
    // the afterEach closes the first core only: this one is the test's to close
    till = undefined;

    const again = createCore({
      dataDir: s.t.dataDir,
      clock: s.t.clock.now,
      devices: false,
      printing: false,
      version: 'test',
      ...CHECKED_OUTPUTS,
    });
    try {
      const call = <C extends ChannelName>(channel: C, input: ChannelInput<C>): ChannelOutput<C> => {
        const result = again.invoke('till', { channel, input }) as Envelope<ChannelOutput<C>>;
        if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
        return result.value;
      };
      call('auth.login', { staffId: s.t.ids.zhang, pin: '1111' });
      const counters = call('tally.counters', {});
      expect(counters.find((c) => c.counter.code === 'A')?.running).toMatchObject({
        tallyId: id,
        kind: 'close',
      });
      // another kind of count cannot start over it
      expect(
        again.invoke('till', { channel: 'tally.start', input: { counterId: s.places.A, kind: 'open' } }),
      ).toMatchObject({ ok: false, error: { code: 'TALLY_IN_PROGRESS' } });
      const resumed = call('tally.start', { counterId: s.places.A, kind: 'close' });
      expect(resumed).toMatchObject({
        id,
        countedPieces: 1,
        duplicates: [{ productId: s.pieces.R1, scans: 2 }],
      });
      expect(purity(resumed, 'Au750')).toMatchObject({ countedMg: 2_500, status: 'within' });
    } finally {
      again.close();
      rmSync(s.t.dataDir, { recursive: true, force: true });
    }
  });
});

describe('weighing on the scale', () => {
  it('takes the simulated scale’s stable reading, and refuses an unsettled one', async () => {
    const s = openStore();
    const deviceId = await connectSimulatedScale(s.t, '柜台秤');
    const { id } = s.start();

    await putOnScale(s.t, deviceId, 2_480, false);
    expect(s.t.call('till', 'tally.weigh', { tallyId: id, purity: 'Au750', source: 'scale' })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_WEIGHT_UNSTABLE' },
    });

    await putOnScale(s.t, deviceId, 2_490, true);
    const weighed = s.t.ok('till', 'tally.weigh', { tallyId: id, purity: 'Au750', source: 'scale' });
    expect(purity(weighed, 'Au750')).toMatchObject({ countedMg: 2_490, differenceMg: -10, source: 'scale' });
  });
});
