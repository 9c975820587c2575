import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { lookupProduct, searchProducts } from '../../electron/core/modules/catalog/repo';
import { findCustomerByPhone } from '../../electron/core/modules/customers/repo';
import { getTicketRow, openTicketRows } from '../../electron/core/modules/repairs/repo';
import { findSaleKey, purchaseHistory } from '../../electron/core/modules/sales/repo';
import { findOpenShiftHere } from '../../electron/core/modules/shifts/repo';
import { bookedAt, scannedIn, whereIs } from '../../electron/core/modules/tally/repo';
import { openStaffedTill } from '../helpers/core';

// The hot paths' query plans (CONVENTIONS #8): each must find its rows through an index, and search must
// let the full-text index deliver rows in order, so LIMIT stops it early instead of sorting every match.

let till: ReturnType<typeof openStaffedTill> | undefined;
afterEach(() => {
  till?.close();
  till = undefined;
});

/** The query plan of every statement `run` prepares, as one line each. */
function plansOf(db: Database.Database, run: () => unknown): string[] {
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  const spy = (sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  };
  Object.assign(db, { prepare: spy });
  try {
    run();
  } catch {
    // a lookup that finds nothing still shows its plan
  } finally {
    Object.assign(db, { prepare });
  }
  return prepared.map((sql) => {
    const named = Object.fromEntries([...sql.matchAll(/@(\w+)/g)].map(([, name]) => [name, 'x']));
    const positional = Array.from(sql.matchAll(/\?/g), () => 'x');
    const params = Object.keys(named).length > 0 ? [named] : positional;
    const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return rows.map((row) => row.detail).join(' | ');
  });
}

const open = () => (till = openStaffedTill()).core.db;

describe('query plans of the hot paths', () => {
  it('barcode lookup: the barcode, then the product row, which carries its codes and its on-hand', () => {
    const db = open();
    const [plan] = plansOf(db, () => lookupProduct(db, '6901234567890'));
    expect(plan).toContain('SEARCH barcodes USING PRIMARY KEY (code=?)');
    expect(plan).toContain('SEARCH p USING INTEGER PRIMARY KEY (rowid=?)');
    // the codes and the stock are copied into the row as they are written: nothing else is read
    expect(plan).not.toContain('barcodes_product');
    expect(plan).not.toContain('stock_movements');
    expect(plan).not.toMatch(/\bSCAN\b/);
  });

  it('search: the full-text index drives in rowid order, with no sort of the matches, only of the page', () => {
    const db = open();
    const plans = plansOf(db, () => searchProducts(db, '金手镯', { limit: 20 }));
    const search = plans.find((plan) => plan.includes('VIRTUAL TABLE')) ?? '';
    // goods on hand, then sold-out ones: each half read lazily (a co-routine) from the index, up to the page
    const [matches = '', page = ''] = search.split(' | SCAN hit | ');
    expect(matches.match(/SCAN s VIRTUAL TABLE INDEX/g)).toHaveLength(2);
    expect(matches).toContain('SEARCH p USING INTEGER PRIMARY KEY (rowid=?)');
    expect(matches).not.toContain('stock_movements');
    expect(matches).not.toContain('TEMP B-TREE');
    expect(matches).not.toContain('MATERIALIZE');
    expect(page).toContain('SEARCH p USING INTEGER PRIMARY KEY (rowid=?)');
  });

  it('the open shift every sale is taken in: one statement, through the index of open shifts', () => {
    const db = open();
    const [plan] = plansOf(db, () => findOpenShiftHere(db));
    expect(plan).toContain('SEARCH shifts USING INDEX shifts_open (terminal_id=?)');
    expect(plan).not.toMatch(/\bSCAN shifts\b/);
  });

  it('sale and member look-ups: a retried sale id, a phone number, a purchase history', () => {
    const db = open();
    const [retry] = plansOf(db, () => findSaleKey(db, { clientId: 'x' }));
    expect(retry).toMatch(/^SEARCH sales USING INDEX sqlite_autoindex_sales_\d \(client_id=\?\)$/);
    const [phone] = plansOf(db, () => findCustomerByPhone(db, '13812345678'));
    expect(phone).toMatch(/SEARCH c USING INDEX sqlite_autoindex_customers_\d \(phone=\?\)/);
    expect(phone).toContain(
      'SEARCH points_movements USING COVERING INDEX points_movements_balance (customer_id=?)',
    );
    const [history] = plansOf(db, () => purchaseHistory(db, 1, { limit: 20 }));
    expect(history).toContain('SEARCH sales USING INDEX sales_customer (customer_id=? AND id<?)');
    expect(history).not.toContain('TEMP B-TREE');
  });

  it('the repair board and a scanned ticket: the open tickets’ index in promised order, the ticket number', () => {
    const db = open();
    const [board] = plansOf(db, () => openTicketRows(db, null));
    expect(board).toMatch(/^SCAN t USING INDEX repair_tickets_open/);
    expect(board).not.toContain('TEMP B-TREE');
    const [ticket] = plansOf(db, () => getTicketRow(db, 'WX-T01-000001'));
    expect(ticket).toMatch(/^SEARCH t USING INDEX sqlite_autoindex_repair_tickets_\d \(ticket_no=\?\)/);
  });

  it('a scan during a count (点货): the counter’s books by place, the count’s scans, where a piece is', () => {
    const db = open();
    const [books] = plansOf(db, () => bookedAt(db, 1));
    expect(books).toContain('SEARCH l USING INDEX stock_levels_place (place_id=?)');
    expect(books).not.toMatch(/\bSCAN\b/);
    const [scans] = plansOf(db, () => scannedIn(db, 1));
    expect(scans).toContain('SEARCH tally_scans USING COVERING INDEX tally_scans_tally (tally_id=?)');
    const [where] = plansOf(db, () => whereIs(db, 1));
    expect(where).toMatch(/^SEARCH l USING PRIMARY KEY \(product_id=\?\)/);
  });
});
