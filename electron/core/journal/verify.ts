import type { JournalVerification } from '../../../shared/contract/journal';
import { keyIdOf } from '../install-keys';
import { genesisHash, storedRowHash, type StoredRow } from './chain';
import {
  CLOSURE_ROW_TYPE,
  COUNTED_ROWS,
  countRow,
  NO_TOTALS,
  signatureHolds,
  totalsBetween,
  type ClosureRow,
  type Totals,
} from './closure-record';
import { canonicalJson } from './canonical';
import { query, type ReadableDB } from '../db/statements';

export interface VerifyOptions {
  /**
   * The terminal's public key (SPKI DER base64) when the verifier has it from outside the file (the running
   * till, the key file beside a copy): closures must be signed by it. Without it, by the key they record.
   */
  publicKey?: string;
  /** The head's short hash as printed on a Z report: some closure must sign a head beginning with it. */
  anchor?: string;
}

type Problem = NonNullable<JournalVerification['firstBad']>['kind'];
type Closures = JournalVerification['closures'];

const short = (hash: string): string => hash.slice(0, 12);

class Failure extends Error {
  constructor(
    readonly seq: number,
    readonly kind: Problem,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * The closures met along the chain: each one's signature, the head it signs, its place in the closures'
 * own numbering and its totals against the journal's rows, recomputed as the walk goes.
 */
class ClosureCheck {
  count = 0;
  last: {
    closureNo: number;
    headSeq: number;
    headHash: string;
    keyId: string;
    kind: string;
    period: string;
  } | null = null;
  private readonly totals: Totals = { ...NO_TOTALS };
  private readonly keys = new Map<string, string>();
  /** Where closures were made: heads a later month's or year's closure may sign again. */
  private readonly heads = new Map<number, { hash: string; totals: Totals }>();
  private readonly lastByKind = new Map<string, Totals>();
  private ordinary: { seq: number; hash: string } | null = null;
  private readonly signedHeads: string[] = [];

  constructor(private readonly pinnedKey: string | undefined) {}

  row(row: StoredRow): void {
    if (row.type === CLOSURE_ROW_TYPE) return this.closure(row);
    if (COUNTED_ROWS[row.type]) {
      try {
        countRow(this.totals, row.type, JSON.parse(row.payload) as Record<string, unknown>);
      } catch {
        throw new Failure(row.seq, 'totals', `row #${row.seq} (${row.type}) has no amount to count`);
      }
    }
    this.ordinary = { seq: row.seq, hash: row.hash };
  }

  private closure(row: StoredRow): void {
    const { payload, signature, keyId, publicKey } = JSON.parse(row.payload) as ClosureRow;
    const name = `closure #${payload.closureNo} (${payload.kind} ${payload.period})`;
    const fail = (kind: Problem, reason: string): never => {
      throw new Failure(row.seq, kind, reason);
    };
    if (publicKey !== undefined) {
      if (keyIdOf(Buffer.from(publicKey, 'base64')) !== keyId)
        fail('signature', `${name}: its public key is not key ${keyId}`);
      this.keys.set(keyId, publicKey);
    }
    const key = this.keys.get(keyId);
    if (key === undefined)
      fail('signature', `${name} is signed by key ${keyId}, which the journal never recorded`);
    if (this.pinnedKey !== undefined && key !== this.pinnedKey) {
      fail('signature', `${name} is signed by key ${keyId}, not by this terminal's key`);
    }
    if (payload.keyId !== keyId || !signatureHolds(payload, signature, key as string)) {
      fail('signature', `${name}: the signature does not hold, the signed payload was changed`);
    }
    if (payload.closureNo !== this.count + 1) fail('rewritten', `${name} follows closure #${this.count}`);
    const previous = this.last && { closureNo: this.last.closureNo, headSeq: this.last.headSeq };
    if (canonicalJson(payload.previous) !== canonicalJson(previous)) {
      fail('rewritten', `${name} names a previous closure the journal does not have`);
    }
    const at =
      this.ordinary?.seq === payload.head.seq
        ? { hash: this.ordinary.hash, totals: { ...this.totals } }
        : this.heads.get(payload.head.seq);
    if (at === undefined)
      fail('rewritten', `CHAIN REWRITTEN: ${name} signs row #${payload.head.seq}, no head`);
    const head = at as { hash: string; totals: Totals };
    if (head.hash !== payload.head.hash) {
      fail(
        'rewritten',
        `CHAIN REWRITTEN: ${name} signed row #${payload.head.seq} as ${short(payload.head.hash)}, the journal now has ${short(head.hash)}`,
      );
    }
    if (canonicalJson(payload.perpetual) !== canonicalJson(head.totals)) {
      fail(
        'totals',
        `${name}: signed perpetual net ${payload.perpetual.netFen} fen, the journal's rows add up to ${head.totals.netFen}`,
      );
    }
    const period = totalsBetween(this.lastByKind.get(payload.kind) ?? NO_TOTALS, head.totals);
    if (canonicalJson(payload.periodTotals) !== canonicalJson(period)) {
      fail('totals', `${name}: the signed totals of the period differ from the journal's`);
    }
    this.heads.set(payload.head.seq, head);
    this.lastByKind.set(payload.kind, head.totals);
    this.signedHeads.push(payload.head.hash);
    this.count++;
    this.last = {
      closureNo: payload.closureNo,
      headSeq: payload.head.seq,
      headHash: payload.head.hash,
      keyId,
      kind: payload.kind,
      period: payload.period,
    };
  }

  anchored(anchor: string): boolean {
    const prefix = anchor.trim().toLowerCase();
    return prefix.length > 0 && this.signedHeads.some((hash) => hash.startsWith(prefix));
  }

  summary(): Closures {
    return this.last && { count: this.count, ...this.last };
  }
}

const hasTable = (db: ReadableDB, name: string): boolean =>
  query(db, `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;

/**
 * A cut tail: the file keeps closures (in their own table, and printed on Z reports) whose journal rows are
 * no longer there. Rows deleted after the last closure that also took those records leave no trace in the
 * file; the printed head (`anchor`) and a head office's copy are what catch that.
 */
function cutTail(db: ReadableDB, journaled: number, headSeq: number): Failure | null {
  if (hasTable(db, 'closures')) {
    const kept = query(
      db,
      `SELECT closure_no AS closureNo, kind, period, journal_seq AS journalSeq FROM closures
       WHERE closure_no > ? ORDER BY closure_no LIMIT 1`,
    ).get(journaled) as { closureNo: number; kind: string; period: string; journalSeq: number } | undefined;
    if (kept) {
      return new Failure(
        kept.journalSeq,
        'cutTail',
        `CUT TAIL: closure #${kept.closureNo} (${kept.kind} ${kept.period}) was journaled as row #${kept.journalSeq}, the journal now ends at #${headSeq}`,
      );
    }
  }
  const printed = query(
    db,
    `SELECT z_no AS zNo, json_extract(report, '$.closure.closureNo') AS closureNo FROM z_reports
     WHERE json_extract(report, '$.closure.closureNo') > ? ORDER BY z_no LIMIT 1`,
  ).get(journaled) as { zNo: number; closureNo: number } | undefined;
  if (printed) {
    return new Failure(
      headSeq + 1,
      'cutTail',
      `CUT TAIL: Z report ${printed.zNo} printed closure #${printed.closureNo}, the journal holds ${journaled} closures`,
    );
  }
  return null;
}

