import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import { openStaffedTill } from '../../helpers/core';
import { nextEvent } from '../../helpers/device-events';
import { MockSerial } from '../../helpers/mock-serial';

type Till = ReturnType<typeof openStaffedTill>;
let till: Till | undefined;
afterEach(async () => {
  await till?.core.devices.close();
  till?.close();
  till = undefined;
});

const PATH = '/dev/ttyMOCK0';

/** A store whose device layer opens serialport's MockBinding, with quick reconnects. */
function openStore(mock: MockSerial): Till {
  till = openStaffedTill({ devices: { Port: mock.Port, backoff: { initialMs: 20, maxMs: 80 } } });
  till.ok('till', 'auth.login', { staffId: till.ids.zhang, pin: '1111' });
  return till;
}

const scaleOn = (
  path: string,
  settings: Partial<Extract<ChannelInput<'devices.save'>, { kind: 'scale' }>> = {},
) =>
  ({
    kind: 'scale',
    name: '柜台秤',
    connection: { type: 'serial', path },
    protocol: 'and',
    mode: 'request',
    pollIntervalMs: 100,
    stableRepeat: 2,
    ...settings,
  }) as const;

describe('a scale on a mock serial port', () => {
  it('asks in request mode and reads the answers; tare and zero go out as commands', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    let answer = 'ST,+00012.345  g\r\n';
    mock.respond(PATH, (command) => (command === 'Q' ? answer : null));
    const t = openStore(mock);
    const accepted = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    const deviceId = t.ok('admin', 'devices.save', scaleOn(PATH)).device.id;
    await accepted;
    expect(t.ok('till', 'devices.readWeight', {})).toMatchObject({ deviceId, weightMg: 12_345, unit: 'g' });
    expect(mock.written.get(PATH)).toMatch(/^(Q\r\n)+$/);

    const tared = nextEvent(
      t.core.events,
      'device.weight',
      (e) => e.reading.accepted && e.reading.weightMg === 0,
    );
    t.ok('till', 'devices.tare', {});
    answer = 'ST,+00000.000  g\r\n';
    await tared;
    const zeroed = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    t.ok('till', 'devices.zero', {});
    await zeroed;
    await expect.poll(() => mock.written.get(PATH)).toMatch(/T\r\n(Q\r\n)*Z\r\n/);

    const view = t.ok('admin', 'devices.liveView', { deviceId });
    expect(view.traffic).toContainEqual(
      expect.objectContaining({ direction: 'out', hex: '51 0d 0a', text: 'Q\\r\\n' }),
    );
    expect(view.traffic).toContainEqual(
      expect.objectContaining({ direction: 'in', text: 'ST,+00000.000  g\\r\\n' }),
    );
    expect(view.lastLine).toBe('ST,+00000.000  g');
    expect(view.reading).toMatchObject({ weightMg: 0, accepted: true });
    expect(
      t
        .ok('admin', 'devices.liveView', { deviceId, afterSeq: view.lastSeq })
        .traffic.every((e) => e.seq > view.lastSeq),
    ).toBe(true);
  });

  it('shows what an unreadable answer said, and the scale refusing a command', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    mock.respond(PATH, (command) => (command === 'Q' ? 'ST,+00012.345 lb\r\n' : 'EC,E01\r\n'));
    const t = openStore(mock);
    const unit = nextEvent(
      t.core.events,
      'device.weight',
      (e) => e.reading.problem?.code === 'DEVICE_UNIT_UNSUPPORTED',
    );
    const deviceId = t.ok('admin', 'devices.save', scaleOn(PATH)).device.id;
    await unit;
    expect(t.call('till', 'devices.readWeight', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_UNIT_UNSUPPORTED', details: { unit: 'lb' } },
    });
    t.ok('till', 'devices.tare', {});
    await expect
      .poll(() => t.ok('admin', 'devices.liveView', { deviceId }).lastLineProblem?.code)
      .toBe('DEVICE_COMMAND_REJECTED');
  });

  it('reports an unplug, retries until the scale is back, then reads again without a restart', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    let answer = 'ST,+00012.345  g\r\n';
    mock.respond(PATH, (command) => (command === 'Q' ? answer : null));
    const t = openStore(mock);
    const accepted = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    t.ok('admin', 'devices.save', scaleOn(PATH));
    await accepted;

    const lost = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'disconnected');
    const missing = nextEvent(
      t.core.events,
      'device.status',
      (e) => e.status.problem?.code === 'DEVICE_PORT_NOT_FOUND',
    );
    mock.unplug(PATH);
    expect((await lost).status.problem).toMatchObject({
      code: 'DEVICE_DISCONNECTED',
      details: { name: '柜台秤' },
    });
    expect(t.call('till', 'devices.readWeight', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_DISCONNECTED' },
    });
    const failed = (await missing).status;
    expect(failed).toMatchObject({ state: 'error', retryAt: expect.any(String) });
    expect(failed.problem?.message).toContain(PATH);

    answer = 'ST,+00020.000  g\r\n';
    const back = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    mock.plug(PATH);
    expect((await back).reading.weightMg).toBe(20_000);
    expect(t.ok('till', 'devices.list', {})[0]?.status.state).toBe('connected');
  });

  it('treats a continuous scale that goes quiet as gone, and picks up when it talks again', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const t = openStore(mock);
    const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    t.ok('admin', 'devices.save', scaleOn(PATH, { mode: 'continuous', silenceTimeoutMs: 500 }));
    await connected;

    const accepted = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    // Joined mid-line: the first fragment is dropped, the two whole lines settle the weight.
    mock.send(PATH, '0.000  g\r\nST,+00001.500  g\r\nST,+00001.500  g\r\n');
    expect((await accepted).reading.weightMg).toBe(1_500);

    const silent = nextEvent(
      t.core.events,
      'device.status',
      (e) => e.status.problem?.code === 'DEVICE_SILENT',
    );
    const reconnected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    expect((await silent).status).toMatchObject({
      state: 'disconnected',
      problem: { details: { seconds: 0.5 } },
    });
    await reconnected;
    const again = nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted);
    mock.send(PATH, '\r\nST,+00001.600  g\r\nST,+00001.600  g\r\n');
    expect((await again).reading.weightMg).toBe(1_600);
  });

  it('says when the port is held by another program', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const holder = new mock.Port({
      path: PATH,
      baudRate: 9600,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      autoOpen: false,
    });
    await new Promise<void>((resolve, reject) => holder.open((error) => (error ? reject(error) : resolve())));
    const t = openStore(mock);
    const busy = nextEvent(
      t.core.events,
      'device.status',
      (e) => e.status.problem?.code === 'DEVICE_PORT_BUSY',
    );
    t.ok('admin', 'devices.save', scaleOn(PATH));
    expect((await busy).status.problem?.message).toMatch(/正被其他程序占用.*in use by another program/);
    const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    holder.close(() => undefined);
    await connected;
  });
});

