import type { ChannelInput } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import type { Core } from '../core';
import { atInstant, coreNow } from '../replay';
import { DomainError } from '../errors';
import type { Product } from '../../../shared/contract/catalog';
import { demoGoods } from './goods';
import { tradeHistory, type DemoTeam, type HistorySummary } from './history';
import { demoCustomers } from './people';
import { Random } from './random';
import { demoRates } from './rates';
import { hm, StoreCalendar } from './store-time';
import { Till, type DemoPerson } from './till';

/** The demo store's people and PINs, as documented in README.md. */
export const DEMO_STORE = { storeName: '金福珠宝 南京东路店', terminalId: 'T01' };
export const DEMO_STAFF: readonly { name: string; role: Role; pin: string }[] = [
  { name: '陈静', role: 'administrator', pin: '999999' },
  { name: '王建国', role: 'manager', pin: '888888' },
  { name: '张丽', role: 'cashier', pin: '1111' },
  { name: '李娜', role: 'cashier', pin: '2222' },
  { name: '赵师傅', role: 'repairDesk', pin: '3333' },
];

/** Simulated devices, so the demo weighs and scans without hardware; they are marked simulated everywhere. */
export const DEMO_DEVICES: readonly ChannelInput<'devices.save'>[] = [
  { kind: 'scale', name: '模拟电子秤', connection: { type: 'simulated' }, protocol: 'and' },
  { kind: 'scanner', name: '模拟扫描枪', connection: { type: 'simulated' } },
];

/** The same store on every run: the README's tour can name what is in it. */
const SEED = 20_260_101;
/** Days of trading before today. */
const HISTORY_DAYS = 30;
const MEMBERS = 40;

export interface DemoSummary extends HistorySummary {
  goods: number;
  members: number;
}

function setUpStore(core: Core, till: Till): DemoTeam {
  const [first, ...others] = DEMO_STAFF;
  if (!first) throw new Error('the demo needs an administrator');
  const { adminId } = atInstant(core, till.now, () => {
    const result = core.invoke('demo-setup', {
      channel: 'setup.initialize',
      input: { ...DEMO_STORE, adminName: first.name, pin: first.pin, language: 'zh-CN' },
    });
    if (!result.ok) throw new Error(`demo setup.initialize: ${result.error.code}`);
    return result.value as { adminId: number };
  });
  const admin = { ...first, id: adminId };
  till.signIn(admin);
  till.useIdleLimit(till.call(admin, 'settings.get', {}).idleLockSeconds);
  const people = others.map((member) => ({ ...member, id: till.call(admin, 'staff.create', member).id }));
  for (const device of DEMO_DEVICES) till.call(admin, 'devices.save', device);
  const byRole = (role: Role): DemoPerson[] => people.filter((person) => person.role === role);
  const [manager] = byRole('manager');
  const [repairDesk] = byRole('repairDesk');
  if (!manager || !repairDesk) throw new Error('the demo needs a manager and a repair desk');
  return { admin, manager, cashiers: byRole('cashier'), repairDesk };
}

/** The catalog as the manager enters it before opening: every product and its first delivery. */
function stockCatalog(till: Till, manager: DemoPerson, random: Random): Product[] {
  return demoGoods(random).map((good) => {
    const product = till.call(manager, 'catalog.save', { product: good.product });
    return till.call(manager, 'catalog.receiveStock', {
      productId: product.id,
      quantity: good.stock,
      note: good.stock === 1 ? '开业备货 单件挂签' : '开业备货',
    });
  });
}

/**
 * Members carried over from the store's old card file on the first day, in the tiers they had; their
 * points come only from what they buy afterwards.
 */
function enrolMembers(till: Till, team: DemoTeam, random: Random): number[] {
  const { admin, manager } = team;
  const tiers = till.call(admin, 'customers.saveTier', { name: '钻石会员', discountBp: 800 });
  const cashier = team.cashiers[0] as DemoPerson;
  till.signIn(cashier);
  const ids = demoCustomers(random, MEMBERS).map((person, i) => {
    const customer = till.call(cashier, 'customers.register', person);
    // most members start in the first tier; every fourth silver, every seventh gold, every thirteenth diamond
    const tier = i % 13 === 0 ? tiers[3] : i % 7 === 0 ? tiers[2] : i % 4 === 0 ? tiers[1] : undefined;
    if (tier) till.call(manager, 'customers.setTier', { id: customer.id, tierId: tier.id });
    return customer.id;
  });
  till.signOut(cashier);
  return ids;
}

/**
 * Sets up a believable jewelry store through the router, so every row is validated and journaled as in real
 * use: staff and simulated devices, about three hundred goods with stock, gold rates, members, and the last
 * thirty days of trading, each call at the moment it would have happened in the store's time zone. Today
 * has its gold rates and no shift: counting the opening float is the cashier's first act of the day, and a
 * float nobody counted would be a false record in the journal and the first Z report (README, Demo store).
 * Refuses a store that is already set up. Call it outside any router call: it makes its own.
 */
export function seedDemo(core: Core): DemoSummary {
  if (core.db.inTransaction) throw new Error('seedDemo runs outside any router call');
  const status = core.invoke('demo-setup', { channel: 'app.status', input: {} });
  if (!status.ok || !(status.value as { setupRequired: boolean }).setupRequired) {
    throw new DomainError('DEMO_STORE_NOT_EMPTY');
  }
  // Each call commits on its own, as at the counter. A sale's commit waits for the disk (synchronous=FULL)
  // so it survives a power cut; a demo cut off halfway is simply made again, so seeding does not wait for
  // the disk at every commit (it takes a third of the time) and puts the setting back when done.
  const synchronous = core.db.pragma('synchronous', { simple: true }) as number;
  core.db.pragma('synchronous = NORMAL');
  try {
    return fillStore(core);
  } finally {
    core.db.pragma(`synchronous = ${synchronous}`);
  }
}

function fillStore(core: Core): DemoSummary {
  const calendar = new StoreCalendar(coreNow(core));
  const random = new Random(SEED);
  const till = new Till(core);
  till.moveTo(calendar.at(-HISTORY_DAYS - 1, hm(8, 30)));
  const team = setUpStore(core, till);
  till.signIn(team.manager);
  const products = stockCatalog(till, team.manager, random);
  const memberIds = enrolMembers(till, team, random);
  const rates = demoRates(random, HISTORY_DAYS + 1);
  till.signOut(team.admin);
  till.signOut(team.manager);
  const history = tradeHistory({
    till,
    team,
    random,
    calendar,
    days: HISTORY_DAYS,
    rates,
    products,
    memberIds,
  });
  till.moveTo(null);
  // this morning's rates, set before the till opens
  till.signIn(team.manager);
  till.call(team.manager, 'goldRates.set', { rates: rates[HISTORY_DAYS] ?? [] });
  till.signOut(team.manager);
  return { goods: products.length, members: memberIds.length, ...history };
}
