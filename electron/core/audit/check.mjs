#!/usr/bin/env node
// Counter POS audit export checker: node check.mjs [export folder] [--json]
//
// Plain Node (18 or later), no packages: an auditor checks an export without the app. It re-derives
// everything from the files and trusts none of the app's own conclusions:
//   - every file is the one the manifest lists (SHA-256), and the manifest carries the terminal's signature;
//   - the journal's hash chain, from the terminal's genesis or from a signed closure's head;
//   - each closure's Ed25519 signature with the public key, whose id is the first 32 hex digits of the
//     SHA-256 of its SPKI DER (compare it with the key id printed on a Z report), and the head it signs;
//   - the perpetual totals each closure signs, recomputed from the journal's rows;
//   - receipt and return numbers without gaps or repeats.
// Exit code 0 when every check holds, 1 naming what failed, 2 when the folder cannot be read.

import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

// The encoding the journal hashes and closures sign: sorted keys, no whitespace, integers only.
function canonical(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
      return String(value);
    case 'object':
      return `{${Object.keys(value)
        .sort()
        .filter((key) => value[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
        .join(',')}}`;
    default:
      throw new Error(`cannot encode ${typeof value}`);
  }
}

// Which rows move the perpetual totals, by how much, and into which of them.
const AMOUNTS = {
  'sale.committed': ['totalFen', 'sales'],
  'return.committed': ['refundFen', 'returns'],
  'return.exchanged': ['refundFen', 'returns'],
  'return.withoutReceipt': ['refundFen', 'returns'],
  'sale.voided': ['totalFen', 'voids'],
  'return.buyBack': ['amountFen', 'buyBacks'],
};
const ZERO = Object.fromEntries(
  ['sales', 'returns', 'voids', 'buyBacks']
    .flatMap((kind) => [`${kind}Count`, `${kind}Fen`])
    .concat(['netFen', 'absoluteFen'])
    .map((field) => [field, 0]),
);

function add(totals, type, payload) {
  const [field, kind] = AMOUNTS[type];
  const amount = payload[field];
  if (!Number.isSafeInteger(amount)) throw new Error(`${type} without ${field}`);
  totals[`${kind}Count`] += 1;
  totals[`${kind}Fen`] += amount;
  if (kind === 'buyBacks') return;
  totals.netFen += kind === 'sales' ? amount : -amount;
  totals.absoluteFen += Math.abs(amount);
}

