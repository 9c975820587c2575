import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportAudit } from '../core/audit/export';
import { DATABASE_FILE, defaultDataDir } from '../core/data-dir';
import { openDatabase } from '../core/db/open';
import { asReadable } from '../core/db/statements';
import { fileKeyVault, keyFileOf, readInstallKeys } from '../core/install-keys';

// npm run export-audit -- <from> <to> [--db <file>] [--out <folder>]: the business days from–to (YYYY-MM-DD,
// the store's time zone) into a folder an auditor checks with `node check.mjs`. Exit 0 when the export
// verifies, 1 when it was written but does not, 2 on misuse.
const usage = (problem: string): never => {
  console.error(
    `${problem}\n用法 / usage: npm run export-audit -- <from> <to> [--db <file>] [--out <folder>]`,
  );
  process.exit(2);
};
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, out: { type: 'string' } },
});
const [from, to] = positionals;
const day = /^\d{4}-\d{2}-\d{2}$/;
if (!from || !to || !day.test(from) || !day.test(to) || from > to)
  usage('日期有误 / dates must be YYYY-MM-DD, from ≤ to');
const file = values.db ?? join(defaultDataDir(), DATABASE_FILE);
if (!existsSync(file)) usage(`找不到数据库 / no database at ${file}`);
const folder = values.out ?? `audit-${from}-${to}`;
// an export is evidence: never mixed into, or written over, another one
if (existsSync(folder) && readdirSync(folder).length > 0) usage(`目标文件夹非空 / ${folder} is not empty`);

const keys = readInstallKeys(fileKeyVault(keyFileOf(file)));
const db = openDatabase(file, { readonly: true });
try {
  const started = performance.now();
  const result = exportAudit(asReadable(db), { from: from as string, to: to as string, folder, keys });
  const ms = Math.round(performance.now() - started);
  console.log(
    `${result.ok ? '已导出并校验 / exported and verified' : '已导出，但校验未通过 / exported, but it does NOT verify'}: ` +
      `${folder} — journal #${result.firstSeq}–#${result.lastSeq}, ${result.files} files, ${result.bytes} bytes, ${ms} ms` +
      (keys ? '' : ' (no key file beside the database: manifest unsigned)'),
  );
  console.log(`核对 / check: node ${join(folder, 'check.mjs')}`);
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  usage((error as Error).message);
} finally {
  db.close();
}
