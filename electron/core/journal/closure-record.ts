import { createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from './canonical';

/**
 * Perpetual totals, carried from closure to closure since the journal's first row and recomputable from it
 * alone: sales (receipts), returns (refunds against a receipt, in an exchange or without one), same-day
 * voids, and old gold bought back (a purchase, counted apart). Net is sales − returns − voids; absolute is
 * |sales| + |returns| + |voids|, which a rewrite that moves money between them cannot keep.
 */
export interface Totals {
  salesCount: number;
  salesFen: number;
  returnsCount: number;
  returnsFen: number;
  voidsCount: number;
  voidsFen: number;
  buyBacksCount: number;
  buyBacksFen: number;
  netFen: number;
  absoluteFen: number;
}

export const NO_TOTALS: Totals = {
  salesCount: 0,
  salesFen: 0,
  returnsCount: 0,
  returnsFen: 0,
  voidsCount: 0,
  voidsFen: 0,
  buyBacksCount: 0,
  buyBacksFen: 0,
  netFen: 0,
  absoluteFen: 0,
};

/** The journal row types the totals count, and the payload field holding each one's amount. */
export const COUNTED_ROWS: Readonly<
  Record<string, { field: string; into: 'sales' | 'returns' | 'voids' | 'buyBacks' }>
> = {
  'sale.committed': { field: 'totalFen', into: 'sales' },
  'return.committed': { field: 'refundFen', into: 'returns' },
  'return.exchanged': { field: 'refundFen', into: 'returns' },
  'return.withoutReceipt': { field: 'refundFen', into: 'returns' },
  'sale.voided': { field: 'totalFen', into: 'voids' },
  'return.buyBack': { field: 'amountFen', into: 'buyBacks' },
};

/** Adds one journal row to running totals (in place); rows of other types leave them as they are. */
export function countRow(totals: Totals, type: string, payload: Record<string, unknown>): void {
  const counted = COUNTED_ROWS[type];
  if (!counted) return;
  const amount = payload[counted.field];
  if (typeof amount !== 'number') throw new Error(`${type} row without ${counted.field}`);
  totals[`${counted.into}Count`] += 1;
  totals[`${counted.into}Fen`] += amount;
  if (counted.into !== 'buyBacks') {
    totals.netFen += counted.into === 'sales' ? amount : -amount;
    totals.absoluteFen += Math.abs(amount);
  }
}

/** `later − earlier`, field by field: a period's totals from the perpetual ones at its two ends. */
export function totalsBetween(earlier: Totals, later: Totals): Totals {
  const out = { ...NO_TOTALS };
  for (const key of Object.keys(out) as (keyof Totals)[]) out[key] = later[key] - earlier[key];
  return out;
}

export type ClosureKind = 'day' | 'month' | 'year';

/** What a closure signs; its canonical JSON is the signed message, journaled whole. */
export interface ClosurePayload {
  v: 1;
  terminalId: string;
  closureNo: number;
  kind: ClosureKind;
  /** The business day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY), in the store's time zone. */
  period: string;
  /** The Z report a day closure is made by; null for months and years. */
  zNo: number | null;
  at: string;
  head: { seq: number; hash: string };
  previous: { closureNo: number; headSeq: number } | null;
  /** Since the previous closure of the same kind. */
  periodTotals: Totals;
  perpetual: Totals;
  keyId: string;
}

/** The journal row of a closure: the signed payload, its signature, and the public key the first time. */
export interface ClosureRow {
  payload: ClosurePayload;
  signature: string;
  keyId: string;
  publicKey?: string;
}

export const CLOSURE_ROW_TYPE = 'closure.signed';

/** The bytes signed: the payload's canonical JSON (sorted keys, integers only), as UTF-8. */
export const closureMessage = (payload: ClosurePayload): Buffer =>
  Buffer.from(canonicalJson(payload), 'utf8');

/** Whether `signature` (base64) is the Ed25519 signature of the payload by the key (SPKI DER base64). */
export function signatureHolds(payload: ClosurePayload, signature: string, publicKeySpki: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeySpki, 'base64'), format: 'der', type: 'spki' });
    return verify(null, closureMessage(payload), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
