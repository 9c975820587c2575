import type { ChannelInput } from '../../../shared/contract';
import type { Product } from '../../../shared/contract/catalog';
import type { Purity } from '../../../shared/domain/purity';
import { draftCart, demoUuid, payment, roundedDown, Shelf, type DayRates } from './counter';
import { countOut, Drawer } from './drawer';
import type { Random } from './random';
import { deskSteps, type DeskStep } from './repairs';
import { hm, type StoreCalendar } from './store-time';
import type { DemoPerson, Till } from './till';

type Rates = ChannelInput<'goldRates.set'>['rates'];
type Tenders = ChannelInput<'sales.commit'>['tenders'];

export interface DemoTeam {
  admin: DemoPerson;
  manager: DemoPerson;
  cashiers: readonly DemoPerson[];
  repairDesk: DemoPerson;
}

export interface HistoryInput {
  till: Till;
  team: DemoTeam;
  random: Random;
  calendar: StoreCalendar;
  /** Days of trading before today. */
  days: number;
  /** Each day's gold rates, the first day's first. */
  rates: readonly Rates[];
  products: readonly Product[];
  memberIds: readonly number[];
}

export interface HistorySummary {
  sales: number;
  voids: number;
  shifts: number;
  repairTickets: number;
}

/** The float counted into the drawer on the terminal's first morning: ￥1,000. */
const FIRST_FLOAT_FEN = 100_000;
/** What each close leaves in the drawer for the next morning's float. */
const LEFT_IN_FEN = 100_000;
/** Customers come between opening and closing time. */
const OPEN = hm(10);
const CLOSE = hm(21);
/** Mid-month, the supplier's delivery tops up the counted goods that run low. */
const DELIVERY_DAY = -15;
/** The evening the drawer is ￥50 short. */
const SHORT_DAY = -12;

interface Sold {
  receiptNo: string;
  tenders: Tenders;
  changeFen: number;
}

/** One day at the store: its events in the order of the clock. */
class TradingDay {
  readonly drawer = new Drawer(0);
  private readonly events: { minute: number; run: () => void }[] = [];
  private lastSale: Sold | null = null;
  sales = 0;
  voids = 0;

  constructor(
    private readonly history: HistoryInput,
    private readonly ctx: {
      offset: number;
      cashier: DemoPerson;
      rates: DayRates;
      shelf: Shelf;
      /** Repair ticket numbers by the demo's ticket index, as intake gives them. */
      tickets: Map<number, string>;
    },
  ) {}

  get cashier(): DemoPerson {
    return this.ctx.cashier;
  }

  get shelf(): Shelf {
    return this.ctx.shelf;
  }

  at(minute: number, run: () => void): void {
    this.events.push({ minute, run });
  }

  run(): void {
    const { till, calendar } = this.history;
    this.events.sort((a, b) => a.minute - b.minute);
    for (const event of this.events) {
      till.moveTo(calendar.at(this.ctx.offset, event.minute));
      event.run();
    }
  }

  /** A customer buys what draftCart drew; `deal` is a deeper discount a manager approves. */
  sell(deal?: { category: string; bp: number; reason: string }): void {
    const { till, random, memberIds, team } = this.history;
    const { cashier, shelf, rates } = this.ctx;
    const customerId = random.chance(0.45) ? random.pick(memberIds) : null;
    const piece = deal && shelf.takePiece(random, [deal.category]);
    const cart = piece
      ? {
          customerId,
          lines: [
            {
              kind: 'product' as const,
              productId: piece.id,
              discount: { kind: 'percent' as const, bp: deal.bp },
              reason: deal.reason,
            },
          ],
        }
      : draftCart(random, shelf, rates, customerId);
    if (!cart) return;
    const quoted = till.call(cashier, 'sales.quote', { cart });
    const rounded =
      !piece && random.chance(0.2) && roundedDown(cart, quoted.totalFen, quoted.discountLimitBp);
    const { totalFen } = rounded ? till.call(cashier, 'sales.quote', { cart: rounded }) : quoted;
    if (totalFen <= 0) return;
    const points = customerId !== null && random.chance(0.15) ? this.pointsToRedeem(customerId, totalFen) : 0;
    const tenders: Tenders = [
      ...(points > 0 ? [{ method: 'points' as const, points }] : []),
      ...payment(random, totalFen - points * this.fenPerPoint()),
    ];
    const input = { saleId: demoUuid(random), cart: rounded || cart, tenders };
    const sale = piece
      ? till.approved(cashier, team.manager, 'sales.commit', input)
      : till.call(cashier, 'sales.commit', input);
    this.drawer.take(input.tenders, sale.changeFen);
    this.lastSale = { receiptNo: sale.receiptNo, tenders: input.tenders, changeFen: sale.changeFen };
    this.sales++;
    // some customers rate the service on the customer display
    if (random.chance(0.3)) {
      const rating = random.pick([5, 5, 5, 4, 4, 3]);
      till.call(cashier, 'sales.rate', { receiptNo: sale.receiptNo, rating });
    }
  }

