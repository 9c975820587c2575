import { createHash, generateKeyPairSync, sign, verify as verifySignature } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/core/journal/canonical';
import { storedRowHash, type StoredRow } from '../../electron/core/journal/chain';
import type { ClosureRow } from '../../electron/core/journal/closure-record';
import { verifyJournal } from '../../electron/core/journal/verify';
import { asReadable } from '../../electron/core/db/statements';
import { tempDir } from '../helpers/core';
import { cash, openShop, type Shop } from '../helpers/sales';
import { drawerOf } from '../helpers/shifts';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const noSettlement = { bankCard: 0, wechat: 0, alipay: 0 };

type Row = StoredRow;

/**
 * A day's trading closed by a Z report, then one more sale: ￥39 towel and ￥380 jade before the close,
 * a second ￥39 towel after it. Returns a copy of the file, as anyone holding it could take.
 */
function tradedCopy(): string {
  const s = (shop = openShop());
  s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
  s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
  // ￥500 float + ￥39 + ￥380 = ￥919
  s.ok('till', 'shifts.closeCount', { counts: drawerOf(91_900), settled: noSettlement });
  s.ok('till', 'shifts.close', { leftInFen: 50_000 });
  s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
  s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
  s.core.db.pragma('wal_checkpoint(TRUNCATE)');
  const copy = join(tempDir(), 'copy.db');
  copyFileSync(s.core.databaseFile, copy);
  return copy;
}

/**
 * What someone holding the file can do without the terminal's key: change rows, recompute every later hash
 * so the chain links again, and delete rows from the end.
 */
function rewrite(file: string, edit: (db: Database.Database) => void): void {
  const db = new Database(file);
  db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete; DROP TRIGGER journal_gapless;');
  edit(db);
  const rows = db.prepare('SELECT * FROM journal ORDER BY seq').all() as Row[];
  const update = db.prepare('UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?');
  let prevHash = rows[0]?.prev_hash as string;
  for (const row of rows) {
    const hash = storedRowHash(row, prevHash);
    update.run(prevHash, hash, row.seq);
    prevHash = hash;
  }
  db.close();
}

const verify = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return verifyJournal(asReadable(db));
  } finally {
    db.close();
  }
};

const firstSaleSeq = (db: Database.Database): number =>
  db.prepare(`SELECT min(seq) FROM journal WHERE type = 'sale.committed'`).pluck().get() as number;

