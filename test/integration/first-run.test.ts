import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../electron/core/core';
import { verifyJournal } from '../../electron/core/journal/verify';
import { tempDir } from '../helpers/core';

let core: Core | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
  vi.restoreAllMocks();
});

/** A fresh till on the real clock: the demo's history is dated back from the day it is built. */
function freshCore(): Core {
  core = createCore({ dataDir: tempDir(), version: 'test' });
  return core;
}

const count = (c: Core, table: string): number =>
  c.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('first run', () => {
  it('builds the demo store through the seeder, whose PINs sign in, once and only before setup', () => {
    const c = freshCore();
    const result = c.invoke('first-run', { channel: 'setup.demo', input: {} });
    expect(result).toMatchObject({ ok: true });
    const { staff } = (result as { value: { staff: { name: string; role: string; pin: string }[] } }).value;
    expect(staff).toHaveLength(5);
    expect(staff).toContainEqual({ name: '张丽', role: 'cashier', pin: '1111' });
    expect(staff).toContainEqual({ name: '王建国', role: 'manager', pin: '888888' });

    expect(c.invoke('first-run', { channel: 'app.status', input: {} })).toMatchObject({
      ok: true,
      value: { setupRequired: false, storeName: '金福珠宝 南京东路店', terminalId: 'T01' },
    });
    // the screen that asked is left at the PIN pad, where the cashier signs in with the PIN it was shown
    expect(c.invoke('first-run', { channel: 'auth.session', input: {} })).toMatchObject({
      ok: true,
      value: { state: 'signedOut' },
    });
    const cashier = (c.db.prepare(`SELECT id FROM staff WHERE name = '张丽'`).pluck().get() as number) ?? 0;
    expect(
      c.invoke('first-run', { channel: 'auth.login', input: { staffId: cashier, pin: '1111' } }),
    ).toMatchObject({ ok: true, value: { state: 'active', staff: { name: '张丽' } } });

    // the seeder's own calls journal the store; the channel adds no row of its own
    const journal = c.db.prepare('SELECT type FROM journal ORDER BY seq').pluck().all() as string[];
    expect(journal[0]).toBe('setup.initialized');
    expect(journal.filter((type) => type.startsWith('setup.'))).toEqual(['setup.initialized']);
    expect(verifyJournal(c.db)).toMatchObject({ ok: true, checked: journal.length });

    expect(c.invoke('again', { channel: 'setup.demo', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_ALREADY_DONE' },
    });
    expect(count(c, 'journal')).toBe(journal.length);
  }, 60_000);

  it('is refused once the store has been set up by hand', () => {
    const c = freshCore();
    const setup = {
      storeName: '我的店',
      terminalId: 'T02',
      adminName: '店主',
      pin: '246810',
      language: 'zh-CN',
    };
    expect(c.invoke('first-run', { channel: 'setup.initialize', input: setup })).toMatchObject({ ok: true });
    expect(c.invoke('first-run', { channel: 'setup.demo', input: {} })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_ALREADY_DONE' },
    });
    expect(count(c, 'staff')).toBe(1);
  });

  it('leaves no terminal id behind when a first-run setup rolls back, so the next one starts its own chain', () => {
    const c = freshCore();
    // the disk refuses the journal row, the last write of the setup's transaction
    c.db.exec(
      `CREATE TRIGGER refuse_journal BEFORE INSERT ON journal BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    );
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const setup = (terminalId: string) => ({
      storeName: '我的店',
      terminalId,
      adminName: '店主',
      pin: '246810',
      language: 'zh-CN',
    });
    expect(c.invoke('first-run', { channel: 'setup.initialize', input: setup('T01') })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL_ERROR' },
    });
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/setup\.initialize failed/), expect.any(Error));
    for (const table of ['terminal', 'staff', 'journal']) expect(count(c, table)).toBe(0);

    c.db.exec('DROP TRIGGER refuse_journal');
    expect(c.invoke('first-run', { channel: 'setup.initialize', input: setup('T05') })).toMatchObject({
      ok: true,
    });
    // the chain starts from T05, the terminal that exists, not from the T01 that was rolled back
    expect(verifyJournal(c.db)).toMatchObject({ ok: true, checked: 1 });
  });
});
