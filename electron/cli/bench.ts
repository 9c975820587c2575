import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CartInput } from '../../shared/contract/sales';
import type { Stocktake } from '../../shared/contract/stocktake';
import { uuidV7 } from '../../shared/ids/uuid-v7';
import { createCore } from '../core/core';
import { lookupProduct, searchProducts } from '../core/modules/catalog';
import { APP_ROOT, appVersion } from './app-root';
import { BENCH_STAFF, buildDataset, ean13, HISTORIC_SALES, isComplete, PRODUCTS } from './bench/dataset';
import { stats, timed, type Stats } from './bench/measure';
import { buildRenderer, measureScanPaint } from './bench/scan-paint';

// npm run bench: barcode lookup, search per keystroke and the durable sale commit on a till-sized file
// (100,000 products, 1,000,000 past sales), each commit beside the floor of this disk measured in the same
// run: a one-row insert committed with synchronous=FULL. The file is built once into bench-data/ and reused.

const DATA_DIR = join(APP_ROOT, 'bench-data');
const FILE = join(DATA_DIR, 'bench.db');
const COMMITS = Number(process.env.BENCH_COMMITS ?? 2_000);
/** Sales made before the timed ones, untimed: compiled statements, warm pages and JIT-compiled code. */
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 200);
/** Scans timed in Chromium, after a few untimed ones. */
const SCANS = Number(process.env.BENCH_SCANS ?? 300);
const SCAN_WARM_UP = 20;
/** Tagged pieces scanned into the whole-store stocktake. */
const STOCKTAKE_SCANS = Number(process.env.BENCH_STOCKTAKE_SCANS ?? 5_000);
const RATES = {
  Au999: { sellFenPerGram: 61_200, buyBackFenPerGram: 56_000 },
  Au750: { sellFenPerGram: 47_000, buyBackFenPerGram: 42_000 },
  Pt950: { sellFenPerGram: 29_800, buyBackFenPerGram: 26_000 },
} as const;

/** What cashiers type, by the shape of the query; each is searched keystroke by keystroke. */
const TYPED = {
  han: [
    '足金手镯',
    '古法金吊坠',
    '和田玉平安扣',
    '青花瓷花瓶',
    '铂金戒指',
    '翡翠手镯',
    '紫砂茶壶',
    '转运珠',
    '纯棉毛巾',
  ],
  initials: ['zjsz', 'gfjdz', 'htypak', 'qhchp', 'bjjz', 'fcsz', 'zsch'],
  pinyin: ['shouzhuo', 'diaozhui', 'pingankou', 'xianglian', 'maojin', 'zhuanyunzhu', 'chahu'],
  // nothing in the catalog: rare characters, and letters no pinyin syllable starts with
  hanNone: ['鬣狗牙', '鳜鱼汤', '鼋鼍龟'],
  initialsNone: ['uvu', 'vuu'],
  pinyinNone: ['uang', 'iong'],
};

function keystrokes(): { shape: string; text: string }[] {
  const typed = (words: readonly string[], shape: (prefix: string) => string) =>
    words.flatMap((word) =>
      [...word]
        .map((_, i) => [...word].slice(0, i + 1).join(''))
        .map((text) => ({ shape: shape(text), text })),
    );
  const han = (suffix: string) => (text: string) =>
    `${[...text].length >= 3 ? '3+' : [...text].length} 字${suffix}`;
  return [
    ...typed(TYPED.han, han('')),
    ...typed(TYPED.initials, () => 'initials'),
    ...typed(TYPED.pinyin, () => 'full pinyin'),
    ...typed(TYPED.hanNone, han(', no hit')),
    ...typed(TYPED.initialsNone, () => 'initials, no hit'),
    ...typed(TYPED.pinyinNone, () => 'full pinyin, no hit'),
  ];
}

const ms = (value: number, digits = 3): string => value.toFixed(digits);
const log = (message: string): void => console.log(message);

