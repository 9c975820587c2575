import { existsSync } from 'node:fs';
import { openDatabase } from '../core/db/open';
import { asReadable } from '../core/db/statements';
import { verifyJournal } from '../core/journal/verify';

// npm run verify-journal -- <db file>: exit 0 when the chain holds, 1 naming the first bad row, 2 on misuse.
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error('用法 / usage: npm run verify-journal -- <database file>');
  process.exit(2);
}
const db = openDatabase(file, { readonly: true });
const result = verifyJournal(asReadable(db));
db.close();
if (result.ok) {
  console.log(
    `日志链完整 / journal intact: ${result.checked} rows, head #${result.headSeq} ${result.headHash ?? '-'}`,
  );
} else {
  const bad = result.firstBad;
  console.error(
    `日志链被篡改 / journal broken at row #${bad?.seq}: ${bad?.reason} (${result.checked} rows verified before it)`,
  );
  process.exit(1);
}
