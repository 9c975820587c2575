import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStaffedTill } from '../../helpers/core';
import { nextEvent } from '../../helpers/device-events';
import { PeerDevice, PtyPair } from '../../helpers/pty-pair';

// Real OS serial ports: pseudo-terminals opened by serialport's own binding, no mock.
type Till = ReturnType<typeof openStaffedTill>;
let dir: string;
let till: Till | undefined;
const pairs: PtyPair[] = [];
const peers: PeerDevice[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'counter-pos-pty-'));
});
afterEach(async () => {
  await till?.core.devices.close();
  till?.close();
  till = undefined;
  await Promise.all(peers.splice(0).map((peer) => peer.close()));
  await Promise.all(pairs.splice(0).map((pair) => pair.stop()));
  rmSync(dir, { recursive: true, force: true });
});

async function plugIn(name: string): Promise<PtyPair> {
  const pair = new PtyPair(dir, name);
  pairs.push(pair);
  await pair.start();
  return pair;
}

async function openPeer(pair: PtyPair): Promise<PeerDevice> {
  const peer = new PeerDevice(pair.peer);
  peers.push(peer);
  await peer.open();
  return peer;
}

function openStore(): Till {
  till = openStaffedTill({ devices: { backoff: { initialMs: 100, maxMs: 400 }, probeMs: 200 } });
  till.ok('till', 'auth.login', { staffId: till.ids.zhang, pin: '1111' });
  return till;
}

const accepted = (t: Till, weightMg: number) =>
  nextEvent(t.core.events, 'device.weight', (e) => e.reading.accepted && e.reading.weightMg === weightMg);

describe('devices on real serial ports (pseudo-terminals)', { timeout: 20_000 }, () => {
  it('a continuous scale reads, notices being killed mid-stream, and reads again once it is back', async () => {
    const pair = await plugIn('scale');
    let line = 'ST,+00012.345  g';
    (await openPeer(pair)).stream(() => line, 40);
    const t = openStore();
    const first = accepted(t, 12_345);
    t.ok('admin', 'devices.save', {
      kind: 'scale',
      name: '柜台秤',
      connection: { type: 'serial', path: pair.device },
      protocol: 'and',
      mode: 'continuous',
      stableRepeat: 3,
    });
    await first;
    expect(t.ok('till', 'devices.readWeight', {})).toMatchObject({ weightMg: 12_345, unit: 'g' });

    const lost = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'disconnected');
    const missing = nextEvent(
      t.core.events,
      'device.status',
      (e) => e.status.problem?.code === 'DEVICE_PORT_NOT_FOUND',
    );
    await pair.stop();
    expect((await lost).status.problem?.code).toBe('DEVICE_DISCONNECTED');
    expect(t.call('till', 'devices.readWeight', {})).toMatchObject({
      ok: false,
      error: { code: 'DEVICE_DISCONNECTED' },
    });
    expect((await missing).status.problem?.details).toMatchObject({ path: pair.device });

    line = 'ST,+00020.000  g';
    const again = accepted(t, 20_000);
    await peers.pop()?.close();
    await pair.start();
    (await openPeer(pair)).stream(() => line, 40);
    await again;
    expect(t.ok('till', 'devices.readWeight', {}).weightMg).toBe(20_000);
  });

  it('a scale in request mode answers each request, takes a tare, and answers again after an unplug', async () => {
    const pair = await plugIn('mt');
    const answer = (command: string): string | null =>
      command === 'SI' ? 'S S      7.500 g' : command === 'T' ? 'T S      7.500 g' : null;
    const peer = await openPeer(pair);
    peer.answer(answer);
    const t = openStore();
    const first = accepted(t, 7_500);
    t.ok('admin', 'devices.save', {
      kind: 'scale',
      name: '天平',
      connection: { type: 'serial', path: pair.device },
      protocol: 'mettler',
      mode: 'request',
      pollIntervalMs: 100,
      stableRepeat: 2,
    });
    await first;
    t.ok('till', 'devices.tare', {});
    await expect.poll(() => peer.received).toMatch(/^(SI\r\n)+T\r\n/);

    const lost = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'disconnected');
    await pair.stop();
    await lost;
    await peers.pop()?.close();
    const again = accepted(t, 7_500);
    await pair.start();
    (await openPeer(pair)).answer(answer);
    await again;
  });

  it('a scanner is reported busy while another program holds its port, then delivers scans', async () => {
    const pair = await plugIn('scanner');
    const holder = new SerialPort({ path: pair.device, baudRate: 9600, autoOpen: false });
    await new Promise<void>((resolve, reject) => holder.open((error) => (error ? reject(error) : resolve())));
    const t = openStore();
    const busy = nextEvent(
      t.core.events,
      'device.status',
      (e) => e.status.problem?.code === 'DEVICE_PORT_BUSY',
    );
    const saved = t.ok('admin', 'devices.save', {
      kind: 'scanner',
      name: '扫描枪',
      connection: { type: 'serial', path: pair.device },
      suffix: 'CR',
    });
    expect((await busy).status).toMatchObject({
      state: 'error',
      problem: { details: { path: pair.device } },
    });

    const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
    await new Promise((resolve) => holder.close(resolve));
    await connected;
    const scanned = nextEvent(t.core.events, 'device.scan');
    (await openPeer(pair)).write('6901234567892\r');
    expect(await scanned).toEqual({ type: 'device.scan', deviceId: saved.device.id, code: '6901234567892' });
  });
});