function openDataset(): boolean {
  mkdirSync(DATA_DIR, { recursive: true });
  if (existsSync(FILE) && isComplete(FILE)) return false;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${FILE}${suffix}`, { force: true });
  log(`building ${FILE} …`);
  const started = performance.now();
  buildDataset(FILE, log);
  log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

const built = openDataset();
// other work on the machine slows the CPU-bound commit far more than the disk-bound floor: the run says so
const loadAtStart = loadavg()[0] as number;
const core = createCore({
  dataDir: DATA_DIR,
  databaseFile: FILE,
  devices: false,
  printing: false,
  version: appVersion(),
  // measured as the installed till runs: without the output check that tests and development keep
  validateOutputs: false,
});
const { db } = core;
const call = (session: string, channel: string, input: unknown) => {
  const result = core.invoke(session, { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
};
call('bench-admin', 'auth.login', { staffId: BENCH_STAFF.admin.id, pin: BENCH_STAFF.admin.pin });
call('bench-admin', 'goldRates.set', {
  rates: Object.entries(RATES).map(([purity, rate]) => ({ purity, ...rate })),
});
call('bench-till', 'auth.login', { staffId: 2, pin: BENCH_STAFF.cashier.pin });
// a sale is taken inside the terminal's open shift: opened once, untimed, as a cashier does before the day's
// first customer (a file reused from an earlier run may still have its shift open)
if (call('bench-till', 'shifts.current', {}) === null) {
  call('bench-till', 'shifts.open', { counts: [{ denominationFen: 10_000, quantity: 5 }], note: null });
}

// barcode lookup: the scan path's repo function, over 20,000 tags, measured warm (after passes over them,
// as at a till that has been open a while); the cold first pass is printed beside it
const codes = Array.from({ length: 20_000 }, (_, i) => ean13(1 + ((i * 7_919) % PRODUCTS)));
const barcodeCold = stats(codes.map((code) => timed(() => lookupProduct(db, code))));
codes.forEach((code) => lookupProduct(db, code));
const barcode = stats(codes.map((code) => timed(() => lookupProduct(db, code))));
const barcodeRouted = stats(
  codes
    .slice(0, 5_000)
    .map((code) => timed(() => core.invoke('bench-till', { channel: 'catalog.lookup', input: { code } }))),
);

// search as the cashier types
const strokes = keystrokes();
const hits = new Map(strokes.map(({ text }) => [text, searchProducts(db, text, { limit: 20 }).length]));
const bySearchShape = new Map<string, number[]>();
for (let round = 0; round < 60; round++) {
  for (const { shape, text } of strokes) {
    const samples = bySearchShape.get(shape) ?? [];
    bySearchShape.set(shape, samples);
    samples.push(timed(() => searchProducts(db, text, { limit: 20 })));
  }
}
const search = new Map([...bySearchShape].map(([shape, samples]) => [shape, stats(samples)]));
const missed = strokes.filter(({ shape, text }) => shape.includes('no hit') && hits.get(text) !== 0);
if (missed.length > 0) log(`warning: "no hit" queries found goods: ${missed.map((m) => m.text).join(', ')}`);

// the durable commit through the router, beside the one-row floor, interleaved so both see the same disk;
// the first WARM_UP pairs are run but not counted
const pieces = db
  .prepare(
    `SELECT p.id, p.purity FROM products p
     WHERE p.kind = 'weighed' AND p.serialized = 1
       AND p.on_hand = 1
     ORDER BY p.id DESC LIMIT ?`,
  )
  .all(WARM_UP + COMMITS) as { id: number; purity: keyof typeof RATES }[];
if (pieces.length < WARM_UP + COMMITS)
  throw new Error(`only ${pieces.length} unsold pieces left: delete ${FILE} to rebuild`);
const counted = db
  .prepare(`SELECT id FROM products WHERE kind = 'quantity' LIMIT 200`)
  .pluck()
  .all() as number[];
const floorInsert = db.prepare('INSERT INTO bench_floor (at) VALUES (?)');
const floorSamples: number[] = [];
const commitSamples: number[] = [];
const afterAnswer = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
for (const [i, piece] of pieces.entries()) {
  const cart: CartInput = {
    customerId: i % 2 === 0 ? 1 + ((i * 37) % 50_000) : null,
    lines: [
      { kind: 'product', productId: piece.id, goldRateFenPerGram: RATES[piece.purity].sellFenPerGram },
      { kind: 'product', productId: counted[i % counted.length] as number, quantity: 1 + (i % 2) },
    ],
  };
  const input = {
    // as the sale screen makes them: time-ordered
    saleId: uuidV7(Date.now(), randomBytes(16)),
    cart,
    tenders: [
      { method: 'wechat', amountFen: 10_000, reference: `4200${String(i).padStart(24, '0')}` },
      { method: 'cash', amountFen: 10_000_000 },
    ],
  };
  const floorNs = (): number => timed(() => floorInsert.run(new Date().toISOString()));
  let ok = false;
  const commitNs = (): number =>
    timed(() => (ok = core.invoke('bench-till', { channel: 'sales.commit', input }).ok));
  // the floor and the commit take turns going first, so neither always follows the other's disk work
  let floorTime: number;
  let commitTime: number;
  if (i % 2 === 0) {
    floorTime = floorNs();
    commitTime = commitNs();
  } else {
    commitTime = commitNs();
    floorTime = floorNs();
  }
  if (i >= WARM_UP) {
    floorSamples.push(floorTime);
    commitSamples.push(commitTime);
  }
  if (!ok)
    throw new Error(
      `commit ${i} failed: ${JSON.stringify(core.invoke('bench-till', { channel: 'sales.commit', input }))}`,
    );
  // untimed, as at a till between customers: the receipt and cards the commit queues once it has answered,
  // and (every 50 sales here) the WAL checkpoint the core runs when the till is idle
  await afterAnswer();
  if (i % 50 === 49) db.pragma('wal_checkpoint(PASSIVE)');
}
const floor = stats(floorSamples);
const commit = stats(commitSamples);

// scan → cart line painted, in Chromium against browser mode: counted goods (no weight to enter), each
// scanned once, from the newest back (the commits above sold the first of them)
log('measuring scan → cart line painted in Chromium …');
buildRenderer(APP_ROOT);
const scanCodes = db
  .prepare(
    `SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id
     WHERE p.kind = 'quantity' ORDER BY p.id DESC LIMIT ?`,
  )
  .pluck()
  .all(SCAN_WARM_UP + SCANS) as string[];
const scanPaintMs = await measureScanPaint({
  core,
  rendererDir: join(APP_ROOT, 'out', 'renderer'),
  cashier: BENCH_STAFF.cashier,
  codes: scanCodes,
  warmUp: SCAN_WARM_UP,
  linesPerCart: 5,
});
const scanPaint = stats(scanPaintMs.map((ms) => ms * 1e6));
/** Each commit beside the floor measured next to it: less sensitive to the disk's drift over the run. */
const pairRatio = stats(commitSamples.map((ns, i) => (ns / (floorSamples[i] as number)) * 1e6));

// a backup as at a close: the whole file copied with SQLite's backup API, then checked in the worker thread
// (integrity check, journal chain). The folder is set for this one backup only: the file is reused, and an
// hourly backup must not start in the middle of a later run's measurements.
log('measuring a backup and its check …');
const backupFolder = mkdtempSync(join(tmpdir(), 'counter-pos-bench-backup-'));
// signed in again: the measurements since may have outlasted the idle lock
call('bench-admin', 'auth.login', { staffId: BENCH_STAFF.admin.id, pin: BENCH_STAFF.admin.pin });
call('bench-till', 'auth.login', { staffId: 2, pin: BENCH_STAFF.cashier.pin });
call('bench-admin', 'backups.configure', { folder: backupFolder, keep: 1, staleHours: 72 });
core.backups.start('manual');
// the till sells on while the backup is copied and checked, as during the hourly one: counted goods, one a sale
const duringBackupSamples: number[] = [];
for (let i = 0; core.backups.running(); i++) {
  const input = {
    saleId: uuidV7(Date.now(), randomBytes(16)),
    cart: {
      customerId: null,
      lines: [{ kind: 'product', productId: counted[i % counted.length], quantity: 1 }],
    },
    tenders: [{ method: 'cash', amountFen: 10_000_000 }],
  };
  let ok = false;
  duringBackupSamples.push(
    timed(() => (ok = core.invoke('bench-till', { channel: 'sales.commit', input }).ok)),
  );
  if (!ok) throw new Error(`a commit during the backup failed`);
  await afterAnswer();
}
await core.backups.settled();
const duringBackup = stats(duringBackupSamples);
const { lastSuccess: backup, lastFailure: backupFailure } = core.backups.status();
call('bench-admin', 'backups.configure', { folder: null, keep: 30, staleHours: 72 });
rmSync(backupFolder, { recursive: true, force: true });
if (!backup) throw new Error(`the backup failed: ${JSON.stringify(backupFailure)}`);

// 盘点 of the whole store: the start freezes the books of every product (timed once), then tagged pieces are
// scanned through the router as the counting screens send them: most where the books have them (the
// stockroom), one in ten at the safe (a wrong place), one in ten sold long ago (still on the shelf). A count
// left open by an earlier run on the reused file is cancelled first; this one is cancelled at the end. A scan
// commits without waiting for the disk (its channel is not durable: a scan lost to a power cut is scanned again).
log('measuring a stocktake of the whole store …');
call('bench-admin', 'auth.login', { staffId: BENCH_STAFF.admin.id, pin: BENCH_STAFF.admin.pin });
call('bench-till', 'auth.login', { staffId: 2, pin: BENCH_STAFF.cashier.pin });
for (const open of (call('bench-admin', 'stocktake.list', {}) as Stocktake[]).filter(
  (s) => s.state === 'open',
)) {
  call('bench-admin', 'stocktake.cancel', { stocktakeId: open.id, reason: 'bench run' });
}
let stocktake: Stocktake | undefined;
const stocktakeStartNs = timed(
  () => (stocktake = call('bench-admin', 'stocktake.start', { scope: { kind: 'all' } }) as Stocktake),
);
const stocktakeId = (stocktake as Stocktake).id;
const pieceCodes = (sold: boolean, limit: number): string[] =>
  (
    db
      .prepare(`SELECT id FROM products WHERE serialized = 1 AND on_hand = ? ORDER BY id LIMIT ?`)
      .pluck()
      .all(sold ? 0 : 1, limit) as number[]
  ).map(ean13);
const onShelf = pieceCodes(false, STOCKTAKE_SCANS);
const soldLongAgo = pieceCodes(true, STOCKTAKE_SCANS / 10);
const stocktakeScanSamples: number[] = [];
for (const [i, code] of onShelf.entries()) {
  const sold = i % 10 === 9 ? soldLongAgo[Math.floor(i / 10)] : undefined;
  const input = { stocktakeId, placeId: i % 10 === 4 ? 2 : 1, code: sold ?? code };
  let ok = false;
  stocktakeScanSamples.push(
    timed(() => (ok = core.invoke('bench-till', { channel: 'stocktake.scan', input }).ok)),
  );
  if (!ok) throw new Error(`stocktake scan ${i} failed`);
  if (i % 500 === 499) await afterAnswer();
}
const stocktakeScan = stats(stocktakeScanSamples);
const stocktakeReportNs = timed(() => call('bench-till', 'stocktake.report', { stocktakeId }));
call('bench-admin', 'stocktake.cancel', { stocktakeId, reason: 'bench run' });
const loadAtEnd = loadavg()[0] as number;
core.close();

const row = (name: string, s: Stats, unit: 'ms' | 'µs' = 'ms'): string => {
  const scale = unit === 'µs' ? 1_000 : 1;
  return `${name.padEnd(28)} ${ms(s.p50 * scale).padStart(10)} ${ms(s.p99 * scale).padStart(10)} ${unit}   n=${s.n}`;
};
log(
  `\n${PRODUCTS.toLocaleString()} products, ${HISTORIC_SALES.toLocaleString()} past sales (${built ? 'built now' : 'reused'}): ${FILE}`,
);
log(`${'measure'.padEnd(28)} ${'p50'.padStart(10)} ${'p99'.padStart(10)}`);
log(row('barcode lookup (repo)', barcode, 'µs'));
log(row('barcode lookup, first pass', barcodeCold, 'µs'));
log(row('barcode lookup (router)', barcodeRouted, 'µs'));
for (const [shape, s] of search) log(row(`search ${shape}`, s));
log(row('floor: 1-row insert, FULL', floor));
log(row('sale commit (router)', commit));
log(
  `${'scan → cart line painted'.padEnd(28)} ${ms(scanPaint.p50, 1).padStart(10)} ${ms(scanPaint.p99, 1).padStart(10)} ms   n=${scanPaint.n}, p95 ${ms(scanPaint.p95, 1)} ms, max ${ms(scanPaint.max, 1)} ms (Chromium, target p99 ≤ 50)`,
);
log(
  `${'backup, then its check'.padEnd(28)} ${String(backup.backupMs).padStart(10)} ${String(backup.verifyMs).padStart(10)} ms   ${(backup.bytes / 1_048_576).toFixed(0)} MB`,
);
log(row('sale commit during backup', duringBackup));
log(row('stocktake scan (router)', stocktakeScan));
log(
  `${'stocktake start, report'.padEnd(28)} ${ms(stocktakeStartNs / 1e6, 1).padStart(10)} ${ms(stocktakeReportNs / 1e6, 1).padStart(10)} ms   whole store, ${(stocktake as Stocktake).expectedPieces.toLocaleString()} pieces expected (scan target p99 < 5 ms)`,
);
log(
  `commit / floor: p50 ${(commit.p50 / floor.p50).toFixed(2)}× (target ≤ 3), p99 ${(commit.p99 / floor.p99).toFixed(2)}× (target ≤ 4); median of per-sale ratios ${pairRatio.p50.toFixed(2)}×`,
);
const cores = availableParallelism();
if (Math.max(loadAtStart, loadAtEnd) > cores) {
  log(
    `warning: load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)} on ${cores} cores: other work shared the CPU, figures are inflated`,
  );
}

const searchP99 = Math.max(...[...search.values()].map((s) => s.p99));
console.log(
  JSON.stringify({
    commit_p50_ratio: Number((commit.p50 / floor.p50).toFixed(3)),
    commit_p99_ratio: Number((commit.p99 / floor.p99).toFixed(3)),
    barcode_p99_us: Number((barcode.p99 * 1_000).toFixed(2)),
    search_p99_ms: Number(searchP99.toFixed(4)),
    commit_p50_ms: Number(commit.p50.toFixed(4)),
    commit_p99_ms: Number(commit.p99.toFixed(4)),
    floor_p50_ms: Number(floor.p50.toFixed(4)),
    floor_p99_ms: Number(floor.p99.toFixed(4)),
    barcode_p50_us: Number((barcode.p50 * 1_000).toFixed(2)),
    scan_paint_p50_ms: Number(scanPaint.p50.toFixed(2)),
    scan_paint_p95_ms: Number(scanPaint.p95.toFixed(2)),
    scan_paint_p99_ms: Number(scanPaint.p99.toFixed(2)),
    scan_paint_max_ms: Number(scanPaint.max.toFixed(2)),
    scan_paint_n: scanPaint.n,
    backup_ms: backup.backupMs,
    backup_verify_ms: backup.verifyMs,
    backup_mb: Number((backup.bytes / 1_048_576).toFixed(1)),
    commit_during_backup_p50_ms: Number(duringBackup.p50.toFixed(4)),
    commit_during_backup_p99_ms: Number(duringBackup.p99.toFixed(4)),
    commits_during_backup: duringBackup.n,
    stocktake_scan_p50_ms: Number(stocktakeScan.p50.toFixed(4)),
    stocktake_scan_p99_ms: Number(stocktakeScan.p99.toFixed(4)),
    stocktake_scans: stocktakeScan.n,
    stocktake_start_ms: Number((stocktakeStartNs / 1e6).toFixed(1)),
    stocktake_report_ms: Number((stocktakeReportNs / 1e6).toFixed(1)),
    stocktake_expected_pieces: (stocktake as Stocktake).expectedPieces,
    barcode_router_p99_us: Number((barcodeRouted.p99 * 1_000).toFixed(2)),
    barcode_first_pass_p99_us: Number((barcodeCold.p99 * 1_000).toFixed(2)),
    search_p99_ms_by_shape: Object.fromEntries(
      [...search].map(([shape, s]) => [shape, Number(s.p99.toFixed(4))]),
    ),
    products: PRODUCTS,
    historic_sales: HISTORIC_SALES,
    commits: commit.n,
    warm_up_commits: WARM_UP,
    commit_pair_ratio_p50: Number(pairRatio.p50.toFixed(3)),
    load_avg_start: Number(loadAtStart.toFixed(2)),
    load_avg_end: Number(loadAtEnd.toFixed(2)),
    cores,
    dataset: built ? 'built' : 'reused',
  }),
);
