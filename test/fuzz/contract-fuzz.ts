// `npm run fuzz -- <calls> [seed]`: calls every channel of the contract with inputs generated from its zod
// schema (test/helpers/zod-arbitrary.ts), each input as every role, against a real core on a seeded store.
// Every answer must be an envelope; a refusal must carry a contract error code with its zh-CN and English
// text and must leave every table as it was. Prints the tally and last one JSON line.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { ErrorCode } from '../../shared/contract';
import { contract, ERROR_MESSAGES, type ChannelName } from '../../shared/contract';
import { isOverridable, roleHas, ROLES, type Role } from '../../shared/domain/roles';
import { changedTables, fingerprinter } from '../helpers/db-fingerprint';
import { openRepairShop, type RepairShop } from '../helpers/repairs';
import { cash } from '../helpers/sales';
import { inputArbitrary, type Hints } from '../helpers/zod-arbitrary';

export type Caller = 'signedOut' | Role;
export const CALLERS: readonly Caller[] = ['signedOut', ...ROLES];

export interface FuzzResult {
  seed: number;
  calls: number;
  accepted: number;
  /** Calls per caller that got past authorisation (their input was looked at). */
  authorised: Record<Caller, number>;
  /** Throws out of the router, INTERNAL_ERROR answers, and errors logged by the core. */
  crashes: string[];
  /** Refused calls that changed a table. */
  badWrites: string[];
  /**
   * Refusals without a contract code, whose message lacks either language or leaves a blank, or that looked
   * at the input of a caller who may not call the channel at all (its field names are not theirs to learn).
   */
  badRefusals: string[];
  /** How often each answer came: `ok` or the error code. */
  answers: Record<string, number>;
}

// refusals that keep what they wrote by design (router's Refusal): a wrong PIN is counted, a lockout kept
const REFUSALS_THAT_WRITE: ReadonlySet<ErrorCode> = new Set(['PIN_INCORRECT', 'STAFF_LOCKED']);
const AUTHORISATION_CODES: ReadonlySet<ErrorCode> = new Set([
  'NOT_SIGNED_IN',
  'SESSION_LOCKED',
  'PERMISSION_DENIED',
  'MANAGER_APPROVAL_REQUIRED',
]);
const CJK = /[\u3400-\u9fff]/;
const REPORTED = 20;

/** The store the calls land in: the repair shop of the helpers with one sale and one repair on record. */
function seededStore(): {
  shop: RepairShop;
  sessionOf: Record<Caller, string>;
  staffOf: Record<Role, number>;
} {
  const shop = openRepairShop({ devices: false, printing: false });
  shop.sell({ lines: [shop.line.jade(1), shop.line.bangle()] }, [cash(2_000_000)]);
  const intake = shop.intake();
  if (!intake.ok) throw new Error(`seeding the repair failed: ${intake.error.code}`);
  return {
    shop,
    sessionOf: {
      signedOut: 'stranger',
      cashier: 'till',
      repairDesk: 'desk',
      manager: 'office',
      administrator: 'admin',
    },
    staffOf: {
      cashier: shop.ids.zhang,
      repairDesk: shop.ids.zhao,
      manager: shop.ids.wang,
      administrator: shop.ids.admin,
    },
  };
}

/**
 * The text and whole numbers the store holds, newest rows first, so generated lookups sometimes find a row;
 * called again between rounds, it appends what the calls since created (new products, repairs, receipts).
 */
