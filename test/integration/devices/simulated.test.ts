import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import type { ChannelInput } from '../../../shared/contract';
import { openStaffedTill, type TestTill } from '../../helpers/core';
import { nextEvent } from '../../helpers/device-events';

type Till = ReturnType<typeof openStaffedTill>;
let till: Till | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

/** A store with 张三 signed in at the counter ('till') and the administrator at the back office. */
function openStore(options: Parameters<typeof openStaffedTill>[0] = {}): Till {
  till = openStaffedTill(options);
  till.ok('till', 'auth.login', { staffId: till.ids.zhang, pin: '1111' });
  return till;
}

const SIMULATED_SCALE: ChannelInput<'devices.save'> = {
  kind: 'scale',
  name: '柜台秤',
  connection: { type: 'simulated' },
  protocol: 'and',
  pollIntervalMs: 100,
  stableRepeat: 3,
};

async function addScale(t: TestTill, input: ChannelInput<'devices.save'> = SIMULATED_SCALE): Promise<number> {
  const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
  const id = t.ok('admin', 'devices.save', input).device.id;
  await connected;
  return id;
}

const journalTypes = (t: TestTill): string[] =>
  t.core.db.prepare('SELECT type FROM journal ORDER BY seq').pluck().all() as string[];

describe('devices.readWeight with a simulated scale', () => {
  it('refuses an unstable weight and hands out the stable one once it repeated the set count', async () => {
    const t = openStore();
    const deviceId = await addScale(t);

    const unstable = nextEvent(t.core.events, 'device.weight', (e) => e.reading.weightMg === 12_345);
    t.ok('till', 'devices.simulate', { action: 'weight', deviceId, weightMg: 12_345, stable: false });
    expect((await unstable).reading).toMatchObject({ stable: false, accepted: false, repeats: 0 });
    expect(t.call('till', 'devices.readWeight', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_WEIGHT_UNSTABLE' },
    });

    // What the counter would get at each settling step, asked the moment the scale reports it.
    const answers: [number, unknown][] = [];
    const stop = t.core.events.subscribe((_session, event) => {
      if (event.type !== 'device.weight' || !event.reading.stable) return;
      const answer = t.call('till', 'devices.readWeight', {});
      answers.push([event.reading.repeats, answer.ok ? answer.value.weightMg : answer.error.code]);
    });
    const accepted = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    t.ok('till', 'devices.simulate', { action: 'weight', deviceId, weightMg: 12_345, stable: true });
    await accepted;
    stop();
    expect(answers).toEqual([
      [1, 'DEVICE_WEIGHT_UNSTABLE'],
      [2, 'DEVICE_WEIGHT_UNSTABLE'],
      [3, 12_345],
    ]);
    expect(t.ok('till', 'devices.readWeight', { deviceId })).toMatchObject({
      deviceId,
      weightMg: 12_345,
      unit: 'g',
    });
  });

  it('refuses overload and negative weights with their own codes and messages', async () => {
    const t = openStore();
    const deviceId = await addScale(t);

    const overloaded = nextEvent(
      t.core.events,
      'device.weight',
      (e) => e.reading.problem?.code === 'DEVICE_OVERLOAD',
    );
    t.ok('till', 'devices.simulate', {
      action: 'weight',
      deviceId,
      weightMg: 0,
      stable: true,
      overload: true,
    });
    await overloaded;
    const overload = t.call('till', 'devices.readWeight', {});
    expect(overload).toMatchObject({ ok: false, error: { code: 'DEVICE_OVERLOAD' } });
    expect(!overload.ok && overload.error.message).toMatch(/超出秤的量程.*capacity/);

    const negative = nextEvent(
      t.core.events,
      'device.weight',
      (e) => e.reading.weightMg === -500 && e.reading.repeats === 3,
    );
    t.ok('till', 'devices.simulate', { action: 'weight', deviceId, weightMg: -500, stable: true });
    await negative;
    expect(t.call('till', 'devices.readWeight', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_NEGATIVE_WEIGHT' },
    });
  });

  it('refuses while the scale is unplugged and serves again once it is back', async () => {
    const t = openStore();
    const deviceId = await addScale(t);
    const settled = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    t.ok('till', 'devices.simulate', { action: 'weight', deviceId, weightMg: 3_750, stable: true });
    await settled;

    const lost = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'disconnected');
    t.ok('till', 'devices.simulate', { action: 'connection', deviceId, connected: false });
    expect((await lost).status).toMatchObject({ simulated: true, problem: { code: 'DEVICE_DISCONNECTED' } });
    const refused = t.call('till', 'devices.readWeight', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_DISCONNECTED', details: { name: '柜台秤' } },
    });

    const back = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    t.ok('till', 'devices.simulate', { action: 'connection', deviceId, connected: true });
    await back;
    expect(t.ok('till', 'devices.readWeight', {}).weightMg).toBe(3_750);
  });

  it('tares and zeroes where the protocol can, and says so where it cannot', async () => {
    const t = openStore();
    const deviceId = await addScale(t, { ...SIMULATED_SCALE, protocol: 'mettler', mode: 'request' });
    const loaded = nextEvent(
      t.core.events,
      'device.weight',
      (e) => e.reading.accepted && e.reading.weightMg === 2_000,
    );
    t.ok('till', 'devices.simulate', { action: 'weight', deviceId, weightMg: 2_000, stable: true });
    await loaded;

    const tared = nextEvent(
      t.core.events,
      'device.weight',
      (e) => e.reading.accepted && e.reading.weightMg === 0,
    );
    t.ok('till', 'devices.tare', {});
    await tared;
    expect(
      t
        .ok('admin', 'devices.liveView', { deviceId })
        .traffic.filter((e) => e.direction === 'out')
        .map((e) => e.text),
    ).toContain('T\\r\\n');
    t.ok('till', 'devices.zero', { deviceId });

    const cas = await addScale(t, { ...SIMULATED_SCALE, name: 'CAS 台秤', protocol: 'cas' });
    const refused = t.call('till', 'devices.tare', { deviceId: cas });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_COMMAND_UNSUPPORTED', details: { protocol: 'CAS' } },
    });
  });

  it('answers DEVICE_NO_SCALE when none is set up, and DEVICE_NOT_FOUND for an unknown one', () => {
    const t = openStore();
    expect(t.call('till', 'devices.readWeight', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_NO_SCALE' },
    });
    expect(t.call('till', 'devices.readWeight', { deviceId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_NOT_FOUND', details: { deviceId: 99 } },
    });
  });
});