export function checkFolder(folder) {
  const results = [];
  const note = (name, ok, detail) => results.push({ name, ok, detail });
  const read = (file) => readFileSync(join(folder, file));

  // files and the manifest's signature
  const manifest = JSON.parse(read('manifest.json').toString('utf8'));
  const key = JSON.parse(read('public-key.json').toString('utf8'));
  const spki = Buffer.from(key.spki, 'base64');
  const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  const keyId = sha256(spki).slice(0, 32);
  note(
    'public key',
    keyId === key.keyId,
    `key id ${keyId} (compare it with the key id printed on a Z report)`,
  );
  const changed = Object.entries(manifest.files).filter(
    ([file, hash]) => !existsSync(join(folder, file)) || sha256(read(file)) !== hash,
  );
  note(
    'files',
    changed.length === 0,
    changed.length === 0
      ? `${Object.keys(manifest.files).length} files as listed`
      : `changed or missing: ${changed.map(([file]) => file).join(', ')}`,
  );
  if (existsSync(join(folder, 'manifest.sig'))) {
    const signed = verify(
      null,
      Buffer.from(canonical(manifest)),
      publicKey,
      Buffer.from(read('manifest.sig').toString('utf8').trim(), 'base64'),
    );
    note('manifest signature', signed, signed ? 'signed by the terminal' : 'the manifest was changed');
  } else {
    note('manifest signature', true, 'unsigned (exported without the terminal key): rely on the closures');
  }

  // the chain
  const rows = read('journal.jsonl')
    .toString('utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
  const first = rows[0];
  let chain = null;
  if (!first) chain = 'the journal is empty';
  else if (manifest.anchor === null && first.seq !== 1)
    chain = `starts at #${first.seq} without a signed anchor`;
  else if (manifest.anchor !== null && first.seq !== manifest.anchor.headSeq + 1)
    chain = `starts at #${first.seq}, not after the anchor's head #${manifest.anchor.headSeq}`;
  const start =
    manifest.anchor === null
      ? sha256(`counter-pos/journal/genesis/${manifest.terminalId}`)
      : manifest.anchor.headHash;
  let prev = start;
  for (const [i, row] of rows.entries()) {
    if (chain) break;
    const fields = {
      seq: row.seq,
      at: row.at,
      type: row.type,
      actorId: row.actorId,
      approverId: row.approverId,
      payload: row.payload,
      prevHash: row.prevHash,
    };
    if (row.seq !== first.seq + i) chain = `row #${first.seq + i} is missing`;
    else if (row.prevHash !== prev) chain = `row #${row.seq}: its link to the row before is broken`;
    else if (sha256(canonical(fields)) !== row.hash)
      chain = `row #${row.seq}: its content does not match its hash`;
    prev = row.hash;
  }
  const last = rows.at(-1);
  note('chain', chain === null, chain ?? `${rows.length} rows #${first.seq}–#${last.seq}, head ${last.hash}`);

  // closures: signatures, heads and totals
  const closureRows = rows
    .filter((row) => row.type === 'closure.signed')
    .map((row) => JSON.parse(row.payload));
  const anchorClosure =
    manifest.anchor && closureRows.find((closure) => closure.payload.head.seq === manifest.anchor.headSeq);
  const problems = [];
  if (manifest.anchor && !anchorClosure)
    problems.push(`no closure signs the anchor #${manifest.anchor.headSeq}`);
  let running = { ...(anchorClosure ? anchorClosure.payload.perpetual : ZERO) };
  const heads = new Map([[first ? first.seq - 1 : 0, { hash: start, totals: { ...running } }]]);
  let lastOrdinary = first ? first.seq - 1 : 0;
  let verified = 0;
  let latest = null;
  for (const row of rows) {
    if (row.type !== 'closure.signed') {
      if (AMOUNTS[row.type]) add(running, row.type, JSON.parse(row.payload));
      lastOrdinary = row.seq;
      heads.set(row.seq, { hash: row.hash, totals: null });
      continue;
    }
    const { payload, signature } = JSON.parse(row.payload);
    const name = `closure #${payload.closureNo} (${payload.kind} ${payload.period})`;
    if (
      payload.keyId !== keyId ||
      !verify(null, Buffer.from(canonical(payload)), publicKey, Buffer.from(signature, 'base64'))
    ) {
      problems.push(`${name}: the signature does not hold`);
      continue;
    }
    verified++;
    latest = { name, payload };
    const head = heads.get(payload.head.seq);
    if (payload.head.seq < (first?.seq ?? 1) - 1) continue; // signs a head before the export: signature only
    if (!head || head.hash !== payload.head.hash) {
      problems.push(`${name}: the row it signs (#${payload.head.seq}) is not the journal's`);
      continue;
    }
    const totals = payload.head.seq === lastOrdinary ? running : head.totals;
    if (totals === null) problems.push(`${name}: signs row #${payload.head.seq}, where no closure was made`);
    else if (canonical(totals) !== canonical(payload.perpetual))
      problems.push(
        `${name}: signed perpetual net ${payload.perpetual.netFen}, the rows add up to ${totals.netFen}`,
      );
    heads.set(payload.head.seq, { hash: head.hash, totals: { ...payload.perpetual } });
  }
  note(
    'signatures',
    problems.length === 0 && !chain,
    problems.join('; ') || `${verified} closures signed by key ${keyId}`,
  );
  note(
    'perpetual totals',
    problems.length === 0 && !chain,
    latest
      ? `${latest.name}: net ${latest.payload.perpetual.netFen} fen, absolute ${latest.payload.perpetual.absoluteFen} fen, recomputed from the rows`
      : 'no closure in the export',
  );
  const listed = JSON.parse(read('closures.json').toString('utf8'));
  const unjournaled = listed.filter(
    (closure) => !closureRows.some((row) => row.signature === closure.signature),
  );
  note(
    'closures file',
    unjournaled.length === 0,
    unjournaled.length === 0
      ? `${listed.length} closures, each in the journal`
      : `not in the journal: ${unjournaled.map((c) => `#${c.closureNo}`).join(', ')}`,
  );

  // numbering
  const gaps = [];
  const byDay = new Map();
  let lastReturn = null;
  for (const row of rows) {
    const payload = AMOUNTS[row.type] ? JSON.parse(row.payload) : null;
    if (row.type === 'sale.committed') {
      const [, day, number] = payload.receiptNo.split('-');
      const previous = byDay.get(day);
      const n = Number(number);
      if (previous === undefined && n !== 1 && byDay.size > 0)
        gaps.push(`${payload.receiptNo} opens its day`);
      if (previous !== undefined && n !== previous + 1)
        gaps.push(`${payload.receiptNo} follows number ${previous}`);
      byDay.set(day, n);
    } else if (payload && typeof payload.returnNo === 'string') {
      const n = Number(payload.returnNo.split('-R').at(-1));
      if (lastReturn !== null && n !== lastReturn + 1)
        gaps.push(`${payload.returnNo} follows number ${lastReturn}`);
      lastReturn = n;
    }
  }
  note(
    'numbering',
    gaps.length === 0,
    gaps.join('; ') || `receipts of ${byDay.size} days and the returns run without gaps`,
  );
  return { ok: results.every((r) => r.ok), folder, results };
}

const invoked = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invoked) {
  const args = process.argv.slice(2);
  const folder = args.find((arg) => !arg.startsWith('--')) ?? dirname(fileURLToPath(import.meta.url));
  let report;
  try {
    report = checkFolder(folder);
  } catch (error) {
    console.error(`无法读取导出 / cannot read the export in ${folder}: ${error.message}`);
    process.exit(2);
  }
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else for (const r of report.results) console.log(`${r.ok ? 'OK  ' : 'FAIL'} ${r.name}: ${r.detail}`);
  process.exit(report.ok ? 0 : 1);
}