  private fenPerPoint(): number {
    return this.history.till.call(this.cashier, 'sales.settings', {}).pointsRedeemFenPerPoint;
  }

  /** A member pays part with points (积分抵扣): whole thousands, up to 5,000, never the whole bill. */
  private pointsToRedeem(customerId: number, totalFen: number): number {
    const { points } = this.history.till.call(this.cashier, 'customers.get', { id: customerId });
    const redeem = Math.min(5_000, Math.floor(points / 1_000) * 1_000);
    return redeem * this.fenPerPoint() < totalFen ? redeem : 0;
  }

  /** The manager takes cash out of the drawer for a small expense, with a slip. */
  payOut(amountFen: number, reason: string, note: string): void {
    const { till, team } = this.history;
    till.call(team.manager, 'shifts.cashMovement', { kind: 'paidOut', amountFen, reason, note });
    this.drawer.cashFen -= amountFen;
  }

  /** The manager voids the last sale (the customer changed their mind at the counter). */
  voidLast(): void {
    const sold = this.lastSale;
    if (!sold) return;
    const { till, team } = this.history;
    till.call(team.manager, 'sales.void', { receiptNo: sold.receiptNo, reason: '顾客改选其他款式' });
    this.drawer.take(sold.tenders, sold.changeFen, -1);
    this.lastSale = null;
    this.voids++;
  }

  desk(step: DeskStep): void {
    const { till, team, calendar, memberIds } = this.history;
    const desk = team.repairDesk;
    // the repair desk signs in when its first ticket of the day comes up
    if (!till.isSignedIn(desk)) till.signIn(desk);
    const { act } = step;
    const ticketNo = this.ctx.tickets.get(step.ticket) ?? '';
    switch (act.kind) {
      case 'intake': {
        const customerId = memberIds[(step.ticket * 7) % memberIds.length] as number;
        const promisedOn = calendar.day(this.ctx.offset + act.promisedInDays);
        const ticket = till.call(desk, 'repairs.intake', { ...act.input, customerId, promisedOn });
        this.ctx.tickets.set(step.ticket, ticket.ticketNo);
        if (act.input.deposit) this.drawer.take(act.input.deposit.tenders, 0);
        return;
      }
      case 'advance':
        till.call(desk, 'repairs.advance', { ticketNo, step: act.step });
        return;
      case 'qc':
        till.call(desk, 'repairs.qc', { ticketNo, weightMg: act.weightMg, stones: act.stones, passed: true });
        return;
      case 'call':
        till.call(desk, 'repairs.logCall', { ticketNo, outcome: 'reached' });
        return;
      case 'collect':
        till.call(desk, 'repairs.collect', {
          ticketNo,
          weightOut: { source: 'scale', weightMg: act.weightMg },
          tenders: act.tenders,
          stub: { kind: 'presented' },
        });
        this.drawer.take(act.tenders, 0);
    }
  }
}

function restock(till: Till, manager: DemoPerson, shelf: Shelf): void {
  for (const { product, quantity } of shelf.restock(10, 40)) {
    till.call(manager, 'catalog.receiveStock', { productId: product.id, quantity, note: '供应商补货' });
  }
}

/** The rates the manager sets on the day `offset` days from today. */
const ratesOn = (history: HistoryInput, offset: number): Rates =>
  history.rates[offset + history.days] as Rates;

const byPurity = (rates: Rates): DayRates =>
  new Map(rates.map((rate): [Purity, Rates[number]] => [rate.purity, rate]));

/**
 * The demo store traded its month without a printer (its devices are a simulated scale and scanner), so the
 * month's Z reports and cash slips wait in the queue, and would all print the moment someone adds a printer
 * to try it. The manager cancels them, as a store clears a queue of stale paper; the journal keeps each
 * cancel. (Receipts, warranty cards and repair slips of the past are never queued: see replay.ts.)
 */
function clearPrintQueue(till: Till, manager: DemoPerson, at: Date): void {
  till.moveTo(at);
  till.signIn(manager);
  for (const job of till.call(manager, 'printing.jobs', { states: ['pending'], limit: 200 })) {
    till.call(manager, 'printing.cancel', { jobId: job.id });
  }
  till.signOut(manager);
}

