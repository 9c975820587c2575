import type { repairsChannels } from '../../../../shared/contract/repairs';
import { businessDay } from '../../../../shared/domain/business-day';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import { findCustomerByPhone, getCustomer, registerCustomer } from '../customers';
import { purchaseHistory } from '../sales';
import { readSettings } from '../settings';
import { intake } from './intake';
import { board, callList } from './lists';
import { getPhoto, getTicket, getTicketRow } from './repo';
import { readRepairSettings, writeRepairSettings } from './settings';
import { lookupWarranty } from './warranty';
import { advance, collect, logCall, qualityCheck, quote, reschedule } from './workflow';

type RepairChannels = keyof typeof repairsChannels;

/** The store's time zone decides today's date for promised dates, warranties and calls. */
export function repairHandlers(): HandlerGroup<RepairChannels> {
  const today = ({ now, timeZone }: Pick<HandlerContext, 'now' | 'timeZone'>) => businessDay(now, timeZone);
  return {
    'repairs.settings': (_input, { db }) => readRepairSettings(db),

    'repairs.saveSettings': (input, ctx) => {
      writeRepairSettings(ctx.db, input);
      ctx.journal('repair.settingsChanged', { services: input.services.length });
      return readRepairSettings(ctx.db);
    },

    'repairs.findCustomer': (input, { db }) => findCustomerByPhone(db, input.phone),

    'repairs.registerCustomer': (input, ctx) => {
      const customer = registerCustomer(ctx.db, input, { now: ctx.now, actorId: actorOf(ctx).id });
      ctx.journal('customer.registered', { customerId: customer.id });
      return customer;
    },

    'repairs.purchases': (input, { db }) => {
      getCustomer(db, input.customerId);
      return purchaseHistory(db, input.customerId, { limit: 50 });
    },

    'repairs.warranty': (input, ctx) => lookupWarranty(ctx.db, input.code, today(ctx)).lookup,

    'repairs.intake': (input, ctx) => intake(ctx, input),

    'repairs.get': (input, { db }) => getTicket(db, input.ticketNo),

    'repairs.photo': (input, { db }) => {
      const photo = getPhoto(db, getTicketRow(db, input.ticketNo).id, input.photoNo);
      return { mime: photo.mime, base64: photo.data.toString('base64') };
    },

    'repairs.board': (input, ctx) => board(ctx.db, input.customerId ?? null, today(ctx)),

    'repairs.quote': (input, ctx) => quote(ctx, input),

    'repairs.reschedule': (input, ctx) => reschedule(ctx, input, today(ctx)),

    'repairs.advance': (input, ctx) => advance(ctx, input),

    'repairs.qc': (input, ctx) => qualityCheck(ctx, input),

    'repairs.calls': (_input, ctx) =>
      callList(ctx.db, readRepairSettings(ctx.db), {
        today: today(ctx),
        store: readSettings(ctx.db).storeName,
        dayOf: (instant) => businessDay(new Date(instant), ctx.timeZone),
      }),

    'repairs.logCall': (input, ctx) => logCall(ctx, input),

    'repairs.collect': (input, ctx) => collect(ctx, input),
  };
}
