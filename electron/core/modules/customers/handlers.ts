import { formatYuan } from '../../../../shared/domain/money';
import { roleHas } from '../../../../shared/domain/roles';
import { maskPhone } from '../../../../shared/print/format';
import { actorOf, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { addStoreCredit } from './balances';
import { findCustomerByPhone, getCustomer, registerCustomer, setCustomerTier, updateCustomer } from './repo';
import { getTier, listTiers, saveTier } from './tiers';

type CustomerChannels =
  | 'customers.find'
  | 'customers.get'
  | 'customers.register'
  | 'customers.update'
  | 'customers.setTier'
  | 'customers.adjustCredit'
  | 'customers.tiers'
  | 'customers.saveTier';

// The journal records who registered or changed a customer, never the phone number itself: the journal
// is shipped to head office, the customer's number stays at the till.
export const customerHandlers: HandlerGroup<CustomerChannels> = {
  'customers.find': (input, { db }) => findCustomerByPhone(db, input.phone),

  // by id anyone at the till can count through every customer: the number shows in full only to those who
  // manage customers, and each such look is journaled
  'customers.get': (input, ctx) => {
    const customer = getCustomer(ctx.db, input.id);
    if (!roleHas(actorOf(ctx).role, 'customers.manage'))
      return { ...customer, phone: maskPhone(customer.phone) };
    ctx.journal('customer.phoneViewed', { customerId: customer.id });
    return customer;
  },

  'customers.register': (input, ctx) => {
    const customer = registerCustomer(ctx.db, input, { now: ctx.now, actorId: actorOf(ctx).id });
    ctx.journal('customer.registered', { customerId: customer.id });
    return customer;
  },

  'customers.update': (input, ctx) => {
    const before = getCustomer(ctx.db, input.id);
    const customer = updateCustomer(ctx.db, input.id, input, ctx.now);
    ctx.journal('customer.updated', {
      customerId: customer.id,
      phoneChanged: before.phone !== customer.phone,
      nameChanged: before.name !== customer.name,
    });
    return customer;
  },

  'customers.setTier': (input, ctx) => {
    const before = getCustomer(ctx.db, input.id);
    const tier = getTier(ctx.db, input.tierId);
    setCustomerTier(ctx.db, input.id, tier.id, ctx.now);
    ctx.journal('customer.tierChanged', {
      customerId: input.id,
      fromTierId: before.tier.id,
      toTierId: tier.id,
    });
    return getCustomer(ctx.db, input.id);
  },

  'customers.adjustCredit': (input, ctx) => {
    const before = getCustomer(ctx.db, input.id);
    if (before.storeCreditFen + input.amountFen < 0) {
      throw new DomainError('STORE_CREDIT_INSUFFICIENT', {
        availableFen: before.storeCreditFen,
        available: formatYuan(before.storeCreditFen),
      });
    }
    addStoreCredit(
      ctx.db,
      {
        customerId: input.id,
        amountFen: input.amountFen,
        reason: 'adjustment',
        saleId: null,
        note: input.reason,
      },
      { now: ctx.now, actorId: actorOf(ctx).id },
    );
    ctx.journal('customer.creditAdjusted', {
      customerId: input.id,
      amountFen: input.amountFen,
      reason: input.reason,
    });
    return getCustomer(ctx.db, input.id);
  },

  'customers.tiers': (_input, { db }) => listTiers(db),

  'customers.saveTier': (input, ctx) => {
    const tier = saveTier(ctx.db, input);
    ctx.journal('memberTier.saved', { tierId: tier.id, name: tier.name, discountBp: tier.discountBp });
    return listTiers(ctx.db);
  },
};
