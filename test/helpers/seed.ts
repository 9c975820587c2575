import type { ChannelInput } from '../../shared/contract';
import type { BrowserTill } from './browser';
import { ADMIN } from './till-ui';

/**
 * Sets a store up through the core's router, for tests about other screens than first run and staff
 * management: the administrator plus the given staff (and devices), then signs the seeding session out.
 */
export function seedStore(
  till: BrowserTill,
  terminalId: string,
  staff: { name: string; role: 'cashier' | 'repairDesk' | 'manager'; pin: string }[],
  devices: readonly ChannelInput<'devices.save'>[] = [],
): void {
  const call = (channel: string, input: unknown): void => {
    const result = till.core.invoke('seed', { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  call('setup.initialize', {
    storeName: '金福珠宝',
    terminalId,
    adminName: ADMIN.name,
    pin: ADMIN.pin,
    language: 'zh-CN',
  });
  call('auth.login', { staffId: 1, pin: ADMIN.pin });
  for (const member of staff) call('staff.create', member);
  for (const device of devices) call('devices.save', device);
  call('auth.logout', {});
}

/**
 * Calls channels as the administrator's seeding session, before the page opens (printers, goods), and
 * returns what each answers; `done()` signs the session out.
 */
export function seedAsAdmin(till: BrowserTill) {
  const call = (channel: string, input: unknown): { id: number } => {
    const result = till.core.invoke('seed', { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as { id: number };
  };
  call('auth.login', { staffId: 1, pin: ADMIN.pin });
  return { call, done: () => void call('auth.logout', {}) };
}

/** A simulated A&D scale, polled every 100 ms, whose reading is taken once it repeats stable. */
export const simulatedScale = (name: string) =>
  ({
    kind: 'scale',
    name,
    connection: { type: 'simulated' },
    protocol: 'and',
    pollIntervalMs: 100,
    stableRepeat: 2,
  }) as const;
