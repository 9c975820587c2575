import { TallySettings, type ScanOutcome, type Tally } from '../../../../shared/contract/tally';
import type { StaffRef } from '../../../../shared/contract/staff';
import { PURITIES } from '../../../../shared/domain/purity';
import { DEFAULT_TALLY_TOLERANCE_MG } from '../../../../shared/domain/tally';
import type { DeviceManager } from '../../devices/manager';
import { DomainError } from '../../errors';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import { Refusal } from '../../router/outcome';
import { checkPin } from '../auth';
import { getProduct, lookupProduct } from '../catalog';
import { readJsonSetting, writeJsonSetting } from '../settings';
import { getStaff, toStaffRef } from '../staff';
import type { ReadableDB } from '../../db/statements';
import {
  endTally,
  findPlace,
  getTally,
  insertScan,
  insertTally,
  insertWeighing,
  listCounters,
  listTallies,
  runningAt,
  scansOf,
  whereIs,
  type TallyRow,
} from './repo';
import { tallyView } from './view';

type TallyChannels =
  | 'tally.settings'
  | 'tally.saveSettings'
  | 'tally.counters'
  | 'tally.start'
  | 'tally.scan'
  | 'tally.weigh'
  | 'tally.finish'
  | 'tally.cancel'
  | 'tally.get'
  | 'tally.list';

const SETTINGS_KEY = 'tally';
const DEFAULTS: TallySettings = { toleranceMg: DEFAULT_TALLY_TOLERANCE_MG, handoverSecondPin: true };

function readTallySettings(db: ReadableDB): TallySettings {
  return readJsonSetting(db, SETTINGS_KEY, TallySettings, DEFAULTS);
}

function running(db: ReadableDB, tallyId: number): TallyRow {
  const row = getTally(db, tallyId);
  if (row.status !== 'counting') throw new DomainError('TALLY_ENDED', { tallyId });
  return row;
}

/** What the journal keeps of a count: enough for head office to rebuild it (ids, quantities, mg). */
function journalRecord(tally: Tally) {
  return {
    tallyId: tally.id,
    counterId: tally.counter.id,
    counterCode: tally.counter.code,
    kind: tally.kind,
    status: tally.status,
    startedBy: tally.startedBy.id,
    secondStaffId: tally.secondPerson?.id ?? null,
    toleranceMg: tally.toleranceMg,
    expectedPieces: tally.expectedPieces,
    countedPieces: tally.countedPieces,
    pieces: tally.trays.flatMap((tray) =>
      tray.pieces.map((p) => ({
        productId: p.productId,
        placeId: p.placeId,
        expected: p.expected,
        counted: p.counted,
      })),
    ),
    missing: tally.missing.map((p) => ({
      productId: p.productId,
      placeId: p.placeId,
      quantity: p.expected - p.counted,
    })),
    unexpected: tally.unexpected.map((p) => ({
      productId: p.productId,
      quantity: p.quantity,
      bookedAt: p.where.map((place) => place.id),
    })),
    duplicates: tally.duplicates.map((d) => ({ productId: d.productId, scans: d.scans })),
    purities: tally.purities.map((p) => ({
      purity: p.purity,
      expectedPieces: p.expectedPieces,
      expectedMg: p.expectedMg,
      countedMg: p.countedMg,
      differenceMg: p.differenceMg,
      source: p.source,
      status: p.status,
    })),
    note: tally.note,
  };
}

/**
 * 点货 (issue 15): a counter's trays counted at open, at handover and at close. The books are read live (a
 * piece sold during the count leaves what the counter should hold); the scans and weighings are kept as they
 * come, so a count survives a restart, and the comparison is kept and journaled when it ends.
 */