describe('signed closures against a rewritten journal', () => {
  it('fails a journal whose sale was edited, later hashes recomputed and last rows deleted', () => {
    const copy = tradedCopy();
    expect(verify(copy).ok).toBe(true);
    rewrite(copy, (db) => {
      const seq = firstSaleSeq(db);
      db.prepare(
        `UPDATE journal SET payload = replace(payload, '"totalFen":3900', '"totalFen":390') WHERE seq = ?`,
      ).run(seq);
      db.prepare('DELETE FROM journal WHERE seq > (SELECT max(seq) - 3 FROM journal)').run();
    });
    const result = verify(copy);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({
      kind: 'rewritten',
      reason: expect.stringMatching(/CHAIN REWRITTEN/),
    });
  });

  it('reports a cut tail when the rows from the last closure on are deleted', () => {
    const copy = tradedCopy();
    rewrite(copy, (db) =>
      db
        .prepare(
          `DELETE FROM journal WHERE seq >= (SELECT min(seq) FROM journal WHERE type = 'closure.signed')`,
        )
        .run(),
    );
    const result = verify(copy);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ kind: 'cutTail', reason: expect.stringMatching(/CUT TAIL/) });
  });

  it('names a closure whose signed totals were changed and the chain relinked', () => {
    const copy = tradedCopy();
    rewrite(copy, (db) =>
      db
        .prepare(
          `UPDATE journal SET payload = replace(payload, '"netFen":41900', '"netFen":4190') WHERE type = ?`,
        )
        .run('closure.signed'),
    );
    expect(verify(copy).firstBad).toMatchObject({
      kind: 'signature',
      reason: expect.stringMatching(/signature/),
    });
  });

  it('names closures re-signed with another key, given the terminal’s key from outside the file', () => {
    const copy = tradedCopy();
    const own = (shop as Shop).core.keys;
    const forger = generateKeyPairSync('ed25519');
    const spki = forger.publicKey.export({ format: 'der', type: 'spki' });
    const keyId = createHash('sha256').update(spki).digest('hex').slice(0, 32);
    rewrite(copy, (db) => {
      const seq = firstSaleSeq(db);
      db.prepare(
        `UPDATE journal SET payload = replace(payload, '"totalFen":3900', '"totalFen":390') WHERE seq = ?`,
      ).run(seq);
      // the forger recomputes the totals too: ￥3.90 + ￥380 = ￥383.90
      for (const row of db
        .prepare(`SELECT seq, payload FROM journal WHERE type = 'closure.signed'`)
        .all() as Row[]) {
        const closure = JSON.parse(row.payload) as { payload: Record<string, Record<string, number>> };
        for (const totals of [closure.payload.perpetual, closure.payload.periodTotals] as Record<
          string,
          number
        >[]) {
          totals.salesFen = totals.netFen = totals.absoluteFen = 38_390;
        }
        closure.payload.keyId = keyId as never;
        const signed = {
          payload: closure.payload,
          keyId,
          publicKey: spki.toString('base64'),
          signature: sign(null, Buffer.from(canonicalJson(closure.payload)), forger.privateKey).toString(
            'base64',
          ),
        };
        db.prepare('UPDATE journal SET payload = ? WHERE seq = ?').run(canonicalJson(signed), row.seq);
      }
      db.prepare('DELETE FROM journal WHERE seq > (SELECT max(seq) - 3 FROM journal)').run();
    });
    // the file alone cannot tell a forger's key from the terminal's: paper (the key id) and the key can
    const db = new Database(copy, { readonly: true });
    expect(verifyJournal(asReadable(db), { publicKey: own.publicKeySpki }).firstBad).toMatchObject({
      kind: 'signature',
      reason: expect.stringMatching(/not by this terminal's key/),
    });
    db.close();
  });
});

/** Moves the shop's clock to `instant`, signing 张三 and 王经理 in again (the idle lock has fallen meanwhile). */
function at(s: Shop, instant: string): void {
  s.clock.ms = Date.parse(instant);
  s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
  s.ok('office', 'auth.login', { staffId: s.ids.wang, pin: '888888' });
}

