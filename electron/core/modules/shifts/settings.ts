import { ShiftSettings, type DenominationCount } from '../../../../shared/contract/shifts';
import { formatYuan } from '../../../../shared/domain/money';
import { isFenCoin } from '../../../../shared/domain/shift';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

const KEY = 'shifts';

/** ￥10, and the reasons the store manuals name for cash put in or taken out of the drawer. */
const DEFAULTS: ShiftSettings = {
  overShortThresholdFen: 1_000,
  paidInReasons: ['补充备用金', '换零钱', '其他'],
  paidOutReasons: ['零星开支', '供应商付款', '银行存款', '其他'],
  fenCoins: false,
};

/** Kept as one row of the settings table; read at each count and movement only, so parsed each time. */
export function readShiftSettings(db: ReadableDB): ShiftSettings {
  const stored = query(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return stored === undefined ? DEFAULTS : ShiftSettings.parse(JSON.parse(stored));
}

/** A count in fen coins where the store keeps none is a slip of the hand, not a drawer: it is refused. */
export function assertDenominations(db: ReadableDB, counts: readonly DenominationCount[]): void {
  if (readShiftSettings(db).fenCoins) return;
  const coin = counts.find((c) => c.quantity > 0 && isFenCoin(c.denominationFen));
  if (coin) throw new DomainError('SHIFT_FEN_COINS_OFF', { denomination: formatYuan(coin.denominationFen) });
}

export function writeShiftSettings(db: WritableDB, settings: ShiftSettings): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(settings));
}
