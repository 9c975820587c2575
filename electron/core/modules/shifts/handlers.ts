import { businessDay } from '../../../../shared/domain/business-day';
import { countedCashFen } from '../../../../shared/domain/shift';
import { actorOf, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../router/outcome';
import { readTerminalId } from '../settings/repo';
import { findOpenShift, getShift, insertCount, insertShift, lastClosedShift } from './repo';

type ShiftsChannels = 'shifts.open' | 'shifts.current';

/** `timeZone` is the store's: a shift belongs to the business day it was opened on. */
export function shiftsHandlers(timeZone: string): HandlerGroup<ShiftsChannels> {
  return {
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
      const floatFen = countedCashFen(input.counts);
      const previousLeftInFen = lastClosedShift(db, terminalId)?.leftInFen ?? null;
      const at = now.toISOString();
      const shiftId = insertShift(db, {
        terminalId,
        businessDay: businessDay(now, timeZone),
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
  };
}
