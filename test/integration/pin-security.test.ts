import { copyFileSync, existsSync, statSync } from 'node:fs';
import { randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { ADMIN_PIN, openStaffedTill, openTestTill, tempDir } from '../helpers/core';

let till: ReturnType<typeof openStaffedTill> | undefined;
const open = (): ReturnType<typeof openStaffedTill> => (till = openStaffedTill());
afterEach(() => {
  till?.close();
  till = undefined;
});

const SCRYPT = { N: 16384, r: 8, p: 1 };
const staffRow = (t: ReturnType<typeof openStaffedTill>, id: number) =>
  t.core.db.prepare('SELECT pin_hash, pin_salt, pin_scheme FROM staff WHERE id = ?').get(id) as {
    pin_hash: string;
    pin_salt: string;
    pin_scheme: number;
  };

describe('PIN hashes need the terminal’s key', () => {
  it('keeps the key in a 0600 file beside the database, and a copied database alone does not open', () => {
    const t = open();
    const keyFile = `${t.core.databaseFile}.key`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    // the attack on a copied file: scrypt each guess with the row's salt and compare. Even the right PIN
    // does not give the stored hash without the key.
    const row = staffRow(t, t.ids.zhang);
    const guess = scryptSync('1111', Buffer.from(row.pin_salt, 'hex'), 32, SCRYPT).toString('hex');
    expect(guess).not.toBe(row.pin_hash);
    const elsewhere = tempDir();
    const copy = join(elsewhere, 'counter-pos.db');
    t.core.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(t.core.databaseFile, copy);
    expect(() => createCore({ dataDir: elsewhere, devices: false, printing: false })).toThrow(
      /key is missing.*counter-pos\.db\.key/,
    );
    // nothing was made in its place
    expect(existsSync(`${copy}.key`)).toBe(false);
  });

  it('wraps hashes made before the key when it starts, so old PINs keep working', () => {
    const first = openTestTill();
    first.ok('x', 'setup.initialize', {
      storeName: '金福珠宝',
      terminalId: 'T01',
      adminName: '管理员',
      pin: ADMIN_PIN,
      language: 'zh-CN',
    });
    // a row as a till before this change wrote it: scrypt alone
    const salt = randomBytes(16);
    const legacy = scryptSync('4321', salt, 32, SCRYPT).toString('hex');
    first.core.db
      .prepare(
        `INSERT INTO staff (name, role, pin_hash, pin_salt, pin_scheme, created_at, updated_at)
         VALUES ('老员工', 'cashier', ?, ?, 1, 'x', 'x')`,
      )
      .run(legacy, salt.toString('hex'));
    const { dataDir } = first;
    first.core.close();
    const core = createCore({ dataDir, devices: false, printing: false });
    try {
      const row = core.db
        .prepare(`SELECT id, pin_hash, pin_scheme FROM staff WHERE name = '老员工'`)
        .get() as { id: number; pin_hash: string; pin_scheme: number };
      expect(row.pin_scheme).toBe(2);
      expect(row.pin_hash).not.toBe(legacy);
      const journaled = core.db
        .prepare(`SELECT payload FROM journal WHERE type = 'staff.pinHashesProtected'`)
        .pluck()
        .all() as string[];
      expect(journaled.map((p) => JSON.parse(p) as unknown)).toEqual([{ staffIds: [row.id] }]);
      expect(
        core.invoke('till', { channel: 'auth.login', input: { staffId: row.id, pin: '4321' } }),
      ).toMatchObject({ ok: true, value: { state: 'active' } });
      expect(
        core.invoke('till2', { channel: 'auth.login', input: { staffId: row.id, pin: '4320' } }),
      ).toMatchObject({ ok: false, error: { code: 'PIN_INCORRECT' } });
    } finally {
      core.close();
    }
  });
});

describe('six-digit PINs for managers and administrators', () => {
  it('asks managers and administrators for six digits unless the store turns the rule off', () => {
    const t = open();
    const short = { code: 'PIN_TOO_SHORT_FOR_ROLE', details: { minimum: 6 } };
    expect(t.call('admin', 'staff.create', { name: '赵店长', role: 'manager', pin: '4444' })).toMatchObject({
      ok: false,
      error: short,
    });
    const manager = t.ok('admin', 'staff.create', { name: '赵店长', role: 'manager', pin: '444444' });
    expect(t.call('admin', 'staff.resetPin', { id: manager.id, pin: '5555' })).toMatchObject({
      error: short,
    });
    // a cashier with a four-digit PIN is promoted once the PIN is long enough
    expect(t.call('admin', 'staff.update', { id: t.ids.zhang, name: '张三', role: 'manager' })).toMatchObject(
      {
        error: short,
      },
    );
    t.ok('admin', 'staff.resetPin', { id: t.ids.zhang, pin: '111111' });
    t.ok('admin', 'staff.update', { id: t.ids.zhang, name: '张三', role: 'manager' });
    expect(t.ok('admin', 'settings.get', {}).longPinsForApprovers).toBe(true);
    t.ok('admin', 'settings.update', { ...t.ok('admin', 'settings.get', {}), longPinsForApprovers: false });
    t.ok('admin', 'staff.resetPin', { id: manager.id, pin: '5555' });
  });

  it('asks the first administrator for six digits at setup', () => {
    const t = openTestTill();
    try {
      const setup = {
        storeName: '金福珠宝',
        terminalId: 'T01',
        adminName: '管理员',
        language: 'zh-CN',
      } as const;
      expect(t.call('x', 'setup.initialize', { ...setup, pin: '9999' })).toMatchObject({
        ok: false,
        error: { code: 'PIN_TOO_SHORT_FOR_ROLE' },
      });
      expect(t.core.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(0);
      t.ok('x', 'setup.initialize', { ...setup, pin: '999999' });
    } finally {
      t.close();
    }
  });
});

describe('wrong PINs hold up only where they were typed', () => {
  /** Wrong PINs from one session, each typed as soon as the last wait is over; the last answer's code. */
  function guessAfterEachWait(
    times: number,
    guess: () => { ok: boolean; error?: unknown },
    t: ReturnType<typeof openStaffedTill>,
  ): unknown {
    let last: unknown;
    for (let i = 0; i < times; i++) {
      const answer = guess() as { ok: false; error: { code: string; details: { seconds?: number } } };
      t.clock.advance((answer.error.details.seconds ?? 0) * 1000);
      last = answer.error;
    }
    return last;
  }

  it('a cashier guessing at an approval never keeps the manager from signing in', () => {
    const t = open();
    // the waits grow past the idle lock's default: the cashier stays at the till throughout
    t.ok('admin', 'settings.update', { ...t.ok('admin', 'settings.get', {}), idleLockSeconds: 3600 });
    t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
    const approve = { approverId: t.ids.wang, channel: 'staff.unlock', input: { id: t.ids.li } };
    const last = guessAfterEachWait(
      12,
      () => t.call('till', 'auth.approve', { ...approve, pin: '000000' }),
      t,
    );
    expect(last).toMatchObject({ code: 'STAFF_LOCKED', details: { seconds: 900 } });
    t.clock.advance(-1000);
    expect(t.call('till', 'auth.approve', { ...approve, pin: '888888' })).toMatchObject({
      error: { code: 'STAFF_LOCKED', details: { seconds: 1 } },
    });
    // the manager signs in at once, at another window and at this very till
    expect(t.ok('office', 'auth.login', { staffId: t.ids.wang, pin: '888888' })).toMatchObject({
      state: 'active',
    });
    expect(t.ok('till', 'auth.login', { staffId: t.ids.wang, pin: '888888' })).toMatchObject({
      state: 'active',
    });
    // the till's approvals still wait, which the list of locked-out colleagues shows
    expect(t.ok('office', 'staff.lockedOut', {}).map((s) => s.name)).toEqual(['王经理']);
  });

  it('an unauthenticated caller guessing at sign-in holds the administrator up at most for the wait', () => {
    const t = open();
    const guess = (session: string) => t.call(session, 'auth.login', { staffId: t.ids.admin, pin: '000000' });
    expect(guessAfterEachWait(40, () => guess('stranger'), t)).toMatchObject({
      code: 'STAFF_LOCKED',
      details: { seconds: 900 },
    });
    t.clock.advance(-900_000);
    expect(guess('stranger')).toMatchObject({ error: { code: 'STAFF_LOCKED', details: { seconds: 900 } } });
    expect(t.ok('counter', 'auth.login', { staffId: t.ids.admin, pin: ADMIN_PIN })).toMatchObject({
      state: 'active',
    });
    // the same window shared with the stranger waits out its current wait, and no longer
    t.clock.advance(900_000);
    expect(t.ok('stranger', 'auth.login', { staffId: t.ids.admin, pin: ADMIN_PIN })).toMatchObject({
      state: 'active',
    });
    // and a right PIN clears that window's count
    expect(guess('stranger')).toMatchObject({ error: { code: 'PIN_INCORRECT', details: { remaining: 4 } } });
  });

  it('a manager’s unlock clears the waits of every window', () => {
    const t = open();
    for (let i = 0; i < 5; i++) t.call('a', 'auth.login', { staffId: t.ids.li, pin: '0000' });
    for (let i = 0; i < 5; i++) t.call('b', 'auth.login', { staffId: t.ids.li, pin: '0000' });
    t.ok('office', 'auth.login', { staffId: t.ids.wang, pin: '888888' });
    expect(t.ok('office', 'staff.lockedOut', {}).map((s) => s.name)).toEqual(['李四']);
    expect(t.ok('admin', 'staff.list', {}).find((s) => s.name === '李四')?.lockedUntil).toBe(
      '2026-11-23T02:00:30.000Z',
    );
    t.ok('office', 'staff.unlock', { id: t.ids.li });
    expect(t.ok('b', 'auth.login', { staffId: t.ids.li, pin: '2222' })).toMatchObject({ state: 'active' });
    expect(t.core.db.prepare('SELECT count(*) FROM pin_failures').pluck().get()).toBe(0);
  });
});
