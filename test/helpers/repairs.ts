import type { ChannelInput } from '../../shared/contract';
import { openShop, type Shop } from './sales';

type Intake = ChannelInput<'repairs.intake'>;

/** A gold bangle brought in to be resized, weighed on the scale, quoted and agreed at the counter. */
export const BANGLE_INTAKE: Omit<Intake, 'customerId'> = {
  item: {
    category: '手镯',
    purity: 'Au999',
    description: '足金古法手镯',
    stoneCount: 0,
    weightIn: { source: 'scale', weightMg: 20_150 },
    conditions: ['scratches', 'deformed'],
    notes: '内圈有刻字',
    declaredValueFen: 1_200_000,
  },
  services: [
    { code: 'resize', priceFen: 5_000 },
    { code: 'polish', priceFen: 2_000 },
  ],
  promisedOn: '2026-11-26',
  quote: { kind: 'estimate', consent: 'inPerson' },
};

/**
 * The shop of sales.ts (its shift open unless `shift: false`) with a repair desk: 赵师傅 (repairDesk, PIN 3333) signed in at session 'desk', and
 * 李女士 registered as a customer.
 */
export function openRepairShop(options: Parameters<typeof openShop>[0] = {}) {
  const shop = openShop(options);
  const zhao = shop.ok('admin', 'staff.create', { name: '赵师傅', role: 'repairDesk', pin: '3333' }).id;
  shop.ok('desk', 'auth.login', { staffId: zhao, pin: '3333' });
  const customer = shop.ok('desk', 'repairs.registerCustomer', { phone: '13812345678', name: '李女士' });
  const intake = (input: Partial<Intake> = {}, approvalId?: string) =>
    shop.call('desk', 'repairs.intake', { ...BANGLE_INTAKE, customerId: customer.id, ...input }, approvalId);
  const approve = (approverId: number, pin: string, channel: string, input: unknown): string =>
    shop.ok('desk', 'auth.approve', { approverId, pin, channel, input }).approvalId;
  return { ...shop, ids: { ...shop.ids, zhao }, customer, intake, approve };
}

export type RepairShop = ReturnType<typeof openRepairShop>;
export type { Shop };