describe('simulated scanner', () => {
  it('pushes each scan to the renderer, prefix and suffix removed', async () => {
    const t = openStore();
    const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    const scanner = t.ok('admin', 'devices.save', {
      kind: 'scanner',
      name: '扫描枪',
      connection: { type: 'simulated' },
      prefix: '#',
      suffix: 'TAB',
    });
    await connected;
    const scanned = nextEvent(t.core.events, 'device.scan');
    t.ok('till', 'devices.simulate', { action: 'scan', deviceId: scanner.device.id, code: '金条-0001' });
    expect(await scanned).toEqual({ type: 'device.scan', deviceId: scanner.device.id, code: '金条-0001' });
    const view = t.ok('admin', 'devices.liveView', { deviceId: scanner.device.id });
    expect(view.lastScan).toBe('金条-0001');
    expect(view.traffic.at(-1)).toMatchObject({
      direction: 'in',
      hex: expect.stringMatching(/^23 e9 87 91 .* 09$/),
    });

    expect(
      t.call('till', 'devices.simulate', {
        action: 'weight',
        deviceId: scanner.device.id,
        weightMg: 1,
        stable: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_KIND_MISMATCH' },
    });
  });
});

describe('device settings', () => {
  it('are kept to managers, validated, journaled, and never show a simulated device as hardware', () => {
    const t = openStore();
    expect(t.call('till', 'devices.save', SIMULATED_SCALE)).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { permission: 'devices.manage' } },
    });
    t.ok('mgr', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    const saved = t.ok('mgr', 'devices.save', {
      kind: 'scale',
      name: '金秤',
      connection: { type: 'serial', path: 'COM3' },
      protocol: 'and',
    });
    expect(saved.device).toMatchObject({
      id: 1,
      enabled: true,
      mode: 'continuous',
      stableRepeat: 3,
      connection: { type: 'serial', path: 'COM3', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 },
    });
    expect(saved.status.simulated).toBe(false);

    const cas = t.call('mgr', 'devices.save', { ...SIMULATED_SCALE, protocol: 'cas', mode: 'request' });
    expect(cas).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!cas.ok && (cas.error.details.fields as { path: string }[]).map((f) => f.path)).toEqual(['mode']);
    expect(
      t.call('mgr', 'devices.save', {
        kind: 'scanner',
        name: '扫描枪',
        connection: { type: 'serial', path: 'com3' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'DEVICE_PATH_TAKEN', details: { name: '金秤' } } });
    expect(
      t.call('mgr', 'devices.save', {
        kind: 'scanner',
        name: '扫描枪',
        connection: { type: 'simulated' },
        prefix: '\u0002',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { fields: [{ path: 'prefix' }] } },
    });

    const before = journalTypes(t).length;
    t.ok('mgr', 'devices.save', { ...saved.device, enabled: false });
    t.ok('mgr', 'devices.save', { ...saved.device, enabled: false });
    expect(journalTypes(t).slice(before)).toEqual(['device.changed']);
    expect(t.ok('till', 'devices.list', {})).toEqual([
      expect.objectContaining({ status: expect.objectContaining({ state: 'off' }) }),
    ]);

    const simulated = t.ok('mgr', 'devices.save', SIMULATED_SCALE);
    expect(simulated.status.simulated).toBe(true);
    t.ok('mgr', 'devices.remove', { id: saved.device.id });
    expect(t.ok('till', 'devices.list', {}).map((d) => [d.device.id, d.status.simulated])).toEqual([
      [2, true],
    ]);
    expect(journalTypes(t).slice(before)).toEqual(['device.changed', 'device.added', 'device.removed']);
    expect(t.call('mgr', 'devices.remove', { id: saved.device.id })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_NOT_FOUND' },
    });
    expect(t.call('till', 'devices.liveView', { deviceId: 2 })).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED' },
    });
  });

  it('survive a restart, and a core without devices keeps them switched off', async () => {
    const t = openStore();
    t.ok('admin', 'devices.save', SIMULATED_SCALE);
    t.core.close();

    const again = createCore({ dataDir: t.dataDir, version: 'test' });
    const connected = nextEvent(again.events, 'device.status', (e) => e.status.state === 'connected');
    await connected;
    again.close();

    const scripted = createCore({ dataDir: t.dataDir, version: 'test', devices: false });
    scripted.invoke('a', { channel: 'auth.login', input: { staffId: t.ids.admin, pin: '123456' } });
    const list = scripted.invoke('a', { channel: 'devices.list', input: {} });
    expect(list).toMatchObject({
      ok: true,
      value: [{ device: { name: '柜台秤' }, status: { state: 'off' } }],
    });
    expect(scripted.invoke('a', { channel: 'devices.readWeight', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_DISCONNECTED' },
    });
    scripted.close();
    rmSync(t.dataDir, { recursive: true, force: true });
    till = undefined;
  });
});
