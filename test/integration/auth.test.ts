import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { hashPin, pinMatches } from '../../electron/core/modules/staff/pin-hash';
import { openStaffedTill } from '../helpers/core';

let till: ReturnType<typeof openStaffedTill> | undefined;
const open = (): ReturnType<typeof openStaffedTill> => (till = openStaffedTill());
afterEach(() => {
  till?.close();
  till = undefined;
});

const journalTypes = (t: ReturnType<typeof openStaffedTill>): string[] =>
  t.core.db.prepare('SELECT type FROM journal ORDER BY seq').pluck().all() as string[];

describe('PIN hashing', () => {
  it('salts each hash and only matches the right PIN', () => {
    const key = randomBytes(32);
    const a = hashPin('1234', key);
    const b = hashPin('1234', key);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.hash).not.toContain('1234');
    expect(pinMatches('1234', a, key)).toBe(true);
    expect(pinMatches('1235', a, key)).toBe(false);
    expect(pinMatches('12345', b, key)).toBe(false);
    // the right PIN under another terminal's key does not match either
    expect(pinMatches('1234', a, randomBytes(32))).toBe(false);
  });

  it('never stores or returns the PIN', () => {
    const t = open();
    const stored = t.core.db.prepare('SELECT * FROM staff WHERE id = ?').get(t.ids.zhang) as Record<
      string,
      unknown
    >;
    expect(Object.values(stored)).not.toContain('1111');
    expect(JSON.stringify(t.ok('admin', 'staff.list', {}))).not.toMatch(/pin/i);
  });
});

describe('login, lockout and sessions', () => {
  it('signs a cashier in with the cashier’s permissions and journals it', () => {
    const t = open();
    const session = t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    expect(session).toMatchObject({
      state: 'active',
      staff: { name: '张三', role: 'cashier' },
      permissions: [
        'sales.sell',
        'shifts.drawer',
        'printing.reprint',
        'returns.process',
        'stock.move',
        'tags.print',
        'stocktake.count',
      ],
    });
    expect(journalTypes(t).at(-1)).toBe('auth.login');
  });

  it('makes the till wait 30 s after five wrong PINs in a row, then twice as long after each more', () => {
    const t = open();
    const attempts = [1, 2, 3, 4].map(() => t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' }));
    expect(attempts.map((r) => !r.ok && r.error.details.remaining)).toEqual([4, 3, 2, 1]);
    expect(t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'STAFF_LOCKED', details: { seconds: 30 } },
    });
    // Even the right PIN is not checked while the till waits.
    t.clock.advance(29_000);
    expect(t.call('till', 'auth.login', { staffId: t.ids.li, pin: '2222' })).toMatchObject({
      ok: false,
      error: { code: 'STAFF_LOCKED', details: { seconds: 1 } },
    });
    expect(journalTypes(t).filter((type) => type === 'auth.pinFailed')).toHaveLength(4);
    expect(journalTypes(t)).toContain('auth.lockout');
    // each wrong PIN after a wait doubles the next: 60 s, 120 s, … up to 15 minutes
    const waits = [60, 120, 240, 480, 900, 900].map(() => {
      t.clock.advance(15 * 60_000);
      const wrong = t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' });
      return !wrong.ok && wrong.error.details.seconds;
    });
    expect(waits).toEqual([60, 120, 240, 480, 900, 900]);
    t.clock.advance(15 * 60_000);
    expect(t.ok('till', 'auth.login', { staffId: t.ids.li, pin: '2222' })).toMatchObject({ state: 'active' });
  });

  it('resets the count of wrong PINs after a right one', () => {
    const t = open();
    for (let i = 0; i < 4; i++) t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' });
    t.ok('till', 'auth.login', { staffId: t.ids.li, pin: '2222' });
    expect(t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' })).toMatchObject({
      error: { code: 'PIN_INCORRECT', details: { remaining: 4 } },
    });
  });

  it('locks an idle session, keeps it locked for the same user and lets another cashier take over', () => {
    const t = open();
    const pushed: string[] = [];
    t.core.events.subscribe((session, event) => pushed.push(`${session}:${event.type}`));
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    t.clock.advance(299_000);
    expect(t.ok('till', 'staff.lockedOut', {})).toEqual([]);
    t.clock.advance(299_000);
    // Polls of the connection indicator do not count as someone at the till.
    t.ok('till', 'auth.ping', {});
    t.clock.advance(2_000);
    expect(t.call('till', 'staff.lockedOut', {})).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });
    expect(pushed).toContain('till:session.locked');
    expect(t.ok('till', 'auth.session', {})).toEqual({
      state: 'locked',
      staff: { id: t.ids.zhang, name: '张三', role: 'cashier' },
    });
    const switched = t.ok('till', 'auth.login', { staffId: t.ids.li, pin: '2222' });
    expect(switched).toMatchObject({ state: 'active', staff: { name: '李四' } });
    const login = t.core.db.prepare(`SELECT payload FROM journal ORDER BY seq DESC LIMIT 1`).pluck().get();
    expect(JSON.parse(login as string)).toEqual({ staffId: t.ids.li, switchedFrom: t.ids.zhang });
  });

  it('follows the configured idle time', () => {
    const t = open();
    t.ok('admin', 'settings.update', { storeName: '金福珠宝', language: 'zh-CN', idleLockSeconds: 60 });
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    t.clock.advance(61_000);
    expect(t.call('till', 'staff.lockedOut', {})).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });
  });

  it('signs a disabled user out everywhere and refuses their login', () => {
    const t = open();
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    t.ok('admin', 'staff.setActive', { id: t.ids.zhang, active: false });
    expect(t.call('till', 'staff.lockedOut', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    expect(t.call('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' })).toMatchObject({
      ok: false,
      error: { code: 'STAFF_DISABLED' },
    });
    expect(t.ok('till', 'auth.staff', {}).map((s) => s.name)).not.toContain('张三');
  });

  it('logs out to the PIN pad', () => {
    const t = open();
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    expect(t.ok('till', 'auth.logout', {})).toEqual({ state: 'signedOut' });
    expect(journalTypes(t).at(-1)).toBe('auth.logout');
  });
});

