import type { TestTill } from './core';
import { nextEvent } from './device-events';

/** Saves a simulated scale (A&D, polled every 100 ms, a reading stable once) and waits until it is connected. */
export async function connectSimulatedScale(t: TestTill, name: string): Promise<number> {
  const connected = nextEvent(t.core.events, 'device.status', (e) => e.status.state === 'connected');
  const { device } = t.ok('admin', 'devices.save', {
    kind: 'scale',
    name,
    connection: { type: 'simulated' },
    protocol: 'and',
    pollIntervalMs: 100,
    stableRepeat: 1,
  });
  await connected;
  return device.id;
}

/** Puts a weight on the simulated scale and waits until the core has read it: accepted when stable. */
export async function putOnScale(
  t: TestTill,
  deviceId: number,
  weightMg: number,
  stable: boolean,
): Promise<void> {
  const read = nextEvent(
    t.core.events,
    'device.weight',
    (e) => e.reading.weightMg === weightMg && (!stable || e.reading.accepted),
  );
  t.ok('till', 'devices.simulate', { action: 'weight', deviceId, weightMg, stable });
  await read;
}
