import { createHash, sign } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, businessDay } from '../../../shared/domain/business-day';
import type { DocumentType } from '../../../shared/print/document-types';
import type { PrintContext } from '../../../shared/print/templates/template';
import { PAPER } from '../../../shared/print/paper';
import { renderText } from '../../../shared/print/render/text';
import { buildDocument } from '../../../shared/print/templates';
import type { InstallKeys } from '../install-keys';
import { canonicalJson } from '../journal/canonical';
import { chainedFields, type StoredRow } from '../journal/chain';
import { verifyJournal } from '../journal/verify';
import { readStoreTimeZone, readTerminalId } from '../modules/settings';
import { query, type ReadableDB } from '../db/statements';

/** The checker an auditor runs, copied into every export. */
export const CHECKER = join(dirname(fileURLToPath(import.meta.url)), 'check.mjs');

// Z reports (the paper that anchors the chain) get their paper's text beside their data. Other documents keep
// their data only: laying out a receipt's paper takes milliseconds, half a minute for a busy day's receipts.
const WITH_TEXT: ReadonlySet<string> = new Set(['zReport']);

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The instant a business day begins in the store's zone: the first minute whose day is `day`. */
function dayStarts(day: string, timeZone: string): Date {
  let before = Date.parse(`${day}T00:00:00Z`) - DAY_MS;
  let from = before + 2 * DAY_MS;
  while (from - before > MINUTE_MS) {
    const mid = before + Math.floor((from - before) / 2 / MINUTE_MS) * MINUTE_MS;
    if (businessDay(new Date(mid), timeZone) >= day) from = mid;
    else before = mid;
  }
  return new Date(from);
}

export interface AuditExport {
  folder: string;
  /** The journal rows exported: from just after the last closure's head before the range, to its end. */
  firstSeq: number;
  lastSeq: number;
  files: number;
  bytes: number;
  ok: boolean;
}

/**
 * Writes an auditor's export of the business days `from`–`to` (the store's zone) to `folder`: the journal
 * (JSONL, from the head of the last signed closure before the range, so the auditor can anchor it), the
 * closures with their signatures and the public key, the documents as printed (data, and a Z report's text),
 * a manifest of every file's SHA-256 signed with the terminal's key when the exporter has it, the checker
 * (check.mjs) and its verification report, with the whole file's own verification beside it.
 */
