import { GoldRateGuard, type GoldRate } from '../../../../shared/contract/catalog';
import { BP_PER_WHOLE, formatYuan } from '../../../../shared/domain/money';
import { PURITIES, type Purity } from '../../../../shared/domain/purity';
import { DomainError } from '../../errors';
import { readJsonSetting, writeJsonSetting } from '../settings';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

interface RateRow {
  purity: Purity;
  sell_fen_per_gram: number;
  buy_back_fen_per_gram: number | null;
  business_day: string;
  set_at: string;
  set_by: string;
}

/** The rates in force on a business day: for each purity, the last one set that day. */
export function ratesOfDay(db: ReadableDB, day: string): GoldRate[] {
  const rows = query(
    db,
    `SELECT r.purity, r.sell_fen_per_gram, r.buy_back_fen_per_gram, r.business_day, r.set_at, s.name AS set_by
     FROM gold_rates r JOIN staff s ON s.id = r.set_by
     WHERE r.id IN (SELECT max(id) FROM gold_rates WHERE business_day = ? GROUP BY purity)
     ORDER BY r.purity`,
  ).all(day) as RateRow[];
  return rows.map((row) => ({
    purity: row.purity,
    sellFenPerGram: row.sell_fen_per_gram,
    buyBackFenPerGram: row.buy_back_fen_per_gram,
    businessDay: row.business_day,
    setAt: row.set_at,
    setBy: row.set_by,
  }));
}

export function insertRate(
  db: WritableDB,
  rate: { purity: Purity; sellFenPerGram: number; buyBackFenPerGram: number | null },
  context: { day: string; now: Date; actorId: number },
): void {
  statement(
    db,
    `INSERT INTO gold_rates (purity, sell_fen_per_gram, buy_back_fen_per_gram, business_day, set_at, set_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    rate.purity,
    rate.sellFenPerGram,
    rate.buyBackFenPerGram,
    context.day,
    context.now.toISOString(),
    context.actorId,
  );
}

/** The rate of one purity in force on a business day (the last one set that day), or null before any. */
export function currentRate(
  db: ReadableDB,
  purity: Purity,
  day: string,
): { sellFenPerGram: number; buyBackFenPerGram: number | null } | null {
  const rate = query(
    db,
    `SELECT sell_fen_per_gram AS sellFenPerGram, buy_back_fen_per_gram AS buyBackFenPerGram
     FROM gold_rates WHERE purity = ? AND business_day = ? ORDER BY id DESC LIMIT 1`,
  ).get(purity, day) as { sellFenPerGram: number; buyBackFenPerGram: number | null } | undefined;
  return rate ?? null;
}

/** The share of the previous rate beyond which a change must be confirmed: 10 % unless the store sets it. */
const DEFAULT_GUARD: GoldRateGuard = { confirmChangeBp: 1_000 };
const GUARD_KEY = 'goldRateGuard';

export const readRateGuard = (db: ReadableDB): GoldRateGuard =>
  readJsonSetting(db, GUARD_KEY, GoldRateGuard, DEFAULT_GUARD);

export function writeRateGuard(db: WritableDB, guard: GoldRateGuard): void {
  writeJsonSetting(db, GUARD_KEY, guard);
}

/**
 * A rate that moves more than the store's share from the last one set for its purity (any day) is taken
 * only once confirmed: ￥6,120/g typed for ￥612/g is refused with both figures, never saved silently.
 */
export function assertRateChangesConfirmed(
  db: ReadableDB,
  rates: readonly { purity: Purity; sellFenPerGram: number; buyBackFenPerGram: number | null }[],
  confirmed: boolean,
): void {
  if (confirmed) return;
  const { confirmChangeBp } = readRateGuard(db);
  const last = query(
    db,
    `SELECT sell_fen_per_gram AS sell, buy_back_fen_per_gram AS buyBack FROM gold_rates
     WHERE purity = ? ORDER BY id DESC LIMIT 1`,
  );
  const beyond = (previous: number | null, next: number | null): boolean =>
    previous !== null &&
    next !== null &&
    Math.abs(next - previous) * BP_PER_WHOLE > previous * confirmChangeBp;
  for (const rate of rates) {
    const previous = last.get(rate.purity) as { sell: number; buyBack: number | null } | undefined;
    if (!previous) continue;
    const pairs: [number | null, number | null][] = [
      [previous.sell, rate.sellFenPerGram],
      [previous.buyBack, rate.buyBackFenPerGram],
    ];
    const changed = pairs.find(([before, after]) => beyond(before, after));
    if (changed) {
      const [before, after] = changed as [number, number];
      throw new DomainError('GOLD_RATE_CHANGE_UNCONFIRMED', {
        purity: PURITIES[rate.purity].zh,
        previous: `${formatYuan(before)}/g`,
        next: `${formatYuan(after)}/g`,
        previousFen: before,
        nextFen: after,
        share: `${confirmChangeBp / 100}%`,
      });
    }
  }
}