/** The morning: the manager sets the day's gold rates, the cashier counts the float and opens the shift. */
function openDay(history: HistoryInput, offset: number, cashier: DemoPerson, floatFen: number): void {
  const { till, calendar, team } = history;
  till.moveTo(calendar.at(offset, hm(9)));
  till.signIn(team.manager);
  till.call(team.manager, 'goldRates.set', { rates: ratesOn(history, offset) });
  till.moveTo(calendar.at(offset, hm(9, 20)));
  till.signIn(cashier);
  till.call(cashier, 'shifts.open', { counts: countOut(floatFen) });
}

/** The day's customers, repair tickets and odd jobs, at their times. */
function planDay(history: HistoryInput, day: TradingDay, offset: number, desk: readonly DeskStep[]): void {
  const { random, till, team } = history;
  const customers = random.int(8, 13);
  for (let i = 0; i < customers; i++) day.at(random.int(OPEN, CLOSE - 1), () => day.sell());
  if (offset % 10 === -5) {
    day.at(hm(15, 30), () => day.sell({ category: '钻石', bp: 1_000, reason: '店庆活动' }));
  }
  if (offset % 12 === -3) day.at(hm(16), () => day.voidLast());
  if (offset % 6 === -1) {
    const amountFen = random.step(2_000, 8_000, 100);
    day.at(hm(14, 10), () => day.payOut(amountFen, '零星开支', '购买打印纸'));
  }
  for (const step of desk.filter((s) => s.day === offset)) day.at(step.minute, () => day.desk(step));
  if (offset === DELIVERY_DAY) day.at(hm(9, 50), () => restock(till, team.manager, day.shelf));
}

/**
 * The night: the cashier counts the drawer blind and closes the shift with its Z report, leaving the next
 * float in the drawer; the manager closes the day; everyone signs out. `shortFen` is cash gone missing:
 * beyond the threshold, the close needs a reason and the manager's approval. Returns the cash left in.
 */
function closeDay(history: HistoryInput, day: TradingDay, offset: number, shortFen: number): number {
  const { till, calendar, team } = history;
  const { cashier } = day;
  till.moveTo(calendar.at(offset, hm(21, 30)));
  const counts = countOut(day.drawer.cashFen - shortFen);
  const counted = counts.reduce((sum, c) => sum + c.denominationFen * c.quantity, 0);
  till.call(cashier, 'shifts.closeCount', { counts, settled: day.drawer.settled });
  const leftInFen = Math.min(LEFT_IN_FEN, counted);
  if (shortFen > 0) {
    till.approved(cashier, team.manager, 'shifts.close', { reason: '找零差错，已复核监控', leftInFen });
  } else {
    till.call(cashier, 'shifts.close', { leftInFen });
  }
  till.moveTo(calendar.at(offset, hm(21, 40)));
  till.call(team.manager, 'shifts.closeDay', { businessDay: calendar.day(offset) });
  for (const person of [cashier, team.repairDesk, team.manager]) {
    if (till.isSignedIn(person)) till.signOut(person);
  }
  return leftInFen;
}

/**
 * The last `days` days of trading, each as the store lives it: the manager sets the day's gold rates, a
 * cashier counts the float and opens the shift, customers buy (some with old gold, some members, one in a
 * while with a manager's discount or a void), the repair desk works its tickets, a little cash is paid
 * out, and at night the cashier counts the drawer blind, closes the shift with its Z report and the
 * manager closes the day. One evening the drawer is ￥50 short and the manager approves the close.
 */
export function tradeHistory(history: HistoryInput): HistorySummary {
  const { till, team, random, calendar } = history;
  const shelf = new Shelf(history.products);
  const desk = deskSteps(random);
  const tickets = new Map<number, string>();
  const summary: HistorySummary = { sales: 0, voids: 0, shifts: 0, repairTickets: 0 };
  let floatFen = FIRST_FLOAT_FEN;
  for (let offset = -history.days; offset < 0; offset++) {
    const cashier = team.cashiers[(offset + history.days) % team.cashiers.length] as DemoPerson;
    openDay(history, offset, cashier, floatFen);
    const day = new TradingDay(history, {
      offset,
      cashier,
      rates: byPurity(ratesOn(history, offset)),
      shelf,
      tickets,
    });
    day.drawer.cashFen = floatFen;
    planDay(history, day, offset, desk);
    day.run();
    floatFen = closeDay(history, day, offset, offset === SHORT_DAY ? 5_000 : 0);
    summary.sales += day.sales;
    summary.voids += day.voids;
    summary.shifts++;
  }
  clearPrintQueue(till, team.manager, calendar.at(-1, hm(21, 50)));
  summary.repairTickets = tickets.size;
  return summary;
}
