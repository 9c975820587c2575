import { migration0001 } from './0001_foundation';
import { migration0002 } from './0002_printing';
import { migration0003 } from './0003_catalog';
import { migration0004 } from './0004_sales';
import { migration0005 } from './0005_shifts';
import { migration0006 } from './0006_repairs';
import { migration0007 } from './0007_store_time_zone';
import { migration0008 } from './0008_sale_weight_source';
import { migration0009 } from './0009_cash_rounding';
import { migration0010 } from './0010_stock_reversal';
import { migration0011 } from './0011_journal_hash_unindexed';
import { migration0012 } from './0012_returns';
import { migration0013 } from './0013_buy_back';
import { migration0014 } from './0014_exchange';
import { migration0015 } from './0015_pin_protection';
import { migration0016 } from './0016_trade_in_payout';
import { migration0017 } from './0017_on_hand';
import { migration0018 } from './0018_closures';
import { migration0019 } from './0019_stock_places';
import { migration0020 } from './0020_tally';
import { migration0021 } from './0021_stocktake';

/** Applied in order; a migration's number is its position here, and it sets PRAGMA user_version. */
export const MIGRATIONS: readonly string[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
];
