import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/core/journal/canonical';
import { genesisHash } from '../../electron/core/journal/chain';
import { verifyJournal } from '../../electron/core/journal/verify';
import { asReadable } from '../../electron/core/db/statements';
import { openStaffedTill, tempDir } from '../helpers/core';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

let till: ReturnType<typeof openStaffedTill> | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

/** A copy of a busy till's database, as anyone holding the file could take. */
function journaledCopy(): string {
  const t = (till = openStaffedTill());
  t.ok('till', 'auth.login', { staffId: t.ids.zhang, pin: '1111' });
  t.call('till', 'auth.login', { staffId: t.ids.li, pin: '0000' });
  t.core.db.pragma('wal_checkpoint(TRUNCATE)');
  const copy = join(tempDir(), 'copy.db');
  copyFileSync(t.core.databaseFile, copy);
  return copy;
}

function tamper(file: string, sql: string): void {
  const db = new Database(file);
  db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; DROP TRIGGER journal_gapless;');
  db.exec(sql);
  db.close();
}

// The verifier runs as `npm run verify-journal` does, minus npx's start-up: node with tsx's loader.
const verifyCli = (file: string) =>
  run(process.execPath, ['--import', 'tsx', 'electron/cli/verify-journal.ts', file], { cwd: ROOT }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
  );

describe('canonical encoding', () => {
  it('sorts keys at every depth and refuses fractions', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: true }], c: '金' } })).toBe(
      '{"a":{"c":"金","d":[2,{"y":true,"z":null}]},"b":1}',
    );
    expect(canonicalJson({ z: [], y: {}, skipped: undefined, 金: 1, Z: 2 })).toBe(
      '{"Z":2,"y":{},"z":[],"金":1}',
    );
    expect(() => canonicalJson({ amount: 10.5 })).toThrow(/safe integers/);
    expect(() => canonicalJson({ big: 2 ** 60 })).toThrow(/safe integers/);
  });
});

describe('hash-chained journal', () => {
  it('chains every row to the one before, starting from the terminal id', () => {
    const t = (till = openStaffedTill());
    const rows = t.core.db.prepare('SELECT seq, prev_hash, hash FROM journal ORDER BY seq').all() as {
      seq: number;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0]?.prev_hash).toBe(genesisHash('T01'));
    expect(genesisHash('T01')).not.toBe(genesisHash('T02'));
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]?.hash));
    expect(verifyJournal(t.core.db)).toMatchObject({ ok: true, checked: rows.length, headSeq: rows.length });
    expect(t.ok('admin', 'journal.verify', {}).ok).toBe(true);
  });

  it('refuses UPDATE and DELETE on the live file', () => {
    const t = (till = openStaffedTill());
    expect(() => t.core.db.exec(`UPDATE journal SET payload = '{}' WHERE seq = 1`)).toThrow(/append-only/);
    expect(() => t.core.db.exec('DELETE FROM journal')).toThrow(/append-only/);
  });

  it('lists entries newest first with the names of actor and approver', () => {
    const t = (till = openStaffedTill());
    const entries = t.ok('admin', 'journal.list', { limit: 2 });
    expect(entries.map((e) => e.type)).toEqual(['staff.created', 'staff.created']);
    expect(entries[0]).toMatchObject({ actorName: '管理员', payload: { name: '王经理', role: 'manager' } });
    const older = t.ok('admin', 'journal.list', { beforeSeq: entries[1]?.seq, limit: 200 });
    expect(older.at(-1)?.type).toBe('setup.initialized');
  });

  it.each([
    [
      'an edited payload',
      `UPDATE journal SET payload = replace(payload, '张三', '张四') WHERE type = 'staff.created'`,
      3,
      /content does not match/,
    ],
    ['a deleted row', `DELETE FROM journal WHERE seq = 4`, 4, /missing/],
    ['a rewritten actor', `UPDATE journal SET actor_id = 2 WHERE seq = 2`, 2, /content does not match/],
  ])(
    'names the first bad row after %s, in code and from the command line',
    async (_what, sql, badSeq, reason) => {
      const copy = journaledCopy();
      expect((await verifyCli(copy)).code).toBe(0);
      tamper(copy, sql);
      const db = new Database(copy, { readonly: true });
      expect(verifyJournal(asReadable(db))).toMatchObject({
        ok: false,
        firstBad: { seq: badSeq, reason: expect.stringMatching(reason) },
      });
      db.close();
      const cli = await verifyCli(copy);
      expect(cli.code).toBe(1);
      expect(cli.out).toContain(`#${badSeq}`);
    },
    // Two child processes that each compile the CLI: a deadline for a loaded machine, not a speed check.
    30_000,
  );

  it('names a row that chains to the head but carries an earlier row’s hash (no index keeps hashes unique)', () => {
    const copy = journaledCopy();
    const db = new Database(copy);
    const head = db.prepare('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    const first = db.prepare('SELECT hash FROM journal WHERE seq = 1').pluck().get() as string;
    db.prepare(
      `INSERT INTO journal (seq, at, type, payload, prev_hash, hash) VALUES (?, 'now', 'forged', '{}', ?, ?)`,
    ).run(head.seq + 1, head.hash, first);
    expect(verifyJournal(asReadable(db))).toMatchObject({
      ok: false,
      firstBad: { seq: head.seq + 1, reason: expect.stringMatching(/content does not match/) },
    });
    db.close();
  });

  it('names a forged previous-hash link', () => {
    const copy = journaledCopy();
    tamper(copy, `UPDATE journal SET prev_hash = 'forged' WHERE seq = 5`);
    const db = new Database(copy, { readonly: true });
    expect(verifyJournal(asReadable(db)).firstBad?.seq).toBe(5);
    db.close();
  });
});