describe('staff administration', () => {
  it('creates, renames, disables and resets staff, journaling each change', () => {
    const t = open();
    const created = t.ok('admin', 'staff.create', { name: '周师傅', role: 'repairDesk', pin: '4444' });
    t.ok('admin', 'staff.update', { id: created.id, name: '周建华', role: 'repairDesk' });
    t.ok('admin', 'staff.setActive', { id: created.id, active: false });
    t.ok('admin', 'staff.setActive', { id: created.id, active: true });
    t.ok('admin', 'staff.resetPin', { id: created.id, pin: '5678' });
    expect(t.ok('till', 'auth.login', { staffId: created.id, pin: '5678' })).toMatchObject({
      staff: { name: '周建华' },
    });
    expect(journalTypes(t).slice(-6)).toEqual([
      'staff.created',
      'staff.updated',
      'staff.disabled',
      'staff.enabled',
      'staff.pinReset',
      'auth.login',
    ]);
  });

  it('refuses duplicate names, disabling oneself and losing the last administrator', () => {
    const t = open();
    expect(t.call('admin', 'staff.create', { name: '张三', role: 'cashier', pin: '9999' })).toMatchObject({
      error: { code: 'STAFF_NAME_TAKEN' },
    });
    expect(t.call('admin', 'staff.setActive', { id: t.ids.admin, active: false })).toMatchObject({
      error: { code: 'NOT_SELF' },
    });
    expect(
      t.call('admin', 'staff.update', { id: t.ids.admin, name: '管理员', role: 'manager' }),
    ).toMatchObject({
      error: { code: 'LAST_ADMINISTRATOR' },
    });
  });

  it('refuses a second first-run setup', () => {
    const t = open();
    expect(
      t.call('x', 'setup.initialize', {
        storeName: '另一家',
        terminalId: 'T02',
        adminName: '黑客',
        pin: '0000',
        language: 'en',
      }),
    ).toMatchObject({ ok: false, error: { code: 'SETUP_ALREADY_DONE' } });
  });
});
