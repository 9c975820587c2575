import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput, Envelope } from '../../shared/contract';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';

export function tempDir(prefix = 'counter-pos-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A settable clock, so lockouts and idle locks can be tested without waiting. */
export class TestClock {
  constructor(public ms = Date.parse('2026-11-23T02:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestTill {
  core: Core;
  clock: TestClock;
  dataDir: string;
  /** Calls a channel as the given session (one per terminal window). */
  call<C extends ChannelName>(
    session: string,
    channel: C,
    input: ChannelInput<C>,
    approvalId?: string,
  ): Envelope<ChannelOutput<C>>;
  /** Like call, but fails the test unless the envelope is ok. */
  ok<C extends ChannelName>(
    session: string,
    channel: C,
    input: ChannelInput<C>,
    approvalId?: string,
  ): ChannelOutput<C>;
  close(): void;
}

/**
 * Options a test may add to the core's, e.g. `devices` with a mock serial port. Not `validateOutputs`: the
 * installed app skips the output check for speed, so every integration and end-to-end call is where each
 * channel's answer is checked against its contract, and no test may turn that off.
 */
export type TestCoreOptions = Omit<CoreOptions, 'dataDir' | 'clock' | 'version' | 'validateOutputs'>;

/** What a test's core always runs with, whatever the test passed: see TestCoreOptions. */
export const CHECKED_OUTPUTS = { validateOutputs: true } as const;

export function openTestTill(options: TestCoreOptions = {}): TestTill {
  const dataDir = tempDir();
  const clock = new TestClock();
  const core = createCore({ ...options, dataDir, clock: clock.now, version: 'test', ...CHECKED_OUTPUTS });
  const call: TestTill['call'] = (session, channel, input, approvalId) =>
    core.invoke(session, { channel, input, approvalId }) as never;
  return {
    core,
    clock,
    dataDir,
    call,
    ok: (session, channel, input, approvalId) => {
      const result = call(session, channel, input, approvalId);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    close() {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const ADMIN_PIN = '123456';

/** A set-up store: administrator (id 1), cashier 张三 (1111), cashier 李四 (2222), manager 王经理 (888888). */
export function openStaffedTill(
  options: TestCoreOptions = {},
): TestTill & { ids: Record<'admin' | 'zhang' | 'li' | 'wang', number> } {
  const till = openTestTill(options);
  till.ok('admin', 'setup.initialize', {
    storeName: '金福珠宝',
    terminalId: 'T01',
    adminName: '管理员',
    pin: ADMIN_PIN,
    language: 'zh-CN',
  });
  till.ok('admin', 'auth.login', { staffId: 1, pin: ADMIN_PIN });
  const zhang = till.ok('admin', 'staff.create', { name: '张三', role: 'cashier', pin: '1111' }).id;
  const li = till.ok('admin', 'staff.create', { name: '李四', role: 'cashier', pin: '2222' }).id;
  const wang = till.ok('admin', 'staff.create', { name: '王经理', role: 'manager', pin: '888888' }).id;
  return { ...till, ids: { admin: 1, zhang, li, wang } };
}
