import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportAudit } from '../core/audit/export';
import { createCore } from '../core/core';
import { verifyJournal } from '../core/journal/verify';
import { readStoreTimeZone } from '../core/modules/settings';
import { businessDay } from '../../shared/domain/business-day';

// npm run bench:audit: a busy day's trust figures on a fresh till: SALES sales in one shift, then the Z close
// (which signs the closure), the whole journal's verification, the day's auditor export and its checker run
// as an auditor would. One JSON line at the end.

const SALES = Number(process.env.BENCH_AUDIT_SALES ?? 5_000);
const PIN = '123456';
const dataDir = mkdtempSync(join(tmpdir(), 'counter-pos-bench-audit-'));
const core = createCore({
  dataDir,
  devices: false,
  printing: false,
  version: 'bench',
  validateOutputs: false,
});
const call = (channel: string, input: unknown): unknown => {
  const result = core.invoke('bench', { channel, input });
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
};
const seconds = (started: number): number => Number(((performance.now() - started) / 1000).toFixed(3));

try {
  call('setup.initialize', {
    storeName: '基准门店',
    terminalId: 'T01',
    adminName: '管理员',
    pin: PIN,
    language: 'zh-CN',
  });
  call('auth.login', { staffId: 1, pin: PIN });
  const towel = { kind: 'quantity', sku: 'MJ-0100', name: '纯棉毛巾', category: '家居', priceFen: 3_900 };
  const product = call('catalog.save', {
    product: { ...towel, barcodes: [], serialized: false, certificateNo: null, warrantyMonths: 0 },
  }) as { id: number };
  for (let left = SALES; left > 0; left -= 100_000) {
    call('catalog.receiveStock', { productId: product.id, quantity: Math.min(left, 100_000), note: '' });
  }
  call('shifts.open', { counts: [], note: null });
  let started = performance.now();
  for (let i = 0; i < SALES; i++) {
    call('sales.commit', {
      saleId: randomUUID(),
      cart: { lines: [{ kind: 'product', productId: product.id, quantity: 1 }] },
      tenders: [{ method: 'cash', amountFen: 3_900 }],
    });
    // the receipt is queued once the sale has answered, as between customers
    await new Promise((resolve) => setImmediate(resolve));
  }
  const salesSeconds = seconds(started);
  // every sale paid ￥39 in cash into an empty drawer
  call('shifts.closeCount', {
    counts: [{ denominationFen: 10_000, quantity: (SALES * 3_900) / 10_000 }],
    settled: { bankCard: 0, wechat: 0, alipay: 0 },
  });
  started = performance.now();
  call('shifts.close', { leftInFen: 0 });
  const zCloseSeconds = seconds(started);

  started = performance.now();
  const verification = verifyJournal(core.db, { publicKey: core.keys.publicKeySpki });
  const verifySeconds = seconds(started);
  if (!verification.ok) throw new Error(`the journal does not verify: ${verification.firstBad?.reason}`);

  const day = businessDay(new Date(), readStoreTimeZone(core.db));
  const folder = join(dataDir, 'audit');
  started = performance.now();
  const exported = exportAudit(core.db, { from: day, to: day, folder, keys: core.keys });
  const exportSeconds = seconds(started);
  started = performance.now();
  execFileSync(process.execPath, [join(folder, 'check.mjs'), folder]);
  const checkerSeconds = seconds(started);

  console.log(
    JSON.stringify({
      sales: SALES,
      journal_rows: verification.checked,
      sales_s: salesSeconds,
      z_close_s: zCloseSeconds,
      verify_s: verifySeconds,
      export_s: exportSeconds,
      export_bytes: exported.bytes,
      export_files: exported.files,
      checker_s: checkerSeconds,
    }),
  );
} finally {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}
