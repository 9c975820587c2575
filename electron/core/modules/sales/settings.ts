import { SalesSettings } from '../../../../shared/contract/sales';
import { NO_CASH_ROUNDING } from '../../../../shared/domain/cash-rounding';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

const KEY = 'sales';

const DEFAULT_SALES_SETTINGS: SalesSettings = {
  // 95折 at the counter, 8折 with the manager; the administrator may go further.
  discountLimitBp: { cashier: 500, repairDesk: 0, manager: 2_000, administrator: 10_000 },
  pointsEarnFenPerPoint: 100,
  pointsRedeemFenPerPoint: 1,
  allowNegativeStock: false,
  tradeInDeductionFenPerGram: 0,
  tradeInLossBp: 0,
  typedWeight: 'free',
  tradeInPurity: null,
  cashRounding: NO_CASH_ROUNDING,
};

// Every quote and commit reads the settings: the stored text is parsed again only when it changed.
let parsed: { stored: string; settings: SalesSettings } | undefined;

/** Kept as one row of the settings table, beside the general settings. */
export function readSalesSettings(db: ReadableDB): SalesSettings {
  const stored = query(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (stored === undefined) return DEFAULT_SALES_SETTINGS;
  if (parsed?.stored !== stored) parsed = { stored, settings: SalesSettings.parse(JSON.parse(stored)) };
  return parsed.settings;
}

export function writeSalesSettings(db: WritableDB, settings: SalesSettings): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(settings));
}