/**
 * Walks the chain from genesis and names the first row that does not follow from the one before; checks
 * every signed closure (signature, the head it signs, its totals against the rows) and that no closure the
 * file otherwise knows of has been cut off the end.
 */
export function verifyJournal(db: ReadableDB, options: VerifyOptions = {}): JournalVerification {
  const terminal = query(db, 'SELECT terminal_id FROM terminal').get() as { terminal_id: string } | undefined;
  let prevHash = terminal ? genesisHash(terminal.terminal_id) : null;
  let expectedSeq = 1;
  let checked = 0;
  const closures = new ClosureCheck(options.publicKey);
  const fail = (seq: number, kind: Problem, reason: string): JournalVerification => ({
    ok: false,
    checked,
    headSeq: expectedSeq - 1,
    headHash: prevHash,
    closures: closures.summary(),
    firstBad: { seq, kind, reason },
  });
  try {
    for (const row of query(
      db,
      'SELECT seq, at, type, actor_id, approver_id, payload, prev_hash, hash FROM journal ORDER BY seq',
    ).iterate() as IterableIterator<StoredRow>) {
      if (prevHash === null) return fail(row.seq, 'chain', 'no terminal id: the chain has no genesis');
      if (row.seq !== expectedSeq)
        return fail(expectedSeq, 'chain', `row ${expectedSeq} is missing (next is ${row.seq})`);
      if (row.prev_hash !== prevHash) return fail(row.seq, 'chain', 'previous-hash link is broken');
      if (storedRowHash(row) !== row.hash) return fail(row.seq, 'chain', 'content does not match its hash');
      closures.row(row);
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    const cut = cutTail(db, closures.count, expectedSeq - 1);
    if (cut) throw cut;
    if (options.anchor !== undefined && !closures.anchored(options.anchor)) {
      throw new Failure(
        expectedSeq,
        'cutTail',
        `CUT TAIL: no closure in this journal signs the head ${options.anchor} printed on the Z report`,
      );
    }
  } catch (error) {
    if (error instanceof Failure) return fail(error.seq, error.kind, error.message);
    throw error;
  }
  return {
    ok: true,
    checked,
    headSeq: expectedSeq - 1,
    headHash: checked > 0 ? prevHash : null,
    closures: closures.summary(),
    firstBad: null,
  };
}