export function exportAudit(
  db: ReadableDB,
  request: { from: string; to: string; folder: string; keys: InstallKeys | null },
): AuditExport {
  const timeZone = readStoreTimeZone(db);
  const terminalId = readTerminalId(db);
  if (terminalId === null) throw new Error('the database is not set up: nothing to export');
  const start = dayStarts(request.from, timeZone).toISOString();
  const end = dayStarts(addDays(request.to, 1), timeZone).toISOString();
  const range = query(
    db,
    'SELECT min(seq) AS first, max(seq) AS last FROM journal WHERE at >= ? AND at < ?',
  ).get(start, end) as { first: number | null; last: number | null };
  if (range.first === null || range.last === null)
    throw new Error(`no journal rows from ${request.from} to ${request.to}`);
  const anchor = query(
    db,
    `SELECT closure_no AS closureNo, head_seq AS headSeq, head_hash AS headHash FROM closures
     WHERE journal_seq < ? ORDER BY closure_no DESC LIMIT 1`,
  ).get(range.first) as { closureNo: number; headSeq: number; headHash: string } | undefined;
  const firstSeq = anchor ? anchor.headSeq + 1 : 1;
  const { folder } = request;
  mkdirSync(join(folder, 'documents'), { recursive: true });
  const write = (file: string, content: string | Buffer): void => writeFileSync(join(folder, file), content);

  let journal = '';
  for (const row of query(
    db,
    'SELECT seq, at, type, actor_id, approver_id, payload, prev_hash, hash FROM journal WHERE seq >= ? AND seq <= ? ORDER BY seq',
  ).iterate(firstSeq, range.last) as IterableIterator<StoredRow>) {
    journal += `${JSON.stringify({ ...chainedFields(row), hash: row.hash })}\n`;
  }
  write('journal.jsonl', journal);
  const closures = query(
    db,
    `SELECT closure_no AS closureNo, kind, period, z_no AS zNo, head_seq AS headSeq, head_hash AS headHash,
            payload, signature, key_id AS keyId, journal_seq AS journalSeq
     FROM closures WHERE journal_seq >= ? AND journal_seq <= ? ORDER BY closure_no`,
  ).all(firstSeq, range.last) as { payload: string }[];
  write(
    'closures.json',
    JSON.stringify(
      closures.map((c) => ({ ...c, payload: JSON.parse(c.payload) as unknown })),
      null,
      2,
    ),
  );
  if (request.keys) {
    write(
      'public-key.json',
      JSON.stringify({ keyId: request.keys.keyId, spki: request.keys.publicKeySpki }, null, 2),
    );
  } else {
    write('public-key.json', JSON.stringify(recordedKey(db), null, 2));
  }
  writeDocuments(db, folder, start, end);
  const verification = verifyJournal(db, { publicKey: request.keys?.publicKeySpki });
  write('database-verification.json', JSON.stringify(verification, null, 2));
  copyFileSync(CHECKER, join(folder, 'check.mjs'));

  const files = Object.fromEntries(
    listFiles(folder).map((file) => [file, sha256(readFileBytes(folder, file))] as const),
  );
  const manifest = {
    format: 'counter-pos-audit/1',
    terminalId,
    timeZone,
    from: request.from,
    to: request.to,
    journal: { firstSeq, lastSeq: range.last, rangeFirstSeq: range.first },
    anchor: anchor
      ? { closureNo: anchor.closureNo, headSeq: anchor.headSeq, headHash: anchor.headHash }
      : null,
    files,
  };
  write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  if (request.keys) {
    write(
      'manifest.sig',
      sign(null, Buffer.from(canonicalJson(manifest)), request.keys.signingKey).toString('base64'),
    );
  }
  const checked = runChecker(folder);
  write('verification.txt', checked.text);
  const all = listFiles(folder);
  return {
    folder,
    firstSeq,
    lastSeq: range.last,
    files: all.length,
    bytes: all.reduce((total, file) => total + readFileBytes(folder, file).length, 0),
    ok: checked.ok && verification.ok,
  };
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

const readFileBytes = (folder: string, file: string): Buffer => readFileSync(join(folder, file));

/** The public key as the journal recorded it, for an export made without the terminal's key file. */
function recordedKey(db: ReadableDB): { keyId: string; spki: string } {
  const row = query(
    db,
    `SELECT json_extract(payload, '$.keyId') AS keyId, json_extract(payload, '$.publicKey') AS spki FROM journal
     WHERE type = 'closure.signed' AND json_extract(payload, '$.publicKey') IS NOT NULL ORDER BY seq DESC LIMIT 1`,
  ).get() as { keyId: string; spki: string } | undefined;
  if (!row) throw new Error('no closure has been signed yet: export with the key file beside the database');
  return row;
}

/** Every document queued in the range (copies left out), as its data and, for a Z report, its paper's text. */
function writeDocuments(db: ReadableDB, folder: string, start: string, end: string): void {
  const jobs = query(
    db,
    `SELECT document_type AS type, reference, data, context FROM print_jobs
     WHERE copy_of IS NULL AND created_at >= ? AND created_at < ? ORDER BY id`,
  ).iterate(start, end) as IterableIterator<{
    type: DocumentType;
    reference: string;
    data: string;
    context: string;
  }>;
  for (const job of jobs) {
    const dir = join(folder, 'documents', job.type);
    mkdirSync(dir, { recursive: true });
    const name = job.reference.replace(/[^\w.-]/g, '_');
    writeFileSync(join(dir, `${name}.json`), job.data);
    if (WITH_TEXT.has(job.type)) {
      const context = JSON.parse(job.context) as PrintContext;
      const paper = renderText(buildDocument(job.type, JSON.parse(job.data), context), PAPER[80].columns);
      writeFileSync(join(dir, `${name}.txt`), paper);
    }
  }
}

function listFiles(folder: string, under = folder): string[] {
  return readdirSync(under, { withFileTypes: true }).flatMap((entry) => {
    const path = join(under, entry.name);
    if (entry.isDirectory()) return listFiles(folder, path);
    const file = relative(folder, path).split('\\').join('/');
    return file === 'manifest.json' || file === 'manifest.sig' || file === 'verification.txt' ? [] : [file];
  });
}

/** Runs the copied checker as an auditor would, in plain Node: its output is the verification report. */
function runChecker(folder: string): { ok: boolean; text: string } {
  try {
    return {
      ok: true,
      text: execFileSync(process.execPath, [join(folder, 'check.mjs'), folder], { encoding: 'utf8' }),
    };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, text: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
