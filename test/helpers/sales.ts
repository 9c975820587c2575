import { randomUUID } from 'node:crypto';
import type { ChannelInput, Envelope, ChannelOutput } from '../../shared/contract';
import type { ProductInput } from '../../shared/contract/catalog';
import type { CartInput } from '../../shared/contract/sales';
import { openStaffedTill, type TestCoreOptions } from './core';
import { openShift } from './shifts';

type Tenders = ChannelInput<'sales.commit'>['tenders'];

const common = { category: '黄金', barcodes: [], serialized: false, certificateNo: null, warrantyMonths: 0 };

/** The goods of a small jewelry store, one of each kind the counter sells. */
export const GOODS = {
  /** A tagged gold bangle: weighed, one piece, with a certificate and a year's warranty. */
  bangle: {
    ...common,
    kind: 'weighed',
    sku: 'JZ-0001',
    name: '足金古法手镯',
    barcodes: ['6901234567890'],
    purity: 'Au999',
    weightMg: 20_150,
    laborFee: { kind: 'perGram', fen: 1_500 },
    serialized: true,
    certificateNo: 'NGTC-2026-118',
    warrantyMonths: 12,
  },
  /** 18K pendants sold from a tray, weighed at the counter, with a per-piece labor fee. */
  pendant: {
    ...common,
    kind: 'weighed',
    sku: 'DZ-0750',
    name: '18K金吊坠',
    purity: 'Au750',
    weightMg: null,
    laborFee: { kind: 'perPiece', fen: 38_000 },
  },
  vase: {
    ...common,
    kind: 'fixed',
    sku: 'CP-0007',
    name: '青花瓷瓶',
    category: '家居',
    priceFen: 128_000,
    serialized: true,
  },
  jade: {
    ...common,
    kind: 'fixed',
    sku: 'YP-0001',
    name: '和田玉平安扣',
    category: '玉器',
    priceFen: 38_000,
    warrantyMonths: 24,
  },
  towel: {
    ...common,
    kind: 'quantity',
    sku: 'MJ-0100',
    name: '纯棉毛巾',
    category: '家居',
    priceFen: 3_900,
  },
} satisfies Record<string, ProductInput>;

export const RATES = {
  Au999: { sell: 61_200, buyBack: 56_000 },
  Au750: { sell: 47_000, buyBack: 42_000 },
};

const STOCK: Record<keyof typeof GOODS, number> = { bangle: 1, pendant: 5, vase: 1, jade: 3, towel: 10 };

/**
 * A staffed store with the goods above in stock and today's gold rates set, 张三 signed in at the till
 * (session 'till') with the terminal's shift open on a ￥500 float (unless `shift: false`), and 王经理 in the
 * back office (session 'office').
 */
export function openShop(options: TestCoreOptions & { shift?: boolean } = {}) {
  const { shift = true, ...coreOptions } = options;
  const till = openStaffedTill(coreOptions);
  const ids = {} as Record<keyof typeof GOODS, number>;
  for (const [key, product] of Object.entries(GOODS) as [keyof typeof GOODS, ProductInput][]) {
    ids[key] = till.ok('admin', 'catalog.save', { product }).id;
    till.ok('admin', 'catalog.receiveStock', { productId: ids[key], quantity: STOCK[key], note: '' });
  }
  till.ok('admin', 'goldRates.set', {
    rates: Object.entries(RATES).map(([purity, rate]) => ({
      purity: purity as keyof typeof RATES,
      sellFenPerGram: rate.sell,
      buyBackFenPerGram: rate.buyBack,
    })),
  });
  till.ok('till', 'auth.login', { staffId: till.ids.zhang, pin: '1111' });
  till.ok('office', 'auth.login', { staffId: till.ids.wang, pin: '888888' });
  if (shift) openShift(till.core, 'till');

  const line = {
    bangle: () => ({ kind: 'product' as const, productId: ids.bangle, goldRateFenPerGram: RATES.Au999.sell }),
    pendant: (weightMg: number) => ({
      kind: 'product' as const,
      productId: ids.pendant,
      weightMg,
      goldRateFenPerGram: RATES.Au750.sell,
    }),
    vase: () => ({ kind: 'product' as const, productId: ids.vase }),
    jade: (quantity = 1) => ({ kind: 'product' as const, productId: ids.jade, quantity }),
    towel: (quantity = 1) => ({ kind: 'product' as const, productId: ids.towel, quantity }),
  };

  /** Commits a cart as 张三 with a fresh sale id; `saleId` repeats one. */
  const commit = (
    cart: CartInput,
    tenders: Tenders,
    options: { saleId?: string; approvalId?: string; session?: string } = {},
  ): Envelope<ChannelOutput<'sales.commit'>> =>
    till.call(
      options.session ?? 'till',
      'sales.commit',
      { saleId: options.saleId ?? randomUUID(), cart, tenders },
      options.approvalId,
    );

  /** Commits a cart and returns the whole sale as `sales.get` gives it. */
  const sell = (cart: CartInput, tenders: Tenders, saleId?: string): ChannelOutput<'sales.get'> => {
    const result = commit(cart, tenders, { saleId });
    if (!result.ok) throw new Error(`sale failed: ${result.error.code} ${result.error.message}`);
    return till.ok('till', 'sales.get', { receiptNo: result.value.receiptNo });
  };

  const onHand = (key: keyof typeof GOODS): number =>
    till.ok('till', 'catalog.lookup', { code: GOODS[key].sku }).onHand;

  /** The journal rows of one type, payloads decoded. */
  const journal = (type: string) =>
    (
      till.core.db.prepare('SELECT * FROM journal WHERE type = ? ORDER BY seq').all(type) as {
        actor_id: number | null;
        approver_id: number | null;
        payload: string;
      }[]
    ).map((row) => ({ ...row, payload: JSON.parse(row.payload) as Record<string, unknown> }));

  return { ...till, products: ids, line, commit, sell, onHand, journal };
}

export type Shop = ReturnType<typeof openShop>;

export const cash = (amountFen: number) => ({ method: 'cash' as const, amountFen });

/** Lets the work a commit leaves for after its answer (queueing the receipt) run. */
export const afterCommit = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
