import type { ChannelInput } from '../../../shared/contract';
import { tillDenominations, type SettledTender } from '../../../shared/domain/shift';

type Counts = ChannelInput<'shifts.open'>['counts'];
type Tenders = ChannelInput<'sales.commit'>['tenders'];

/**
 * Notes and coins for an amount, largest first. The demo store keeps no fen coins (the default): fen below
 * the smallest coin (1 jiao) cannot be counted.
 */
export function countOut(fen: number): Counts {
  let left = fen;
  return tillDenominations(false).flatMap((denominationFen) => {
    const quantity = Math.floor(left / denominationFen);
    left -= quantity * denominationFen;
    return quantity > 0 ? [{ denominationFen, quantity }] : [];
  });
}

/**
 * What the cashier knows is in the drawer and on the payment terminals, kept as the day's money moves, so
 * the blind close counts what is really there.
 */
export class Drawer {
  cashFen: number;
  readonly settled: Record<SettledTender, number> = { bankCard: 0, wechat: 0, alipay: 0 };

  constructor(floatFen: number) {
    this.cashFen = floatFen;
  }

  /** Money taken by these tenders (`sign` −1 when paid back), with the change given from the drawer. */
  take(tenders: Tenders, changeFen: number, sign: 1 | -1 = 1): void {
    for (const tender of tenders) {
      if (tender.method === 'cash') this.cashFen += sign * tender.amountFen;
      else if (tender.method !== 'storeCredit' && tender.method !== 'points') {
        this.settled[tender.method] += sign * tender.amountFen;
      }
    }
    this.cashFen -= sign * changeFen;
  }
}