export function tallyHandlers(devices: DeviceManager): HandlerGroup<TallyChannels> {
  return {
    'tally.settings': (_input, { db }) => readTallySettings(db),

    'tally.saveSettings': (input, ctx) => {
      writeJsonSetting(ctx.db, SETTINGS_KEY, input);
      ctx.journal('tally.settingsChanged', input);
      return readTallySettings(ctx.db);
    },

    'tally.counters': (_input, { db }) =>
      listCounters(db).map(({ trays, pieces, ...counter }) => {
        const row = runningAt(db, counter.id);
        const running = row
          ? { tallyId: row.id, kind: row.kind, startedBy: toStaffRef(getStaff(db, row.startedBy)) }
          : null;
        return { counter, trays, pieces, running };
      }),

    'tally.start': (input, ctx) => {
      const { db } = ctx;
      const counter = findPlace(db, input.counterId);
      if (!counter) throw new DomainError('TALLY_NOT_A_COUNTER', { name: `#${input.counterId}` });
      if (counter.kind !== 'counter') throw new DomainError('TALLY_NOT_A_COUNTER', { name: counter.name });
      const open = runningAt(db, counter.id);
      if (open) {
        if (open.kind === input.kind) return tallyView(db, open);
        throw new DomainError('TALLY_IN_PROGRESS', {
          counter: counter.name,
          startedBy: getStaff(db, open.startedBy).name,
          tallyId: open.id,
        });
      }
      const tallyId = insertTally(db, {
        counterId: counter.id,
        kind: input.kind,
        toleranceMg: readTallySettings(db).toleranceMg,
        at: ctx.now.toISOString(),
        by: actorOf(ctx).id,
      });
      ctx.journal('tally.started', {
        tallyId,
        counterId: counter.id,
        counterCode: counter.code,
        kind: input.kind,
      });
      return tallyView(db, getTally(db, tallyId));
    },

    'tally.scan': (input, ctx) => {
      const { db } = ctx;
      const row = running(db, input.tallyId);
      const code = 'code' in input ? input.code : null;
      const product = 'code' in input ? lookupProduct(db, input.code) : getProduct(db, input.productId);
      const before = scansOf(db, row.id, product.id);
      insertScan(db, {
        tallyId: row.id,
        productId: product.id,
        code,
        at: ctx.now.toISOString(),
        by: actorOf(ctx).id,
      });
      const tally = tallyView(db, row);
      const booked = tally.trays.some((tray) => tray.pieces.some((p) => p.productId === product.id));
      let outcome: ScanOutcome;
      if (product.serialized && before > 0) outcome = 'again';
      else if (!booked) outcome = 'unexpected';
      else if (tally.unexpected.some((p) => p.productId === product.id)) outcome = 'over';
      else outcome = 'expected';
      const where = outcome === 'unexpected' || outcome === 'over' ? whereIs(db, product.id) : [];
      return { outcome, productId: product.id, name: product.name, where, tally };
    },

    'tally.weigh': (input, ctx) => {
      const row = running(ctx.db, input.tallyId);
      insertWeighing(ctx.db, {
        tallyId: row.id,
        purity: input.purity,
        weightMg: devices.weightOf(input),
        source: input.source,
        at: ctx.now.toISOString(),
        by: actorOf(ctx).id,
      });
      return tallyView(ctx.db, row);
    },

    'tally.finish': (input, ctx) => {
      const { db } = ctx;
      const actor = actorOf(ctx);
      const row = running(db, input.tallyId);
      const live = tallyView(db, row);
      if (live.weighingPending) {
        const pending = live.purities.filter((p) => p.status === 'pending');
        throw new DomainError('TALLY_NOT_WEIGHED', {
          purities: pending.map((p) => PURITIES[p.purity].zh).join('、'),
        });
      }
      const second = secondPerson(ctx, row, input.second);
      if (second instanceof Refusal) return second;
      const tally: Tally = {
        ...live,
        status: live.differences ? 'flagged' : 'balanced',
        finishedAt: ctx.now.toISOString(),
        finishedBy: toStaffRef(actor),
        secondPerson: second,
        note: input.note,
      };
      endTally(db, row.id, {
        status: tally.status,
        at: ctx.now.toISOString(),
        by: actor.id,
        secondStaffId: second?.id ?? null,
        note: input.note,
        result: tally,
      });
      ctx.journal('tally.finished', journalRecord(tally));
      return tally;
    },

    'tally.cancel': (input, ctx) => {
      const row = running(ctx.db, input.tallyId);
      const tally: Tally = {
        ...tallyView(ctx.db, row),
        status: 'cancelled',
        finishedAt: ctx.now.toISOString(),
        finishedBy: toStaffRef(actorOf(ctx)),
        note: input.reason,
      };
      endTally(ctx.db, row.id, {
        status: 'cancelled',
        at: ctx.now.toISOString(),
        by: actorOf(ctx).id,
        secondStaffId: null,
        note: input.reason,
        result: tally,
      });
      ctx.journal('tally.cancelled', journalRecord(tally));
      return tally;
    },

    'tally.get': (input, { db }) => tallyView(db, getTally(db, input.tallyId)),

    'tally.list': (input, { db }) =>
      listTallies(db, {
        status: input.status ?? null,
        counterId: input.counterId ?? null,
        limit: input.limit,
      }).map((row) => {
        const tally = tallyView(db, row);
        return {
          id: tally.id,
          counter: tally.counter,
          kind: tally.kind,
          status: tally.status,
          startedAt: tally.startedAt,
          startedBy: tally.startedBy,
          finishedAt: tally.finishedAt,
          missingPieces: tally.missing.reduce((sum, p) => sum + p.expected - p.counted, 0),
          unexpectedPieces: tally.unexpected.reduce((sum, p) => sum + p.quantity, 0),
          puritiesBeyond: tally.purities.filter((p) => p.status === 'beyond').map((p) => p.purity),
        };
      }),
  };
}

/**
 * 交接: at a handover the other person (outgoing or incoming, whoever is not signed in) confirms with their
 * PIN, checked as an approval's is: a wrong one is counted and refused, and the count stays open.
 */
function secondPerson(
  ctx: HandlerContext,
  row: TallyRow,
  second: { staffId: number; pin: string } | null,
): StaffRef | Refusal | null {
  if (second === null) {
    if (row.kind === 'handover' && readTallySettings(ctx.db).handoverSecondPin) {
      throw new DomainError('TALLY_SECOND_PERSON_REQUIRED');
    }
    return null;
  }
  const staff = getStaff(ctx.db, second.staffId);
  if (staff.id === actorOf(ctx).id) throw new DomainError('TALLY_SECOND_PERSON_SELF');
  return checkPin(ctx, staff, second.pin, 'approval') ?? toStaffRef(staff);
}
