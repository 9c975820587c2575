// A shift's money: what the drawer and each non-cash tender should hold, worked out from the shift's events.

/** Every way a customer pays or is paid back (the tenders of a sale, of a repair ticket …). */
export const TENDER_METHODS = ['cash', 'bankCard', 'wechat', 'alipay', 'storeCredit', 'points'] as const;
export type TenderMethod = (typeof TENDER_METHODS)[number];

/** The tenders counted at close besides cash: the card terminal's settlement, WeChat Pay, Alipay. */
export const SETTLED_TENDERS = ['bankCard', 'wechat', 'alipay'] as const;
export type SettledTender = (typeof SETTLED_TENDERS)[number];

/** CNY notes and coins in a till, largest first, in fen; the fen coins last. */
export const DENOMINATIONS_FEN = [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10, 5, 2, 1] as const;
export type DenominationFen = (typeof DENOMINATIONS_FEN)[number];

/** Fen coins: most stores round cash to the jiao (抹零) and keep none; a store that does not counts them. */
const FEN_COINS: ReadonlySet<number> = new Set([5, 2, 1]);

export const isFenCoin = (denominationFen: number): boolean => FEN_COINS.has(denominationFen);

/** The denominations a store's drawer is counted in. */
export const tillDenominations = (fenCoins: boolean): DenominationFen[] =>
  DENOMINATIONS_FEN.filter((fen) => fenCoins || !isFenCoin(fen));

/**
 * One movement of money in a shift, all amounts positive fen. `source` names where it came from (a sale, a
 * repair ticket …) for the reports; the arithmetic does not depend on it.
 * - received: paid by a customer; for cash, the notes handed over (change is its own event)
 * - changeGiven: cash handed back as change
 * - refunded: paid back to a customer (a void, a return, a cancelled deposit)
 */
export type TenderEvent =
  | { kind: 'float'; amountFen: number }
  | { kind: 'received'; method: TenderMethod; amountFen: number; source: string }
  | { kind: 'changeGiven'; amountFen: number; source: string }
  | { kind: 'refunded'; method: TenderMethod; amountFen: number; source: string }
  | { kind: 'paidIn'; amountFen: number }
  | { kind: 'paidOut'; amountFen: number }
  | { kind: 'safeDrop'; amountFen: number };

export interface CashExpected {
  floatFen: number;
  receivedFen: number;
  changeFen: number;
  refundedFen: number;
  paidInFen: number;
  paidOutFen: number;
  safeDropFen: number;
  /** float + received − change − refunded + paid-in − paid-out − safe drops */
  expectedFen: number;
}

export interface TenderExpected {
  method: Exclude<TenderMethod, 'cash'>;
  receivedFen: number;
  refundedFen: number;
  expectedFen: number;
}

export interface ExpectedAmounts {
  cash: CashExpected;
  /** Every non-cash tender, in TENDER_METHODS order, with zeros for one never used. */
  tenders: TenderExpected[];
}

/** What the drawer and each tender should hold after these events. Pure; any order of events. */
export function expectedAmounts(events: readonly TenderEvent[]): ExpectedAmounts {
  const cash = { floatFen: 0, receivedFen: 0, changeFen: 0, refundedFen: 0, paidInFen: 0, paidOutFen: 0 };
  let safeDropFen = 0;
  const other = new Map<TenderMethod, { receivedFen: number; refundedFen: number }>(
    TENDER_METHODS.map((method) => [method, { receivedFen: 0, refundedFen: 0 }]),
  );
  for (const event of events) {
    switch (event.kind) {
      case 'float':
        cash.floatFen += event.amountFen;
        break;
      case 'changeGiven':
        cash.changeFen += event.amountFen;
        break;
      case 'paidIn':
        cash.paidInFen += event.amountFen;
        break;
      case 'paidOut':
        cash.paidOutFen += event.amountFen;
        break;
      case 'safeDrop':
        safeDropFen += event.amountFen;
        break;
      case 'received':
        if (event.method === 'cash') cash.receivedFen += event.amountFen;
        else (other.get(event.method) as { receivedFen: number }).receivedFen += event.amountFen;
        break;
      case 'refunded':
        if (event.method === 'cash') cash.refundedFen += event.amountFen;
        else (other.get(event.method) as { refundedFen: number }).refundedFen += event.amountFen;
        break;
    }
  }
  const expectedFen =
    cash.floatFen +
    cash.receivedFen -
    cash.changeFen -
    cash.refundedFen +
    cash.paidInFen -
    cash.paidOutFen -
    safeDropFen;
  return {
    cash: { ...cash, safeDropFen, expectedFen },
    tenders: TENDER_METHODS.filter((method) => method !== 'cash').map((method) => {
      const { receivedFen, refundedFen } = other.get(method) as { receivedFen: number; refundedFen: number };
      return { method, receivedFen, refundedFen, expectedFen: receivedFen - refundedFen };
    }),
  };
}

/** The cash a count by denomination adds up to. */
export function countedCashFen(counts: readonly { denominationFen: number; quantity: number }[]): number {
  return counts.reduce((total, { denominationFen, quantity }) => total + denominationFen * quantity, 0);
}
