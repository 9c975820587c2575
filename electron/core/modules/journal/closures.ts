import { sign } from 'node:crypto';
import {
  closureMessage,
  CLOSURE_ROW_TYPE,
  COUNTED_ROWS,
  countRow,
  NO_TOTALS,
  totalsBetween,
  type ClosureKind,
  type ClosurePayload,
  type ClosureRow,
  type Totals,
} from '../../journal/closure-record';
import type { SignedClosure } from '../../../../shared/contract/shifts';
import type { HandlerContext } from '../../router/context';
import { query, statement, type ReadableDB } from '../../db/statements';
import { readTerminalId } from '../settings';

interface StoredClosure {
  closureNo: number;
  period: string;
  headSeq: number;
  headHash: string;
  perpetual: string;
}

const CLOSURE_COLUMNS = `closure_no AS closureNo, period, head_seq AS headSeq, head_hash AS headHash, perpetual`;

const lastClosure = (db: ReadableDB, kind?: ClosureKind): StoredClosure | undefined =>
  (kind === undefined
    ? query(db, `SELECT ${CLOSURE_COLUMNS} FROM closures ORDER BY closure_no DESC LIMIT 1`).get()
    : query(
        db,
        `SELECT ${CLOSURE_COLUMNS} FROM closures WHERE kind = ? ORDER BY closure_no DESC LIMIT 1`,
      ).get(kind)) as StoredClosure | undefined;

const COUNTED_TYPES = Object.keys(COUNTED_ROWS);

/** The perpetual totals at journal row `headSeq`: the last closure's, plus the rows after its head. */
function perpetualAt(db: ReadableDB, headSeq: number): Totals {
  const last = lastClosure(db);
  const totals: Totals = last ? (JSON.parse(last.perpetual) as Totals) : { ...NO_TOTALS };
  const rows = query(
    db,
    `SELECT type, payload FROM journal WHERE seq > ? AND seq <= ? AND type IN (${COUNTED_TYPES.map(() => '?').join(', ')})`,
  ).iterate(last?.headSeq ?? 0, headSeq, ...COUNTED_TYPES) as IterableIterator<{
    type: string;
    payload: string;
  }>;
  for (const row of rows) countRow(totals, row.type, JSON.parse(row.payload) as Record<string, unknown>);
  return totals;
}

/**
 * Signs the journal's head `head` and the perpetual totals there with the terminal's key, journals the
 * signed payload (with the public key the first time it signs) and keeps it in `closures`. Inside the
 * caller's transaction.
 */
function signClosure(
  ctx: HandlerContext,
  request: { kind: ClosureKind; period: string; zNo: number | null; head: { seq: number; hash: string } },
): SignedClosure {
  const { db, keys } = ctx;
  const last = lastClosure(db);
  const sameKind = lastClosure(db, request.kind);
  const perpetual = perpetualAt(db, request.head.seq);
  const payload: ClosurePayload = {
    v: 1,
    terminalId: readTerminalId(db) as string,
    closureNo: (last?.closureNo ?? 0) + 1,
    kind: request.kind,
    period: request.period,
    zNo: request.zNo,
    at: ctx.now.toISOString(),
    head: request.head,
    previous: last ? { closureNo: last.closureNo, headSeq: last.headSeq } : null,
    periodTotals: totalsBetween(sameKind ? (JSON.parse(sameKind.perpetual) as Totals) : NO_TOTALS, perpetual),
    perpetual,
    keyId: keys.keyId,
  };
  const signature = sign(null, closureMessage(payload), keys.signingKey).toString('base64');
  const keyJournaled =
    query(db, 'SELECT 1 FROM closures WHERE key_id = ? LIMIT 1').get(keys.keyId) !== undefined;
  const row: ClosureRow = {
    payload,
    signature,
    keyId: keys.keyId,
    ...(keyJournaled ? {} : { publicKey: keys.publicKeySpki }),
  };
  const journalSeq = ctx.journal(CLOSURE_ROW_TYPE, { ...row });
  statement(
    db,
    `INSERT INTO closures (closure_no, kind, period, z_no, created_at, head_seq, head_hash, perpetual, payload,
                           signature, key_id, journal_seq)
     VALUES (@closureNo, @kind, @period, @zNo, @at, @headSeq, @headHash, @perpetual, @payload, @signature, @keyId,
             @journalSeq)`,
  ).run({
    closureNo: payload.closureNo,
    kind: payload.kind,
    period: payload.period,
    zNo: payload.zNo,
    at: payload.at,
    headSeq: payload.head.seq,
    headHash: payload.head.hash,
    perpetual: JSON.stringify(perpetual),
    payload: closureMessage(payload).toString('utf8'),
    signature,
    keyId: keys.keyId,
    journalSeq,
  });
  return {
    closureNo: payload.closureNo,
    kind: payload.kind,
    period: payload.period,
    headSeq: payload.head.seq,
    headHash: payload.head.hash,
    keyId: keys.keyId,
  };
}

/** Whether the file holds signatures by the terminal's key (which must then never be replaced by a new one). */
export const hasClosures = (db: ReadableDB): boolean =>
  query(db, 'SELECT 1 FROM closures LIMIT 1').get() !== undefined;

const nextMonth = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Closes every month and year that ended before `today` (a business day) and is not closed yet, from the
 * first one a Z report fell in. Each signs the head of the last closure before it: a month holds the Z
 * reports made in it. Nothing is closed before the first Z report.
 */
export function closeEndedPeriods(ctx: HandlerContext, today: string): SignedClosure[] {
  const { db } = ctx;
  const first = query(db, `SELECT period FROM closures WHERE kind = 'day' ORDER BY closure_no LIMIT 1`)
    .pluck()
    .get() as string | undefined;
  if (first === undefined) return [];
  const made: SignedClosure[] = [];
  const closePeriod = (kind: ClosureKind, period: string): void => {
    const head = lastClosure(db) as StoredClosure;
    made.push(
      signClosure(ctx, { kind, period, zNo: null, head: { seq: head.headSeq, hash: head.headHash } }),
    );
  };
  const lastMonth = lastClosure(db, 'month')?.period;
  for (let month = lastMonth ? nextMonth(lastMonth) : first.slice(0, 7); month < today.slice(0, 7);) {
    closePeriod('month', month);
    month = nextMonth(month);
  }
  const lastYear = lastClosure(db, 'year')?.period;
  for (
    let year = lastYear ? Number(lastYear) + 1 : Number(first.slice(0, 4));
    year < Number(today.slice(0, 4));
  ) {
    closePeriod('year', String(year));
    year++;
  }
  return made;
}

/**
 * The closures a Z report makes: first the months and years that ended before its business day, then its
 * own, signing `head` (the last journal row the report vouches for).
 */
export function closeDay(
  ctx: HandlerContext,
  z: { businessDay: string; zNo: number; head: { seq: number; hash: string } },
): SignedClosure {
  closeEndedPeriods(ctx, z.businessDay);
  return signClosure(ctx, { kind: 'day', period: z.businessDay, zNo: z.zNo, head: z.head });
}