function hintHarvester(shop: RepairShop): { hints: Hints; harvest(): void } {
  const strings = new Set<string>();
  const integers = new Set<number>();
  const hints = { strings: [] as string[], integers: [] as number[] };
  const reads = (
    shop.core.db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' " +
          "AND sql NOT LIKE '%WITHOUT ROWID%' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%search%'",
      )
      .pluck()
      .all() as string[]
  ).map((table) => shop.core.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid DESC LIMIT 20`).raw(true));
  const harvest = (): void => {
    for (const read of reads) {
      for (const cell of (read.all() as unknown[][]).flat()) {
        // JSON documents and hashes would only crowd out the codes and names a caller types
        if (typeof cell === 'string' && cell.length <= 40 && !cell.startsWith('{') && !strings.has(cell)) {
          strings.add(cell);
          hints.strings.push(cell);
        }
        if (typeof cell === 'number' && Number.isSafeInteger(cell) && !integers.has(cell)) {
          integers.add(cell);
          hints.integers.push(cell);
        }
      }
    }
  };
  harvest();
  return { hints, harvest };
}

function refusalProblem(error: { code: string; message: string }): string | null {
  if (!Object.hasOwn(ERROR_MESSAGES, error.code)) return `code ${error.code} is not in the contract`;
  const at = error.message.indexOf(' / ');
  const [zh, en] = [error.message.slice(0, at), error.message.slice(at + 3)];
  if (at < 0 || !CJK.test(zh) || !/[A-Za-z]{2}/.test(en))
    return `not in Chinese and English: ${error.message}`;
  if (/\{\w+\}/.test(error.message)) return `a blank left unfilled: ${error.message}`;
  return null;
}

/** Who may not call a channel hears only that, whatever they sent (the router authorises, then validates). */
function authorisedFirst(channel: ChannelName, caller: Caller, code: ErrorCode): string | null {
  const { access } = contract[channel];
  if (access === 'public') return null;
  if (caller === 'signedOut') return code === 'NOT_SIGNED_IN' ? null : `${code} to a caller not signed in`;
  if (access === 'signedIn' || roleHas(caller, access) || isOverridable(access)) return null;
  return code === 'PERMISSION_DENIED' ? null : `${code} to a ${caller} without ${access}`;
}

export async function fuzzContract(calls: number, seed = Date.now() % 1_000_000): Promise<FuzzResult> {
  const { shop, sessionOf, staffOf } = seededStore();
  const { core } = shop;
  const { hints, harvest } = hintHarvester(shop);
  const staffRows = new Map(
    (core.db.prepare('SELECT id, name, role, active FROM staff').all() as StaffRow[]).map((row) => [
      row.id,
      row,
    ]),
  );
  const channels = (Object.keys(contract) as ChannelName[]).sort();
  const perChannel = Math.ceil(calls / (channels.length * CALLERS.length));
  const arbitraries = channels.map((channel) => inputArbitrary(contract[channel].input, hints));
  // now and then an approval id that was never granted
  const approvals = fc.sample(fc.option(fc.uuid(), { freq: 8, nil: undefined }), { seed, numRuns: 97 });
  const result: FuzzResult = {
    seed,
    calls: 0,
    accepted: 0,
    authorised: Object.fromEntries(CALLERS.map((caller) => [caller, 0])) as Record<Caller, number>,
    crashes: [],
    badWrites: [],
    badRefusals: [],
    answers: {},
  };
  // the core logs what it could not answer or do after a commit: each such line is a crash
  const logged: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  const fingerprint = fingerprinter(core.db);
  let current = fingerprint();
  try {
    for (let round = 0; round < perChannel; round++) {
      harvest();
      for (const [index, channel] of channels.entries()) {
        const arbitrary = arbitraries[index] as fc.Arbitrary<unknown>;
        const [input] = fc.sample(arbitrary, { seed: seed + round * channels.length + index, numRuns: 1 });
        for (const caller of CALLERS) {
          if (restoreStaff(shop, staffOf, staffRows)) current = fingerprint();
          const session = core.sessions.get(sessionOf[caller], shop.clock.ms);
          if (caller === 'signedOut') core.sessions.signOut(session);
          else core.sessions.signIn(session, staffOf[caller], shop.clock.ms);
          const what = `${channel} as ${caller} (round ${round}): ${preview(input)}`;
          result.calls++;
          let envelope;
          try {
            envelope = core.invoke(session.id, {
              channel,
              input,
              approvalId: approvals[result.calls % approvals.length],
            });
          } catch (error) {
            result.crashes.push(`${what} threw ${String(error)}`);
            current = fingerprint();
            continue;
          }
          const log = logged.splice(0).map((line) => line.slice(0, 300));
          if (envelope.ok || envelope.error.code !== 'INTERNAL_ERROR') {
            for (const line of log) result.crashes.push(`${what} logged ${line}`);
          } else result.crashes.push(`${what} answered INTERNAL_ERROR: ${log.join(' | ')}`);
          const answer = envelope.ok ? 'ok' : envelope.error.code;
          result.answers[answer] = (result.answers[answer] ?? 0) + 1;
          if (envelope.ok) {
            result.accepted++;
            result.authorised[caller]++;
            // work left for after the commit (queueing documents) belongs to this call
            await new Promise((resolve) => setImmediate(resolve));
            current = fingerprint();
            continue;
          }
          const { error } = envelope;
          if (!AUTHORISATION_CODES.has(error.code)) result.authorised[caller]++;
          const problem = refusalProblem(error) ?? authorisedFirst(channel, caller, error.code);
          if (problem) result.badRefusals.push(`${what}: ${problem}`);
          const after = fingerprint();
          const changed = changedTables(current, after);
          if (changed.length > 0 && !REFUSALS_THAT_WRITE.has(error.code)) {
            result.badWrites.push(`${what} refused ${error.code} yet changed ${changed.join(', ')}`);
          }
          current = after;
        }
      }
    }
    await new Promise((resolve) => setImmediate(resolve));
    for (const line of logged.splice(0)) result.crashes.push(`after the run: ${line.slice(0, 300)}`);
    restoreStaff(shop, staffOf, staffRows);
    core.sessions.signIn(core.sessions.get('admin', shop.clock.ms), staffOf.administrator, shop.clock.ms);
    const journal = shop.ok('admin', 'journal.verify', {});
    if (!journal.ok) result.crashes.push(`the journal no longer verifies: ${JSON.stringify(journal)}`);
  } finally {
    console.error = consoleError;
    shop.close();
  }
  return result;
}

interface StaffRow {
  id: number;
  name: string;
  role: Role;
  active: number;
}

/**
 * An administrator's fuzzed call may change a role's person (disable them, make the cashier a manager,
 * even demote the administrator once a fuzzed one exists): put them back through an active
 * administrator's own channels, so each caller keeps its role. True when it did.
 */
function restoreStaff(
  shop: RepairShop,
  staffOf: Record<Role, number>,
  seeded: ReadonlyMap<number, StaffRow>,
): boolean {
  const changed = Object.values(staffOf).filter((id) => {
    const now = shop.core.db
      .prepare('SELECT id, name, role, active FROM staff WHERE id = ?')
      .get(id) as StaffRow;
    const was = seeded.get(id) as StaffRow;
    return now.role !== was.role || now.name !== was.name || now.active !== was.active;
  });
  if (changed.length === 0) return false;
  const acting = shop.core.db
    .prepare("SELECT id FROM staff WHERE role = 'administrator' AND active = 1 ORDER BY id = ? DESC, id")
    .pluck()
    .get(staffOf.administrator) as number;
  shop.core.sessions.signIn(shop.core.sessions.get('restore', shop.clock.ms), acting, shop.clock.ms);
  for (const id of changed) {
    const was = seeded.get(id) as StaffRow;
    shop.ok('restore', 'staff.update', { id, name: was.name, role: was.role });
    shop.ok('restore', 'staff.setActive', { id, active: was.active === 1 });
  }
  return true;
}

function preview(input: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(input) ?? String(input);
  } catch {
    text = String(input);
  }
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const calls = Number(process.argv[2] ?? 10_000);
  const seed = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  const started = Date.now();
  const result = await fuzzContract(calls, seed);
  for (const list of [result.crashes, result.badWrites, result.badRefusals]) {
    for (const line of list.slice(0, REPORTED)) console.log(line);
  }
  console.log(
    `${result.calls} calls (seed ${result.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${result.accepted} accepted, ${result.crashes.length} crashes, ${result.badWrites.length} bad writes, ` +
      `${result.badRefusals.length} bad refusals; authorised per caller ${JSON.stringify(result.authorised)}; ` +
      `answers ${JSON.stringify(result.answers)}`,
  );
  console.log(JSON.stringify(result));
  process.exitCode =
    result.crashes.length + result.badWrites.length + result.badRefusals.length === 0 ? 0 : 1;
}
