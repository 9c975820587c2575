import type { ChannelInput } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import type { Core } from '../core';

/** The demo store's people and PINs, as documented in README.md. */
export const DEMO_STORE = { storeName: '金福珠宝 南京东路店', terminalId: 'T01' };
export const DEMO_STAFF: readonly { name: string; role: Role; pin: string }[] = [
  { name: '陈静', role: 'administrator', pin: '9999' },
  { name: '王建国', role: 'manager', pin: '8888' },
  { name: '张丽', role: 'cashier', pin: '1111' },
  { name: '李娜', role: 'cashier', pin: '2222' },
  { name: '赵师傅', role: 'repairDesk', pin: '3333' },
];

/** Simulated devices, so the demo weighs and scans without hardware; they are marked simulated everywhere. */
export const DEMO_DEVICES: readonly ChannelInput<'devices.save'>[] = [
  { kind: 'scale', name: '模拟电子秤', connection: { type: 'simulated' }, protocol: 'and' },
  { kind: 'scanner', name: '模拟扫描枪', connection: { type: 'simulated' } },
];

/**
 * Sets up a believable store through the router, so every row is validated and journaled as in real use.
 * It opens no shift: counting the opening float is the cashier's first act of the day, and a float nobody
 * counted would be a false record in the journal and the first Z report (README, Demo store).
 */
export function seedDemo(core: Core): void {
  const session = 'demo-seed';
  const call = (channel: string, input: unknown): unknown => {
    const result = core.invoke(session, { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  const [admin, ...others] = DEMO_STAFF;
  if (!admin) throw new Error('the demo needs an administrator');
  call('setup.initialize', { ...DEMO_STORE, adminName: admin.name, pin: admin.pin, language: 'zh-CN' });
  call('auth.login', { staffId: 1, pin: admin.pin });
  for (const member of others) call('staff.create', member);
  for (const device of DEMO_DEVICES) call('devices.save', device);
  call('auth.logout', {});
}
