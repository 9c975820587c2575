import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../core/core';
import { asWritable } from '../../core/db/statements';
import { markSearchIndexCurrent, searchDocument } from '../../core/modules/catalog';
import { formatReceiptNumber } from '../../core/modules/sales';
import { productAt } from './names';

export const PRODUCTS = 100_000;
export const HISTORIC_SALES = 1_000_000;
const SALES_PER_DAY = 1_000;
const CUSTOMERS = 50_000;
/** Tagged pieces sold in the history; the rest stay on hand for the benchmark's own sales. */
const HISTORIC_PIECES = 30_000;

export const BENCH_STAFF = { admin: { id: 1, pin: '900001' }, cashier: { name: '收银员', pin: '1111' } };
export const BENCH_TERMINAL = 'T01';

/** A deterministic stream of numbers, so every build of the file is the same. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An EAN-13 with the Chinese prefix 69 and its check digit: product n's barcode. */
export function ean13(n: number): string {
  const body = `69${String(n).padStart(10, '0')}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

const uuidOf = (n: number): string => {
  const hex = createHash('md5').update(String(n)).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Sets up the store through the router, as a real till is: terminal, administrator, a cashier. */
function setUpStore(file: string): void {
  const core = createCore({ dataDir: dirname(file), databaseFile: file, devices: false, printing: false });
  const call = (channel: string, input: unknown): void => {
    const result = core.invoke('bench-setup', { channel, input });
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  call('setup.initialize', {
    storeName: '金福珠宝 南京东路店',
    terminalId: BENCH_TERMINAL,
    adminName: '陈静',
    pin: BENCH_STAFF.admin.pin,
    language: 'zh-CN',
  });
  call('auth.login', { staffId: BENCH_STAFF.admin.id, pin: BENCH_STAFF.admin.pin });
  call('staff.create', { name: BENCH_STAFF.cashier.name, role: 'cashier', pin: BENCH_STAFF.cashier.pin });
  core.close();
}

interface Catalog {
  /** Price (fen) of each product by id; weighed pieces priced at a typical rate. */
  price: Int32Array;
  /** The metal part of a weighed piece's price; 0 for the others. */
  metal: Int32Array;
  serialized: Uint8Array;
  kinds: ('fixed' | 'weighed' | 'quantity')[];
  names: string[];
}

function insertCatalog(db: Database.Database, at: string): Catalog {
  const next = random(1);
  const categories = new Map<string, number>();
  const addCategory = db.prepare('INSERT INTO categories (name) VALUES (?)');
  const product = db.prepare(
    `INSERT INTO products (id, sku, name, category_id, kind, price_fen, purity, weight_mg, labor_kind, labor_fen,
       serialized, certificate_no, warranty_months, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const barcode = db.prepare('INSERT INTO barcodes (code, product_id) VALUES (?, ?)');
  const search = db.prepare('INSERT INTO product_search (rowid, tokens) VALUES (?, ?)');
  const received = db.prepare(
    `INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, place_id)
     VALUES (?, ?, 'receipt', ?, ?, 1, 1)`,
  );
  const catalog: Catalog = {
    price: new Int32Array(PRODUCTS + 1),
    metal: new Int32Array(PRODUCTS + 1),
    serialized: new Uint8Array(PRODUCTS + 1),
    kinds: [],
    names: [],
  };
  // names repeat across tags of the same design: their search words are worked out once
  const tokens = new Map<string, string>();
  for (let id = 1; id <= PRODUCTS; id++) {
    const item = productAt(id);
    let categoryId = categories.get(item.category);
    if (categoryId === undefined) {
      categoryId = Number(addCategory.run(item.category).lastInsertRowid);
      categories.set(item.category, categoryId);
    }
    const sku = `${item.kind === 'weighed' ? 'G' : item.kind === 'fixed' ? 'J' : 'H'}-${String(id).padStart(6, '0')}`;
    const code = ean13(id);
    const weighed = item.kind === 'weighed';
    const weightMg = weighed ? 1_000 + Math.floor(next() * 39_000) : null;
    const priceFen = weighed
      ? null
      : 1_000 + Math.floor(next() * (item.kind === 'fixed' ? 2_000_000 : 50_000));
    const laborFen = weighed ? 800 + Math.floor(next() * 2_200) : null;
    product.run(
      id,
      sku,
      item.name,
      categoryId,
      item.kind,
      priceFen,
      item.purity,
      weightMg,
      weighed ? 'perGram' : null,
      laborFen,
      item.serialized ? 1 : 0,
      item.serialized ? `NGTC-${id}` : null,
      weighed ? 12 : item.kind === 'fixed' ? 24 : 0,
      at,
      at,
    );
    barcode.run(code, id);
    let words = tokens.get(item.name);
    if (words === undefined)
      tokens.set(item.name, (words = searchDocument({ name: item.name, barcodes: [], sku: '' })));
    search.run(id, `${words} ${code} ${sku}`);
    received.run(id, item.serialized ? 1 : 5_000, 'INIT', at);
    const metalFen = weighed ? Math.round(((weightMg as number) * 60_000) / 1_000) : 0;
    catalog.price[id] =
      priceFen ?? metalFen + Math.round(((weightMg as number) * (laborFen as number)) / 1_000);
    catalog.metal[id] = metalFen;
    catalog.serialized[id] = item.serialized ? 1 : 0;
    catalog.kinds[id] = item.kind;
    catalog.names[id] = item.name;
  }
  return catalog;
}

function insertCustomers(db: Database.Database, at: string): void {
  const customer = db.prepare(
    `INSERT INTO customers (id, phone, name, tier_id, registered_at, registered_by, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)`,
  );
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  for (let id = 1; id <= CUSTOMERS; id++) {
    const phone = `13${String(id * 7919)
      .padStart(9, '0')
      .slice(-9)}`;
    customer.run(
      id,
      phone,
      `${surnames[id % surnames.length]}${id % 2 ? '女士' : '先生'}`,
      1 + (id % 3),
      at,
      at,
    );
  }
}

/** A thousand sales a day going back a thousand days, bulk-inserted as the commit would have left them. */
function insertHistory(db: Database.Database, catalog: Catalog, today: Date): void {
  const next = random(2);
  const sale = db.prepare(
    `INSERT INTO sales (id, client_id, request_hash, receipt_no, terminal_id, business_day, committed_at, cashier_id,
       customer_id, subtotal_fen, line_discount_fen, member_discount_fen, order_discount_fen, trade_in_fen,
       total_fen, change_fen, points_earned, points_redeemed)
     VALUES (?, ?, ?, ?, ?, ?, ?, 2, ?, ?, 0, 0, 0, 0, ?, 0, ?, 0)`,
  );
  const line = db.prepare(
    `INSERT INTO sale_lines (sale_id, line_no, kind, product_id, sku, name, quantity, unit_price_fen, metal_fen,
       labor_fen, list_fen, gross_fen, line_discount_fen, member_discount_fen, order_discount_fen, net_fen)
     VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)`,
  );
  const payment = db.prepare(
    `INSERT INTO sale_payments (sale_id, payment_no, method, amount_fen, tendered_fen, reference, at)
     VALUES (?, 1, ?, ?, ?, ?, ?)`,
  );
  const movement = db.prepare(
    `INSERT INTO stock_movements (product_id, quantity, reason, reference, at, actor_id, place_id)
     VALUES (?, ?, 'sale', ?, ?, 2, ?)`,
  );
  const points = db.prepare(
    `INSERT INTO points_movements (customer_id, points, reason, sale_id, at) VALUES (?, ?, 'earned', ?, ?)`,
  );
  const counter = db.prepare(
    `INSERT INTO receipt_counters (terminal_id, business_day, last_number) VALUES (?, ?, ?)`,
  );
  const hash = '0'.repeat(64);
  const days = HISTORIC_SALES / SALES_PER_DAY;
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const quantityIds: number[] = [];
  const pieceIds: number[] = [];
  for (let id = 1; id <= PRODUCTS; id++) (catalog.serialized[id] ? pieceIds : quantityIds).push(id);
  const pieceEvery = Math.floor(HISTORIC_SALES / HISTORIC_PIECES);
  let piece = 0;
  for (let i = 0; i < HISTORIC_SALES; i++) {
    const dayIndex = Math.floor(i / SALES_PER_DAY);
    const number = (i % SALES_PER_DAY) + 1;
    // day by day up to yesterday, from 01:00 every 30 s: a day's receipts never spill into the next
    const dayStart = midnight - (days - dayIndex) * 86_400_000;
    const day = new Date(dayStart).toISOString().slice(0, 10);
    const at = new Date(dayStart + 3_600_000 + number * 30_000);
    const iso = at.toISOString();
    const receiptNo = formatReceiptNumber(BENCH_TERMINAL, day, number);
    const lines: { productId: number; quantity: number }[] = [];
    if (i % pieceEvery === 0 && piece < HISTORIC_PIECES)
      lines.push({ productId: pieceIds[piece++] as number, quantity: 1 });
    const extra = 1 + Math.floor(next() * 2);
    for (let k = 0; k < extra; k++) {
      lines.push({
        productId: quantityIds[Math.floor(next() * quantityIds.length)] as number,
        quantity: 1 + Math.floor(next() * 3),
      });
    }
    const total = lines.reduce((sum, l) => sum + (catalog.price[l.productId] as number) * l.quantity, 0);
    const customerId = next() < 0.3 ? 1 + Math.floor(next() * CUSTOMERS) : null;
    const earned = customerId === null ? 0 : Math.floor(total / 100);
    const saleId = i + 1;
    sale.run(saleId, uuidOf(i), hash, receiptNo, BENCH_TERMINAL, day, iso, customerId, total, total, earned);
    lines.forEach((l, k) => {
      const price = catalog.price[l.productId] as number;
      const amount = price * l.quantity;
      const kind = catalog.kinds[l.productId] as string;
      const metal = kind === 'weighed' ? (catalog.metal[l.productId] as number) : null;
      line.run(
        saleId,
        k + 1,
        kind,
        l.productId,
        catalog.names[l.productId],
        l.quantity,
        kind === 'weighed' ? null : price,
        metal,
        metal === null ? null : amount - metal,
        amount,
        amount,
        amount,
      );
      // out of the stockroom (place 1), into SOLD (4), as the sale's stock module writes it
      movement.run(l.productId, -l.quantity, receiptNo, iso, 1);
      movement.run(l.productId, l.quantity, receiptNo, iso, 4);
    });
    const method = (['wechat', 'alipay', 'cash', 'bankCard'] as const)[Math.floor(next() * 4)] as string;
    payment.run(
      saleId,
      method,
      total,
      method === 'cash' ? total : null,
      method === 'cash' ? null : `R${i}`,
      iso,
    );
    if (earned > 0) points.run(customerId, earned, saleId, iso);
    if (number === SALES_PER_DAY) counter.run(BENCH_TERMINAL, day, number);
  }
}

/**
 * Builds the benchmark's database: a store set up through the router, then 100,000 products and
 * 1,000,000 past sales bulk-inserted with prepared statements. The bulk load runs without a journal and
 * without syncing (a crash leaves no `complete` mark and the next run starts again); the file is switched
 * back to WAL at the end, as every till runs.
 */
export function buildDataset(file: string, log: (message: string) => void): void {
  setUpStore(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -1000000');
    db.pragma('foreign_keys = OFF');
    const at = new Date().toISOString();
    let started = performance.now();
    const catalog = db.transaction(() => insertCatalog(db, at))();
    log(`  ${PRODUCTS.toLocaleString()} products in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    db.transaction(() => {
      insertCustomers(db, at);
      insertHistory(db, catalog, new Date());
    })();
    log(
      `  ${HISTORIC_SALES.toLocaleString()} sales in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    started = performance.now();
    // one segment per index level: as a catalog import would leave it
    db.prepare(`INSERT INTO product_search (product_search) VALUES ('optimize')`).run();
    log(`  search index merged in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    markSearchIndexCurrent(asWritable(db));
    db.exec(`
      CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, at TEXT NOT NULL);
      CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO bench_meta (key, value) VALUES ('complete', '${PRODUCTS}/${HISTORIC_SALES}');
    `);
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** Whether the file holds a finished build of this size. */
export function isComplete(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT value FROM bench_meta WHERE key = 'complete'`).pluck().get() as
      string | undefined;
    return row === `${PRODUCTS}/${HISTORIC_SALES}`;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
