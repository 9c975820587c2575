// The torture's victim: a till core in its own process trading as fast as it can (sales with members and
// trade-ins, voids, returns, repair intakes with deposits) until the parent SIGKILLs it.
import { randomUUID } from 'node:crypto';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { ProductInput } from '../../shared/contract/catalog';
import { createCore } from '../../electron/core/core';
import { Random } from '../../electron/core/demo/random';
import { CHECKED_OUTPUTS } from '../helpers/core';
import { BANGLE_INTAKE } from '../helpers/repairs';
import { GOODS, RATES } from '../helpers/sales';
import { drawerOf } from '../helpers/shifts';

const [dataDir, seedText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: worker.ts <dataDir> <seed>');
const random = new Random(Number(seedText ?? 1));
// checkpoints often, so kills land in them too
const core = createCore({
  dataDir,
  version: 'torture',
  devices: false,
  printing: false,
  // as in every test, each answer is checked against its contract (see TestCoreOptions)
  ...CHECKED_OUTPUTS,
  checkpoints: { idleMs: 20, maxDelayMs: 100 },
});

function call<C extends ChannelName>(session: string, channel: C, input: ChannelInput<C>): ChannelOutput<C> {
  const result = core.invoke(session, { channel, input });
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.message}`), result.error);
  return result.value as ChannelOutput<C>;
}
/** A refusal the business rules give (a line already returned) is part of trading; anything else is not. */
function attempt(run: () => void): void {
  try {
    run();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === undefined || code === 'INTERNAL_ERROR') throw error;
  }
}

const ADMIN_PIN = '123456';
if (call('admin', 'app.status', {}).setupRequired) {
  call('admin', 'setup.initialize', {
    storeName: '折腾珠宝',
    terminalId: 'T01',
    adminName: '管理员',
    pin: ADMIN_PIN,
    language: 'zh-CN',
  });
  call('admin', 'auth.login', { staffId: 1, pin: ADMIN_PIN });
  call('admin', 'staff.create', { name: '王经理', role: 'manager', pin: '888888' });
  for (const key of ['towel', 'jade', 'pendant'] as const) {
    const id = call('admin', 'catalog.save', { product: GOODS[key] as ProductInput }).id;
    call('admin', 'catalog.receiveStock', { productId: id, quantity: 100_000, note: '' });
  }
  call('admin', 'goldRates.set', {
    rates: Object.entries(RATES).map(([purity, rate]) => ({
      purity: purity as keyof typeof RATES,
      sellFenPerGram: rate.sell,
      buyBackFenPerGram: rate.buyBack,
    })),
  });
  for (let i = 0; i < 5; i++)
    call('admin', 'customers.register', { phone: `1390000000${i}`, name: `会员${i}` });
}

const M = 'manager';
call(M, 'auth.login', { staffId: 2, pin: '888888' });
attempt(() => call(M, 'shifts.open', { counts: drawerOf(50_000), note: null }));
const productId = (sku: string): number =>
  core.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(sku) as number;
const ids = {
  towel: productId(GOODS.towel.sku),
  jade: productId(GOODS.jade.sku),
  pendant: productId(GOODS.pendant.sku),
};
const members = core.db.prepare('SELECT id FROM customers').pluck().all() as number[];
const promisedOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

function sell(): void {
  const lines: ChannelInput<'sales.quote'>['cart']['lines'] = [
    { kind: 'product', productId: ids.towel, quantity: random.int(1, 3) },
  ];
  if (random.chance(0.5)) lines.push({ kind: 'product', productId: ids.jade, quantity: 2 });
  if (random.chance(0.4)) {
    lines.push({
      kind: 'product',
      productId: ids.pendant,
      weightMg: random.step(1_000, 5_000, 10),
      goldRateFenPerGram: RATES.Au750.sell,
    });
  }
  // old gold against the jade pair (￥760): at most a gram, ￥560 at the buy-back rate
  if (lines.length > 1 && random.chance(0.5)) {
    lines.push({
      kind: 'tradeIn',
      purity: 'Au999',
      weightMg: random.step(200, 1_000, 10),
      buyBackFenPerGram: RATES.Au999.buyBack,
      description: '旧金戒指',
    });
  }
  const cart = { customerId: random.chance(0.6) ? random.pick(members) : null, lines };
  const { totalFen } = call(M, 'sales.quote', { cart });
  const tenders = [{ method: 'cash' as const, amountFen: Math.ceil(totalFen / 10_000) * 10_000 }];
  call(M, 'sales.commit', { saleId: randomUUID(), cart, tenders });
}

const lastSale = core.db.prepare(
  `SELECT receipt_no FROM sales WHERE state = 'committed'
   AND id NOT IN (SELECT sale_id FROM return_lines WHERE sale_id IS NOT NULL) ORDER BY id DESC LIMIT 1`,
);
const returnable = core.db.prepare(
  `SELECT s.receipt_no AS receiptNo, l.line_no AS lineNo FROM sales s JOIN sale_lines l ON l.sale_id = s.id
   WHERE s.state = 'committed' AND l.kind = 'quantity' AND l.product_id = ?
     AND NOT EXISTS (SELECT 1 FROM return_lines r WHERE r.sale_id = s.id AND r.sale_line_no = l.line_no)
   ORDER BY s.id DESC LIMIT 1`,
);

const OPERATIONS: [number, () => void][] = [
  [0.6, sell],
  [
    0.1,
    () => {
      const receiptNo = lastSale.pluck().get() as string | undefined;
      if (receiptNo) call(M, 'sales.void', { receiptNo, reason: '顾客改变主意' });
    },
  ],
  [
    0.15,
    () => {
      const line = returnable.get(ids.towel) as { receiptNo: string; lineNo: number } | undefined;
      if (!line) return;
      call(M, 'returns.commit', {
        returnId: randomUUID(),
        receiptNo: line.receiptNo,
        lines: [{ lineNo: line.lineNo, tagIntact: true, reason: 'changedMind', decision: 'restock' }],
      });
    },
  ],
  [
    0.15,
    () =>
      call(M, 'repairs.intake', {
        ...BANGLE_INTAKE,
        customerId: random.pick(members),
        promisedOn,
        deposit: { amountFen: 5_000, tenders: [{ method: 'cash', amountFen: 5_000 }] },
      }),
  ],
];

function step(): void {
  let roll = random.next();
  const operation = OPERATIONS.find(([share]) => (roll -= share) < 0)?.[1] ?? sell;
  attempt(operation);
  // back to the event loop between calls, as IPC gives it: the checkpointer's timers run
  setImmediate(step);
}
console.log('ready');
step();