describe('a scanner on a mock serial port', () => {
  it('pushes scans, whatever the chunking, and reopens the port when its settings change', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const t = openStore(mock);
    const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    const saved = t.ok('admin', 'devices.save', {
      kind: 'scanner',
      name: '扫描枪',
      connection: { type: 'serial', path: PATH },
      suffix: 'CRLF',
    });
    await connected;
    const first = nextEvent(t.core.events, 'device.scan');
    mock.send(PATH, '69012345');
    mock.send(PATH, '67892\r');
    mock.send(PATH, '\n');
    expect(await first).toMatchObject({ code: '6901234567892' });

    const reopened = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    t.ok('admin', 'devices.save', {
      ...saved.device,
      connection: { type: 'serial', path: PATH, baudRate: 115200 },
    });
    await reopened;
    expect(mock.port(PATH).port?.openOptions.baudRate).toBe(115200);
    expect(mock.opened.filter((port) => port.isOpen)).toHaveLength(1);
  });
});

describe('port discovery', () => {
  it('lists the ports serialport reports plus configured paths, and says when a listing is done', async () => {
    const mock = new MockSerial();
    mock.plug('/dev/ttyUSB0');
    const t = openStore(mock);
    t.ok('admin', 'devices.save', scaleOn('/dev/serial/by-id/usb-AND_scale'));
    const done = nextEvent(t.core.events, 'device.ports');
    expect(t.ok('admin', 'devices.ports', { refresh: true }).scanning).toBe(true);
    await done;
    const list = t.ok('admin', 'devices.ports', {});
    expect(list).toMatchObject({ scanning: false, problem: null, scannedAt: expect.any(String) });
    expect(list.ports.map((port) => [port.path, port.source])).toEqual([
      ['/dev/ttyUSB0', 'system'],
      ['/dev/serial/by-id/usb-AND_scale', 'configured'],
    ]);
  });
});
