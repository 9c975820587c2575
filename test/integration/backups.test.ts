import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import type { BackupSuccess } from '../../shared/contract/backups';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { backupName, fileStamp } from '../../electron/core/modules/backups/files';
import { holdsCardNumber } from '../../shared/domain/card-number';
import { verifyJournal } from '../../electron/core/journal/verify';
import { asReadable } from '../../electron/core/db/statements';
import { tempDir } from '../helpers/core';
import { openRepairShop, type RepairShop } from '../helpers/repairs';
import { intact, returned, travel } from '../helpers/returns';
import { cash } from '../helpers/sales';
import { drawerOf } from '../helpers/shifts';

let shop: RepairShop | undefined;
const cores: { close(): void }[] = [];
afterEach(async () => {
  await shop?.core.backups.settled();
  shop?.close();
  shop = undefined;
  for (const core of cores.splice(0)) core.close();
});

const HOUR = 3_600_000;
const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };

/** A store with its backups going to a fresh folder (the till's own data folder is elsewhere). */
function storeWithBackups(config: { keep?: number } = {}) {
  const s = (shop = openRepairShop());
  const folder = tempDir('counter-pos-usb-');
  s.ok('office', 'backups.configure', { folder, keep: config.keep ?? 30, staleHours: 72 });
  return { s, folder, dir: join(folder, 'counter-pos-T01') };
}

/**
 * A day at the counter: two jade pieces sold for cash (￥760.00), one returned (￥380.00 back in cash), towels
 * by WeChat, a repair taken in with a ￥20.00 cash deposit, the shift closed counting the ￥500.00 float plus
 * ￥760.00 − ￥380.00 + ￥20.00 = ￥900.00.
 */
function storeDay(s: RepairShop): void {
  const first = s.sell({ lines: [s.line.jade(2)] }, [cash(100_000)]);
  s.sell({ lines: [s.line.towel(3)] }, [{ method: 'wechat', amountFen: 11_700, reference: 'WX0001' }]);
  returned(s, first.receiptNo, [intact(1)]);
  s.intake({ deposit: { amountFen: 2_000, tenders: [cash(2_000)] } });
  s.ok('till', 'shifts.closeCount', {
    counts: drawerOf(90_000),
    settled: { ...noSettlement, wechat: 11_700 },
  });
  s.ok('till', 'shifts.close', { leftInFen: 50_000 });
}

type Rows = Record<string, unknown[]>;

/** The last good backup's status, failing the test when there is none. */
function lastBackup(s: RepairShop): BackupSuccess {
  const made = s.ok('office', 'backups.status', {}).lastSuccess;
  if (!made) throw new Error('no backup has succeeded');
  return made;
}

/** Every table's rows, the search index's shadow tables included. */
function everyTable(db: Database.Database): Rows {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).raw().all()]),
  );
}

