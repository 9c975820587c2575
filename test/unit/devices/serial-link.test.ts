import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkStatus } from '../../../electron/core/devices/link';
import { SerialLink, retryDelay } from '../../../electron/core/devices/serial-link';
import { openProblem } from '../../../electron/core/devices/serial-port';
import { SerialConnection } from '../../../shared/contract/devices';
import { MockSerial } from '../../helpers/mock-serial';

const PATH = '/dev/ttyMOCK0';
const connection = SerialConnection.parse({ type: 'serial', path: PATH });
const BACKOFF = { initialMs: 10, maxMs: 40 };

/** A link under test, with every status and byte it reported. */
function startLink(mock: MockSerial): {
  link: SerialLink;
  statuses: LinkStatus[];
  received: string[];
  next: (state: LinkStatus['state']) => Promise<LinkStatus>;
} {
  const link = new SerialLink(mock.Port, connection, BACKOFF, 20);
  const statuses: LinkStatus[] = [];
  const received: string[] = [];
  const waiters: { state: LinkStatus['state']; resolve: (status: LinkStatus) => void }[] = [];
  link.start({
    status: (status) => {
      statuses.push(status);
      for (const waiter of waiters.filter((w) => w.state === status.state)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(status);
      }
    },
    data: (chunk) => received.push(chunk.toString('latin1')),
  });
  const next = (state: LinkStatus['state']): Promise<LinkStatus> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`link never became ${state}`)), 3000);
      waiters.push({
        state,
        resolve: (status) => {
          clearTimeout(timer);
          resolve(status);
        },
      });
    });
  links.push(link);
  return { link, statuses, received, next };
}

const links: SerialLink[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(links.splice(0).map((link) => link.close()));
});

describe('serial link', () => {
  it('opens the port with the settings, passes bytes both ways', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    mock.respond(PATH, (command) => (command === 'Q' ? 'ST,+00001.000  g\r\n' : null));
    const { link, received, next } = startLink(mock);
    await next('connected');
    expect(mock.port(PATH).port?.openOptions).toMatchObject({
      baudRate: 9600,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
    });
    expect(link.write(Buffer.from('Q\r\n'))).toBe(true);
    await expect.poll(() => received.join('')).toBe('ST,+00001.000  g\r\n');
    expect(mock.written.get(PATH)).toBe('Q\r\n');
  });

  it('keeps retrying a missing port with growing waits, and connects once it appears', async () => {
    const mock = new MockSerial();
    const { statuses, next } = startLink(mock);
    const failed = await next('error');
    expect(failed.problem).toMatchObject({ code: 'DEVICE_PORT_NOT_FOUND', details: { path: PATH } });
    await next('error');
    mock.plug(PATH);
    await next('connected');
    const waits = statuses.filter((s) => s.state === 'error').map((s) => s.retryInMs);
    expect(waits.slice(0, 2)).toEqual([10, 20]);
    expect(Math.max(...waits.map(Number))).toBeLessThanOrEqual(40);
    expect(statuses[0]?.state).toBe('connecting');
    expect(statuses.at(-2)?.state).toBe('reconnecting');
  });

  it('says the port is busy when another program holds it', async () => {
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
    const { next } = startLink(mock);
    expect((await next('error')).problem).toMatchObject({ code: 'DEVICE_PORT_BUSY' });
    holder.close(() => undefined);
    await next('connected');
  });

  it('notices an unplug, reports it, and reconnects when the device is back', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const { link, received, next } = startLink(mock);
    await next('connected');
    const lost = next('disconnected');
    mock.unplug(PATH);
    expect((await lost).problem).toMatchObject({ code: 'DEVICE_DISCONNECTED' });
    expect(link.write(Buffer.from('Q\r\n'))).toBe(false);
    expect((await next('error')).problem).toMatchObject({ code: 'DEVICE_PORT_NOT_FOUND' });
    mock.plug(PATH);
    await next('connected');
    mock.send(PATH, 'after\r\n');
    await expect.poll(() => received.join('')).toBe('after\r\n');
  });

  it('finds a hang-up serialport missed by asking the port, and reopens it', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const { next } = startLink(mock);
    await next('connected');
    const hungUp = mock.port(PATH);
    mock.hangUp(PATH);
    expect((await next('disconnected')).problem).toMatchObject({ code: 'DEVICE_DISCONNECTED' });
    await next('connected');
    expect(hungUp.isOpen).toBe(false);
    expect(mock.port(PATH)).not.toBe(hungUp);
  });

  it('drops and reopens the port when asked to restart (a silent device)', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const { link, next } = startLink(mock);
    await next('connected');
    const first = mock.port(PATH);
    link.restart({ code: 'DEVICE_SILENT', message: 'silent', details: {} });
    expect((await next('disconnected')).problem?.code).toBe('DEVICE_SILENT');
    await next('connected');
    expect(first.isOpen).toBe(false);
    expect(mock.port(PATH)).not.toBe(first);
  });

  it('closes the port and stops retrying on close', async () => {
    // Fake setTimeout only: the mock binding's own work runs on process.nextTick and promises.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const mock = new MockSerial();
    const { link, next } = startLink(mock);
    await next('error');
    expect(vi.getTimerCount()).toBe(1);
    await link.close();
    expect(vi.getTimerCount()).toBe(0);
    expect(mock.opened.every((port) => !port.isOpen)).toBe(true);
  });

  it('closes a port that finishes opening after close was called', async () => {
    const mock = new MockSerial();
    mock.plug(PATH);
    const { link } = startLink(mock);
    await link.close();
    expect(mock.opened).toHaveLength(1);
    expect(mock.opened[0]?.isOpen).toBe(false);
  });
});

describe('retry delay', () => {
  it('doubles from the first wait up to the cap', () => {
    expect(
      [0, 1, 2, 3, 4, 5, 60].map((failures) => retryDelay(failures, { initialMs: 500, maxMs: 10_000 })),
    ).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});

describe('open errors', () => {
  it.each([
    ['Error: No such file or directory, cannot open /dev/ttyUSB0', 'DEVICE_PORT_NOT_FOUND'],
    ['Opening COM3: File not found', 'DEVICE_PORT_NOT_FOUND'],
    ["Port does not exist - please call MockBinding.createPort('/dev/x') first", 'DEVICE_PORT_NOT_FOUND'],
    ['Error Resource temporarily unavailable Cannot lock port', 'DEVICE_PORT_BUSY'],
    ['Opening COM3: Access denied', 'DEVICE_PORT_BUSY'],
    ['Port is locked cannot open', 'DEVICE_PORT_BUSY'],
    ['Error: Permission denied, cannot open /dev/ttyS0', 'DEVICE_PORT_DENIED'],
    ['Invalid "baudRate"', 'DEVICE_PORT_FAILED'],
  ])('%s → %s', (message, code) => {
    const problem = openProblem(new Error(message), '/dev/x');
    expect(problem.code).toBe(code);
    expect(problem.details).toMatchObject({ path: '/dev/x' });
    expect(problem.message).toContain('/dev/x');
  });
});
