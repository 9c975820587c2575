import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../core/db/open';
import { asReadable } from '../core/db/statements';
import { fileKeyVault, keyFileOf, readInstallKeys } from '../core/install-keys';
import { verifyJournal } from '../core/journal/verify';

// npm run verify-journal -- <db file> [--anchor <short hash from a Z report>]: exit 0 when the chain and its
// signed closures hold, 1 naming the first bad row and why, 2 on misuse.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { anchor: { type: 'string' } },
});
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error('用法 / usage: npm run verify-journal -- <database file> [--anchor <Z 报表链头短哈希>]');
  process.exit(2);
}
// the key file beside the database, when it is there, pins the key closures must be signed with
const keys = readInstallKeys(fileKeyVault(keyFileOf(file)));
const db = openDatabase(file, { readonly: true });
const result = verifyJournal(asReadable(db), { publicKey: keys?.publicKeySpki, anchor: values.anchor });
db.close();
const last = result.closures;
const signed = last
  ? `${last.count} signed closures, last #${last.closureNo} (${last.kind} ${last.period}) head #${last.headSeq} ${last.headHash.slice(0, 12)} key ${last.keyId}`
  : 'no signed closure yet';
if (result.ok) {
  console.log(
    `日志链完整 / journal intact: ${result.checked} rows, head #${result.headSeq} ${result.headHash ?? '-'}; ${signed}` +
      (keys ? '' : ' (no key file beside it: compare the key id with a printed Z report)'),
  );
} else {
  const bad = result.firstBad;
  console.error(
    `日志链被篡改 / journal broken at row #${bad?.seq}: ${bad?.reason} (${result.checked} rows verified before it; ${signed})`,
  );
  process.exit(1);
}
