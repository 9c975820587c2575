import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreHandlers, createCore } from '../../electron/core/core';
import { openStaffedTill, openTestTill, tempDir, type TestCoreOptions, type TestTill } from '../helpers/core';

let till: ReturnType<typeof openStaffedTill> | undefined;
const open = (): ReturnType<typeof openStaffedTill> => (till = openStaffedTill());
afterEach(() => {
  till?.close();
  till = undefined;
  vi.restoreAllMocks();
});

const journalCount = (t: TestTill): number =>
  t.core.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;

/** The core's handlers, but app.status answers with a PIN hash: what the output check must never let through. */
function leakyHandlers() {
  const handlers = coreHandlers('test');
  return {
    ...handlers,
    'app.status': (input: Record<string, never>, ctx: Parameters<(typeof handlers)['app.status']>[1]) => ({
      ...handlers['app.status'](input, ctx),
      pinHash: 'scrypt$1',
    }),
  };
}

describe('router envelopes', () => {
  it('answers an unknown channel with UNKNOWN_CHANNEL', () => {
    const t = open();
    const result = t.core.invoke('admin', { channel: 'sales.teleport', input: {} });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', details: { channel: 'sales.teleport' } },
    });
    expect(result.ok === false && result.error.message).toMatch(/未知的操作.*Unknown action/);
  });

  it('answers a malformed request or input with INVALID_INPUT naming the field', () => {
    const t = open();
    expect(t.core.invoke('admin', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(t.core.invoke('admin', { channel: 'staff.list', input: {}, approvalId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const result = t.call('admin', 'staff.create', { name: '', role: 'boss' as never, pin: '12' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const paths = (result.error.details.fields as { path: string }[]).map((f) => f.path).sort();
    expect(paths).toEqual(['name', 'pin', 'role']);
  });

  it('refuses signed-out and locked sessions', () => {
    const t = open();
    expect(t.call('nobody', 'staff.lockedOut', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    t.ok('admin', 'auth.lock', {});
    expect(t.call('admin', 'staff.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('refuses a missing permission: PERMISSION_DENIED when no manager could lend it, else approval', () => {
    const t = open();
    t.ok('till-1', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    expect(t.call('till-1', 'staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED', details: { permission: 'staff.manage' } },
    });
    expect(t.call('till-1', 'staff.unlock', { id: t.ids.li })).toMatchObject({
      ok: false,
      error: { code: 'MANAGER_APPROVAL_REQUIRED', details: { channel: 'staff.unlock' } },
    });
  });

  it('rolls back everything a handler wrote when it fails with a domain error', () => {
    const t = open();
    const journalBefore = journalCount(t);
    // Demoting the only administrator is refused after the UPDATE has run inside the transaction.
    const result = t.call('admin', 'staff.update', { id: t.ids.admin, name: '新名字', role: 'cashier' });
    expect(result).toMatchObject({ ok: false, error: { code: 'LAST_ADMINISTRATOR' } });
    expect(t.ok('admin', 'staff.list', {}).find((s) => s.id === t.ids.admin)).toMatchObject({
      name: '管理员',
      role: 'administrator',
    });
    expect(journalCount(t)).toBe(journalBefore);
  });

  it('turns an unexpected exception mid-transaction into INTERNAL_ERROR with nothing written', () => {
    const handlers = coreHandlers('test');
    const core = createCore({
      dataDir: tempDir(),
      version: 'test',
      handlers: {
        ...handlers,
        'setup.initialize': (input, ctx) => {
          handlers['setup.initialize'](input, ctx);
          throw new Error('disk on fire');
        },
      },
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = core.invoke('first-run', {
      channel: 'setup.initialize',
      input: {
        storeName: '金福珠宝',
        terminalId: 'T01',
        adminName: '管理员',
        pin: '123456',
        language: 'zh-CN',
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL_ERROR' } });
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/setup\.initialize failed/), expect.any(Error));
    for (const table of ['terminal', 'settings', 'staff', 'journal']) {
      expect(core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    core.close();
  });

  it('sends a handler’s events only after its transaction commits, and never for one that rolled back', () => {
    const handlers = coreHandlers('test');
    let fail = true;
    const core = createCore({
      dataDir: tempDir(),
      version: 'test',
      handlers: {
        ...handlers,
        'setup.initialize': (input, ctx) => {
          const result = handlers['setup.initialize'](input, ctx);
          ctx.events.emit(null, { type: 'session.locked', reason: 'manual' });
          if (fail) throw new Error('disk on fire');
          return result;
        },
      },
    });
    const heard: { type: string; inTransaction: boolean }[] = [];
    core.events.subscribe((_session, event) =>
      heard.push({ type: event.type, inTransaction: core.db.inTransaction }),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const input = {
      storeName: '金福珠宝',
      terminalId: 'T01',
      adminName: '管理员',
      pin: '123456',
      language: 'zh-CN',
    };
    expect(core.invoke('first-run', { channel: 'setup.initialize', input })).toMatchObject({ ok: false });
    expect(heard).toEqual([]);
    fail = false;
    expect(core.invoke('first-run', { channel: 'setup.initialize', input })).toMatchObject({ ok: true });
    expect(heard).toEqual([{ type: 'session.locked', inTransaction: false }]);
    core.close();
  });

  it('checks answers against the contract, refusing a field it does not name; unchecked, they pass as made', () => {
    const leaky = leakyHandlers();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const checked = createCore({ dataDir: tempDir(), version: 'test', handlers: leaky });
    expect(checked.invoke('first-run', { channel: 'app.status', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL_ERROR' },
    });
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(/app\.status failed/),
      expect.objectContaining({
        message: 'app.status.pinHash is not in the contract’s output of app.status',
      }),
    );
    checked.close();
    // the packaged app's path: what the handler made goes out as made, which is why tests keep the check on
    const unchecked = createCore({
      dataDir: tempDir(),
      version: 'test',
      handlers: leaky,
      validateOutputs: false,
    });
    expect(unchecked.invoke('first-run', { channel: 'app.status', input: {} })).toMatchObject({
      ok: true,
      value: { setupRequired: true, version: 'test', pinHash: 'scrypt$1' },
    });
    unchecked.close();
  });

  it('checks every answer in a test’s till, even where the test asks it not to', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // the installed app skips the check, so integration and end-to-end calls are where every answer is checked
    const t = openTestTill({ handlers: leakyHandlers(), validateOutputs: false } as TestCoreOptions);
    try {
      expect(t.call('first-run', 'app.status', {})).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL_ERROR' },
      });
    } finally {
      t.close();
    }
  });
});