describe('signed closures', () => {
  it('sign each Z report’s head and perpetual totals, journal the key once and print the head on the Z', () => {
    const s = (shop = openShop());
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(91_900), settled: noSettlement });
    const z1 = s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    const voided = s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.ok('office', 'sales.void', { receiptNo: voided.receiptNo, reason: '收错' });
    // ￥500 + ￥39 + ￥39 − ￥39 = ￥539
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(53_900), settled: noSettlement });
    const z2 = s.ok('till', 'shifts.close', { leftInFen: 50_000 });

    const rows = s.journal('closure.signed');
    expect(rows).toHaveLength(2);
    const [first, second] = rows.map((row) => row.payload as unknown as ClosureRow);
    const keys = s.core.keys;
    expect(keys.keyId).toMatch(/^[0-9a-f]{32}$/);
    expect(first).toMatchObject({ keyId: keys.keyId, publicKey: keys.publicKeySpki });
    expect(second?.publicKey).toBeUndefined();
    for (const closure of [first, second] as ClosureRow[]) {
      const message = Buffer.from(canonicalJson(closure.payload));
      expect(verifySignature(null, message, keys.publicKey, Buffer.from(closure.signature, 'base64'))).toBe(
        true,
      );
    }
    expect(first?.payload).toMatchObject({
      closureNo: 1,
      kind: 'day',
      period: '2026-11-23',
      zNo: 1,
      head: { seq: z1.report.journal.lastSeq, hash: z1.report.journal.lastHash },
      previous: null,
    });
    // two sales: ￥39 + ￥380
    const day1 = {
      ...{ salesCount: 2, salesFen: 41_900, returnsCount: 0, returnsFen: 0, voidsCount: 0, voidsFen: 0 },
      ...{ buyBacksCount: 0, buyBacksFen: 0, netFen: 41_900, absoluteFen: 41_900 },
    };
    expect(first?.payload.perpetual).toEqual(day1);
    expect(first?.payload.periodTotals).toEqual(day1);
    // then ￥39 kept and ￥39 voided: net ￥419 + ￥39 = ￥458, absolute ￥419 + ￥39 + ￥39 + ￥39 = ￥536
    expect(second?.payload.perpetual).toEqual({
      ...day1,
      salesCount: 4,
      salesFen: 49_700,
      voidsCount: 1,
      voidsFen: 3_900,
      netFen: 45_800,
      absoluteFen: 53_600,
    });
    expect(second?.payload.periodTotals).toMatchObject({ salesCount: 2, salesFen: 7_800, netFen: 3_900 });
    expect(second?.payload.previous).toEqual({ closureNo: 1, headSeq: z1.report.journal.lastSeq });

    expect(z2.report.closure).toEqual({
      closureNo: 2,
      headSeq: z2.report.journal.lastSeq,
      headHash: z2.report.journal.lastHash,
      keyId: keys.keyId,
    });
    const paper = s.ok('till', 'shifts.zReport', { zNo: 2 }).preview.text;
    expect(paper).toContain(z2.report.journal.lastHash.slice(0, 12));
    expect(paper).toContain(keys.keyId);
    expect(verifyJournal(s.core.db)).toMatchObject({ ok: true, closures: { count: 2, closureNo: 2 } });
    expect(s.ok('office', 'journal.verify', {})).toMatchObject({ ok: true, closures: { count: 2 } });
  });

  it('close a month and a year at the first Z of the next, and the months that ended on request', () => {
    const s = (shop = openShop({ shift: false }));
    // 10:00 in Shanghai on the last day of the year
    at(s, '2026-12-31T02:00:00Z');
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(53_900), settled: noSettlement });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(s.ok('office', 'shifts.closePeriods', {})).toEqual([]);
    at(s, '2027-01-01T02:00:00Z');
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(88_000), settled: noSettlement });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    at(s, '2027-02-02T02:00:00Z');
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    // the shift is of February: January has ended
    const made = s.ok('office', 'shifts.closePeriods', {});
    expect(made.map((c) => [c.closureNo, c.kind, c.period])).toEqual([[5, 'month', '2027-01']]);
    expect(s.ok('office', 'shifts.closePeriods', {})).toEqual([]);

    const closures = s.journal('closure.signed').map((row) => (row.payload as unknown as ClosureRow).payload);
    expect(closures.map((c) => [c.kind, c.period, c.head.seq])).toEqual([
      ['day', '2026-12-31', closures[0]?.head.seq],
      ['month', '2026-12', closures[0]?.head.seq],
      ['year', '2026', closures[0]?.head.seq],
      ['day', '2027-01-01', closures[3]?.head.seq],
      ['month', '2027-01', closures[3]?.head.seq],
    ]);
    // December and 2026 held the ￥39 towel; January the ￥380 jade
    expect(closures[1]?.periodTotals).toMatchObject({ salesCount: 1, netFen: 3_900 });
    expect(closures[2]?.periodTotals).toMatchObject({ salesCount: 1, netFen: 3_900 });
    expect(closures[4]?.periodTotals).toMatchObject({ salesCount: 1, netFen: 38_000 });
    expect(closures[4]?.perpetual).toMatchObject({ salesCount: 2, netFen: 41_900 });
    expect(verifyJournal(s.core.db)).toMatchObject({ ok: true, closures: { count: 5 } });
  });

  it('refuses to close a month while a shift of it is still open', () => {
    const s = (shop = openShop({ shift: false }));
    at(s, '2026-11-30T02:00:00Z');
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    s.ok('till', 'shifts.closeCount', { counts: drawerOf(50_000), settled: noSettlement });
    s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    at(s, '2026-12-01T02:00:00Z');
    expect(s.call('office', 'shifts.closePeriods', {})).toMatchObject({
      ok: false,
      error: { code: 'CLOSURE_SHIFT_OPEN', details: { businessDay: '2026-11-30' } },
    });
  });
});
