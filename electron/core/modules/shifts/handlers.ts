import { businessDay } from '../../../../shared/domain/business-day';
import { countedCashFen } from '../../../../shared/domain/shift';
import { countsBlind } from '../../../../shared/domain/roles';
import type { ShiftReportData } from '../../../../shared/print/shift-report-data';
import { enqueuePrint, jobEvent } from '../../printing';
import { actorOf, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { checkPin } from '../auth';
import { closeEndedPeriods } from '../journal';
import { readTerminalId } from '../settings';
import { getStaff } from '../staff';
import { openDrawerNoSale, recordCashMovement } from './cash-movements';
import { closeShift } from './close';
import { closeCount, handover, midDayCount } from './counts';
import { assertDayOpen, closeBusinessDay, daySummary } from './day';
import {
  findOpenShift,
  getShift,
  insertCount,
  insertShift,
  lastCloseCount,
  lastClosedShift,
  openShiftBefore,
  setHolder,
} from './repo';
import { reportPreview, shiftReport } from './report';
import { requireOpenShift } from './require';
import { assertDenominations, readShiftSettings, writeShiftSettings } from './settings';
import { query } from '../../db/statements';

type ShiftsChannels =
  | 'shifts.open'
  | 'shifts.current'
  | 'shifts.settings'
  | 'shifts.saveSettings'
  | 'shifts.cashMovement'
  | 'shifts.midDayCount'
  | 'shifts.handover'
  | 'shifts.closeCount'
  | 'shifts.close'
  | 'shifts.xReport'
  | 'shifts.zReport'
  | 'shifts.day'
  | 'shifts.closeDay'
  | 'shifts.closePeriods'
  | 'drawer.noSale';

/** A shift belongs to the business day (in the store's time zone) it was opened on. */
export function shiftsHandlers(): HandlerGroup<ShiftsChannels> {
  return {
    'drawer.noSale': openDrawerNoSale,
    'shifts.open': (input, ctx) => {
      const { db, now } = ctx;
      const actor = actorOf(ctx);
      const terminalId = readTerminalId(db) as string;
      const open = findOpenShift(db, terminalId);
      if (open) {
        const shift = getShift(db, open.id);
        throw new DomainError('SHIFT_ALREADY_OPEN', {
          openedBy: shift.openedBy.name,
          openedAt: shift.openedAt,
        });
      }
      const day = businessDay(now, ctx.timeZone);
      assertDayOpen(db, day);
      assertDenominations(db, input.counts);
      const floatFen = countedCashFen(input.counts);
      const previousLeftInFen = lastClosedShift(db, terminalId)?.leftInFen ?? null;
      const at = now.toISOString();
      const shiftId = insertShift(db, {
        terminalId,
        businessDay: day,
        openedAt: at,
        openedBy: actor.id,
        floatFen,
        previousLeftInFen,
      });
      insertCount(db, {
        shiftId,
        kind: 'opening',
        at,
        countedBy: actor.id,
        counts: input.counts,
        cashFen: floatFen,
        expectedCashFen: previousLeftInFen,
        note: input.note,
      });
      ctx.journal('shift.opened', {
        shiftId,
        terminalId,
        floatFen,
        previousLeftInFen,
        differenceFen: previousLeftInFen === null ? null : floatFen - previousLeftInFen,
        counts: input.counts.filter((c) => c.quantity > 0),
        note: input.note,
      });
      return getShift(db, shiftId);
    },

    'shifts.current': (_input, { db }) => {
      const open = findOpenShift(db, readTerminalId(db) as string);
      return open ? getShift(db, open.id) : null;
    },

    'shifts.settings': (_input, { db }) => readShiftSettings(db),

    'shifts.saveSettings': (input, ctx) => {
      writeShiftSettings(ctx.db, input);
      ctx.journal('shifts.settingsChanged', input);
      return readShiftSettings(ctx.db);
    },

    'shifts.cashMovement': (input, ctx) => recordCashMovement(ctx, requireOpenShift(ctx), input),

    'shifts.midDayCount': (input, ctx) => midDayCount(ctx, requireOpenShift(ctx), input),

    'shifts.handover': (input, ctx) => {
      const shift = requireOpenShift(ctx);
      const from = getShift(ctx.db, shift.id).holder;
      const to = getStaff(ctx.db, input.toStaffId);
      if (to.id === from.id) throw new DomainError('HANDOVER_TO_SELF');
      const refusal = checkPin(ctx, to, input.toPin, 'approval');
      if (refusal) return refusal;
      const count = handover(ctx, shift, input);
      setHolder(ctx.db, shift.id, to.id);
      return { shift: getShift(ctx.db, shift.id), count };
    },

    'shifts.closeCount': (input, ctx) => closeCount(ctx, requireOpenShift(ctx), input),

    'shifts.close': (input, ctx) => closeShift(ctx, requireOpenShift(ctx), input),

    'shifts.xReport': (input, ctx) => {
      const shift = requireOpenShift(ctx);
      if (countsBlind(actorOf(ctx).role) && !lastCloseCount(ctx.db, shift.id)) {
        throw new DomainError('SHIFT_BLIND_COUNT_FIRST');
      }
      const report = shiftReport(ctx.db, shift.id, ctx.now.toISOString());
      const preview = reportPreview(ctx.db, report);
      if (!input.print) return { report, preview, jobId: null };
      const job = enqueuePrint(ctx.db, {
        documentType: 'xReport',
        reference: `X-${shift.id}-${report.journal.lastSeq}`,
        data: report,
        now: ctx.now,
        createdBy: actorOf(ctx).id,
      });
      ctx.journal('shift.xReportPrinted', { shiftId: shift.id, jobId: job.id });
      ctx.afterCommit(() => ctx.events.emit(null, jobEvent(job)));
      return { report, preview, jobId: job.id };
    },

    'shifts.zReport': (input, { db }) => {
      const stored = query(db, 'SELECT report FROM z_reports WHERE z_no = ?').pluck().get(input.zNo) as
        string | undefined;
      if (stored === undefined) throw new DomainError('Z_REPORT_NOT_FOUND', { zNo: input.zNo });
      const report = JSON.parse(stored) as ShiftReportData;
      return { report, preview: reportPreview(db, report) };
    },

    'shifts.day': (input, { db }) => daySummary(db, input.businessDay),

    'shifts.closeDay': (input, ctx) => closeBusinessDay(ctx, input.businessDay),

    'shifts.closePeriods': (_input, ctx) => {
      const today = businessDay(ctx.now, ctx.timeZone);
      // a month is closed on the Z reports made in it: one still to come would fall outside every month
      const open = openShiftBefore(ctx.db, `${today.slice(0, 7)}-01`);
      if (open) throw new DomainError('CLOSURE_SHIFT_OPEN', { businessDay: open.businessDay });
      return closeEndedPeriods(ctx, today);
    },
  };
}