describe('backups', () => {
  it('back up a store day at the close and restore it into a new place: every table row by row', async () => {
    const { s, dir } = storeWithBackups();
    storeDay(s);
    await s.core.backups.settled();

    const status = s.ok('till', 'backups.status', {});
    expect(status).toMatchObject({ warning: null, lastFailure: null, lastSuccess: { reason: 'closeOfDay' } });
    const made = lastBackup(s);
    const file = join(dir, made.file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(`${file}.key`).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(made.bytes).toBe(statSync(file).size);
    expect(readdirSync(dir).sort()).toEqual([made.file, `${made.file}.key`]);
    expect(s.journal('backup.made').at(-1)?.payload).toMatchObject({ file: made.file, reason: 'closeOfDay' });

    // what a store does on a new machine: the backup and its key as the data folder's files
    const place = tempDir();
    copyFileSync(file, join(place, 'counter-pos.db'));
    copyFileSync(`${file}.key`, join(place, 'counter-pos.db.key'));
    const copy = new Database(join(place, 'counter-pos.db'), { readonly: true });
    const after = everyTable(copy);
    copy.close();
    const before = everyTable(s.core.db);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    // the live till journaled the backup and its status after the copy was taken: the copy ends before them
    before['journal'] = before['journal']?.slice(0, made.journalRows) ?? [];
    const backupState = (rows: unknown[] = []) =>
      rows.filter((row) => (row as unknown[])[0] !== 'backups.state');
    before['settings'] = backupState(before['settings']);
    after['settings'] = backupState(after['settings']);
    for (const table of Object.keys(before)) {
      expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
    }
    expect(before['sales']).toHaveLength(2);
    expect(before['returns']).toHaveLength(1);
    expect(before['repair_tickets']).toHaveLength(1);
    expect(before['shifts']).toHaveLength(1);

    const restored = createCore({ dataDir: place, devices: false, printing: false, version: 'test' });
    cores.push(restored);
    // the key came along: the cashier's PIN opens the restored till
    expect(
      restored.invoke('s', { channel: 'auth.login', input: { staffId: s.ids.zhang, pin: '1111' } }),
    ).toMatchObject({ ok: true });
  });

  it('restores a chosen backup in place: checked, the current file kept aside, journaled in the restored one', async () => {
    const { s } = storeWithBackups();
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.ok('office', 'backups.run', {});
    await s.core.backups.settled();
    const backup = lastBackup(s);
    travel(s, s.clock.ms + HOUR);
    const later = s.sell({ lines: [s.line.vase()] }, [cash(200_000)]);

    // a cashier may not restore; the manager may
    expect(s.call('till', 'backups.restore', { file: backup.file })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    const result = s.ok('office', 'backups.restore', { file: backup.file });
    expect(result.keptAside).toMatch(/^counter-pos\.db\.before-restore-\d{4}-\d{2}-\d{2}-\d{9}$/);

    // the sale made after the backup is gone from the till, and still in the file kept aside
    const aside = new Database(join(s.dataDir, result.keptAside), { readonly: true });
    expect(
      aside.prepare('SELECT count(*) FROM sales WHERE receipt_no = ?').pluck().get(later.receiptNo),
    ).toBe(1);
    aside.close();
    expect(s.core.db.prepare('SELECT count(*) FROM sales').pluck().get()).toBe(1);
    const last = s.core.db
      .prepare('SELECT seq, type, actor_id, payload FROM journal ORDER BY seq DESC LIMIT 1')
      .get() as {
      seq: number;
      type: string;
      actor_id: number;
      payload: string;
    };
    expect(last).toMatchObject({ seq: result.journalSeq, type: 'backup.restored', actor_id: s.ids.wang });
    expect(JSON.parse(last.payload)).toMatchObject({ file: backup.file, keptAside: result.keptAside });
    expect(verifyJournal(asReadable(s.core.db))).toMatchObject({ ok: true });

    // everyone signs in again against the restored staff list; the backup settings stayed
    expect(s.call('office', 'backups.status', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_SIGNED_IN' },
    });
    s.ok('office', 'auth.login', { staffId: s.ids.wang, pin: '888888' });
    expect(s.ok('office', 'backups.status', {}).lastSuccess?.file).toBe(backup.file);
    expect(s.ok('office', 'backups.list', {}).map((b) => b.file)).toEqual([backup.file]);
  });

  it('names its files so that no stamp reads as a card number (the till holds none, in any row)', () => {
    const start = Date.parse('2026-12-06T00:31:07.000Z');
    for (let i = 0; i < 2_000; i++) {
      const at = new Date(start + i * 3_600_007);
      expect(holdsCardNumber(backupName('T01', at)), backupName('T01', at)).toBe(false);
      expect(holdsCardNumber(`counter-pos.db.before-restore-${fileStamp(at)}`)).toBe(false);
    }
  });

  it('refuses a relative folder, and only after checking who asks', () => {
    const s = (shop = openRepairShop());
    for (const folder of ['backups', './backups', '..\\backups', 'D:backups']) {
      expect(s.call('office', 'backups.configure', { folder, keep: 5, staleHours: 72 })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(s.call('till', 'backups.configure', { folder: 'backups', keep: 5, staleHours: 72 })).toMatchObject(
      {
        ok: false,
        error: { code: 'PERMISSION_DENIED' },
      },
    );
    for (const folder of ['/media/usb', 'D:\\备份', '\\\\nas\\pos']) {
      expect(s.call('office', 'backups.configure', { folder, keep: 5, staleHours: 72 })).toMatchObject({
        ok: true,
      });
    }
  });

  it('keeps the newest backups and deletes the older ones with their keys', async () => {
    const { s, dir } = storeWithBackups({ keep: 2 });
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      travel(s, s.clock.ms + 60_000);
      s.ok('office', 'backups.run', {});
      await s.core.backups.settled();
      made.push(lastBackup(s).file);
    }
    expect(s.ok('office', 'backups.list', {}).map((b) => b.file)).toEqual([made[3], made[2]]);
    expect(readdirSync(dir).sort()).toEqual([made[2], `${made[2]}.key`, made[3], `${made[3]}.key`].sort());
  });

  it('a missing or unwritable target shows in the status and warns, and the sale goes through', async () => {
    const s = (shop = openRepairShop());
    const usb = join(tempDir(), 'usb-not-plugged-in');
    s.ok('office', 'backups.configure', { folder: usb, keep: 5, staleHours: 72 });
    s.ok('office', 'backups.run', {});
    const sale = s.commit({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(sale.ok).toBe(true);
    await s.core.backups.settled();
    expect(s.ok('till', 'backups.status', {})).toMatchObject({
      warning: 'failed',
      lastSuccess: null,
      lastFailure: { code: 'BACKUP_FOLDER_MISSING', folder: usb },
    });
    expect(existsSync(usb)).toBe(false);
    expect(s.journal('backup.failed').at(-1)?.payload).toMatchObject({ code: 'BACKUP_FOLDER_MISSING' });

    // the folder is there but the till's own folder inside it cannot be made (as on a read-only share)
    const share = tempDir();
    writeFileSync(join(share, 'counter-pos-T01'), 'not a folder');
    s.ok('office', 'backups.configure', { folder: share, keep: 5, staleHours: 72 });
    travel(s, s.clock.ms + HOUR);
    // the close of the shift backs up, fails, and the close stands
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(53_900), settled: noSettlement });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    await s.core.backups.settled();
    expect(s.ok('till', 'backups.status', {})).toMatchObject({
      warning: 'failed',
      lastFailure: { code: 'BACKUP_FOLDER_NOT_WRITABLE', folder: share },
    });
    expect(s.ok('till', 'shifts.current', {})).toBeNull();
  });

  it('reading the status (as the home screen does after each backup) does not keep an idle till awake', () => {
    const s = (shop = openRepairShop());
    s.clock.advance(200_000);
    s.ok('till', 'backups.status', {});
    s.clock.advance(200_000);
    expect(s.call('till', 'backups.status', {})).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });
  });

  it('checks each backup in the background: a copy whose journal does not verify is reported and deleted', async () => {
    const { s, dir } = storeWithBackups();
    // someone with the file rewrote a journal row behind the till's back
    s.core.db.exec('DROP TRIGGER journal_no_update');
    s.core.db.prepare('UPDATE journal SET payload = ? WHERE seq = 2').run('{"forged":1}');
    s.ok('office', 'backups.run', {});
    await s.core.backups.settled();
    const { lastFailure, lastSuccess, warning } = s.ok('office', 'backups.status', {});
    expect({ lastSuccess, warning }).toEqual({ lastSuccess: null, warning: 'failed' });
    expect(lastFailure).toMatchObject({ code: 'BACKUP_VERIFY_FAILED' });
    expect(lastFailure?.reason).toContain('第 2 条');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('warns when no backup has succeeded for too long', async () => {
    const { s } = storeWithBackups();
    s.ok('office', 'backups.configure', {
      folder: s.ok('office', 'backups.status', {}).config.folder,
      keep: 5,
      staleHours: 24,
    });
    s.ok('office', 'backups.run', {});
    await s.core.backups.settled();
    expect(s.ok('till', 'backups.status', {}).warning).toBeNull();
    travel(s, s.clock.ms + 25 * HOUR);
    expect(s.ok('till', 'backups.status', {}).warning).toBe('stale');
  });

  it('refuses to restore a backup from a newer version or a damaged one, leaving the till as it was', async () => {
    const { s, dir } = storeWithBackups();
    s.ok('office', 'backups.run', {});
    await s.core.backups.settled();
    const good = lastBackup(s).file;

    const newer = copyAs(dir, good, s.clock.ms + 1);
    const db = new Database(join(dir, newer));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(s.call('office', 'backups.restore', { file: newer })).toMatchObject({
      ok: false,
      error: {
        code: 'BACKUP_TOO_NEW',
        details: { version: MIGRATIONS.length + 1, supported: MIGRATIONS.length },
      },
    });

    const damaged = copyAs(dir, good, s.clock.ms + 2);
    const fd = openSync(join(dir, damaged), 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096 * 2);
    closeSync(fd);
    expect(s.call('office', 'backups.restore', { file: damaged })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_CORRUPT' },
    });

    const garbage = copyAs(dir, good, s.clock.ms + 3);
    writeFileSync(join(dir, garbage), 'this is not a database at all');
    expect(s.call('office', 'backups.restore', { file: garbage })).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_CORRUPT' },
    });
    expect(s.call('office', 'backups.restore', { file: '../counter-pos.db' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });

    expect(readdirSync(s.dataDir).filter((f) => f.includes('before-restore'))).toEqual([]);
    expect(s.ok('office', 'backups.status', {}).lastSuccess?.file).toBe(good);
  });

  it('backs up hourly while a shift is open, driven by the clock it is given', async () => {
    const { s } = storeWithBackups();
    const made = () => s.journal('backup.made').map((row) => row.payload['reason']);
    s.core.backups.tick();
    await s.core.backups.settled();
    expect(made()).toEqual(['hourly']);

    travel(s, s.clock.ms + 59 * 60_000);
    s.core.backups.tick();
    await s.core.backups.settled();
    expect(made()).toEqual(['hourly']);

    travel(s, s.clock.ms + 60_000);
    s.core.backups.tick();
    await s.core.backups.settled();
    expect(made()).toEqual(['hourly', 'hourly']);

    // the close backs up; with no shift open the hours pass without one
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(50_000), settled: noSettlement });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    await s.core.backups.settled();
    s.clock.advance(3 * HOUR);
    s.core.backups.tick();
    await s.core.backups.settled();
    expect(made()).toEqual(['hourly', 'hourly', 'closeOfDay']);
  });
});

/** A copy of a backup under a later backup's name, for a restore to be offered a bad file. */
function copyAs(dir: string, file: string, ms: number): string {
  const name = backupName('T01', new Date(ms));
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(dir, file), join(dir, name));
  return name;
}
