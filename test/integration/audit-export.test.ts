import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { afterCommit, cash, openShop, type Shop } from '../helpers/sales';
import { drawerOf } from '../helpers/shifts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const outcome = (p: Promise<{ stdout: string; stderr: string }>) =>
  p.then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      out: `${e.stdout}${e.stderr}`,
    }),
  );
// as `npm run export-audit` runs it, minus npx's start-up
const exportCli = (args: string[]) =>
  outcome(run(process.execPath, ['--import', 'tsx', 'electron/cli/export-audit.ts', ...args], { cwd: ROOT }));
// as an auditor runs it: plain node, from another folder, no packages
const checker = (folder: string) => outcome(run(process.execPath, ['check.mjs'], { cwd: folder }));

/** A day of trading closed by its Z report: a ￥39 towel and a ￥380 jade. The database file, closed. */
async function tradedDay(): Promise<string> {
  const s = (shop = openShop());
  s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
  s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
  s.ok('till', 'shifts.closeCount', {
    counts: drawerOf(91_900),
    settled: { bankCard: 0, wechat: 0, alipay: 0 },
  });
  s.ok('till', 'shifts.close', { leftInFen: 50_000 });
  await afterCommit();
  s.core.close();
  return s.core.databaseFile;
}

describe('the auditor export', () => {
  it('writes a day that its own checker passes, and fails once a file is tampered with', async () => {
    const db = await tradedDay();
    const folder = join(tempDir(), 'audit');
    const exported = await exportCli(['2026-11-23', '2026-11-23', '--db', db, '--out', folder]);
    expect(exported).toMatchObject({ code: 0, out: expect.stringContaining('exported and verified') });
    for (const file of [
      'journal.jsonl',
      'closures.json',
      'public-key.json',
      'manifest.json',
      'manifest.sig',
      'check.mjs',
      'verification.txt',
      'database-verification.json',
      'documents/receipt/T01-20261123-0001.json',
      'documents/receipt/T01-20261123-0002.json',
      'documents/zReport/Z000001.txt',
    ]) {
      expect(existsSync(join(folder, file)), file).toBe(true);
    }
    const z = readFileSync(join(folder, 'documents/zReport/Z000001.txt'), 'utf8');
    const closures = JSON.parse(readFileSync(join(folder, 'closures.json'), 'utf8')) as {
      headHash: string;
      keyId: string;
      payload: { perpetual: { netFen: number } };
    }[];
    expect(closures).toHaveLength(1);
    // ￥39 + ￥380
    expect(closures[0]?.payload.perpetual.netFen).toBe(41_900);
    expect(z).toContain(closures[0]?.headHash.slice(0, 12));

    const passed = await checker(folder);
    expect(passed.code).toBe(0);
    expect(passed.out).toMatch(/OK {3}chain/);
    expect(passed.out).toMatch(/OK {3}signatures: 1 closures/);
    expect(passed.out).toMatch(/OK {3}perpetual totals: .*net 41900 fen/);
    expect(passed.out).toMatch(/OK {3}numbering/);
    expect(readFileSync(join(folder, 'verification.txt'), 'utf8')).toBe(passed.out);

    const journal = join(folder, 'journal.jsonl');
    writeFileSync(
      journal,
      readFileSync(journal, 'utf8').replace('\\"totalFen\\":3900', '\\"totalFen\\":390'),
    );
    const failed = await checker(folder);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/FAIL files: changed or missing: journal.jsonl/);
    expect(failed.out).toMatch(/FAIL chain: row #\d+: its content does not match its hash/);
  });

  it('names a tampered document, and refuses to write into a folder that is not empty', async () => {
    const db = await tradedDay();
    const folder = join(tempDir(), 'audit');
    expect((await exportCli(['2026-11-23', '2026-11-23', '--db', db, '--out', folder])).code).toBe(0);
    const receipt = join(folder, 'documents/receipt/T01-20261123-0001.json');
    writeFileSync(receipt, readFileSync(receipt, 'utf8').replace('3900', '390'));
    expect(await checker(folder)).toMatchObject({
      code: 1,
      out: expect.stringMatching(
        /FAIL files: changed or missing: documents\/receipt\/T01-20261123-0001.json/,
      ),
    });
    expect(await exportCli(['2026-11-23', '2026-11-23', '--db', db, '--out', folder])).toMatchObject({
      code: 2,
      out: expect.stringContaining('is not empty'),
    });
    expect((await exportCli(['2026-11-24', '2026-11-23', '--db', db])).code).toBe(2);
  });
});
