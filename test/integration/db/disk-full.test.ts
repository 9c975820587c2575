import { afterEach, describe, expect, it } from 'vitest';
import { verifyJournal } from '../../../electron/core/journal/verify';
import { cash, openShop, type Shop } from '../../helpers/sales';

// A real full disk needs a small file system, which an unprivileged test cannot mount. SQLite's
// max_page_count makes the real driver answer SQLITE_FULL exactly where a full disk would: when the file
// must grow by a page.
const SQLITE_MAX_PAGES = 1_073_741_823;

let shop: Shop;
afterEach(() => shop.close());

const count = (table: string): number =>
  shop.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Fills the "disk": sign-ins go on until the journal's last page has no room for another row. */
function fillTheDisk(): void {
  const db = shop.core.db;
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  for (let tries = 0; tries < 1_000; tries++) {
    const before = count('journal');
    const login = shop.call('till', 'auth.login', { staffId: shop.ids.zhang, pin: '1111' });
    expect(login.ok).toBe(true);
    if (count('journal') === before) return;
  }
  throw new Error('the journal never filled its pages');
}

describe('a full disk', () => {
  it('refuses a sale with DISK_FULL in the cashier’s words and keeps none of it', () => {
    shop = openShop();
    fillTheDisk();
    const sales = count('sales');
    const result = shop.commit({ lines: [shop.line.jade()] }, [cash(38_000)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DISK_FULL');
    expect(result.error.message).toContain('磁盘已满，本单未保存，请联系店长');
    expect(result.error.message).toContain('The disk is full: this was not saved. Call the store manager');
    expect(count('sales')).toBe(sales);
    expect(count('sale_lines')).toBe(0);
  });

  it('still lets people sign in, switch and read, and journals those sign-ins once the disk has room', () => {
    shop = openShop();
    const loginsBefore = shop.journal('auth.login').length;
    fillTheDisk();
    const journalFull = count('journal');
    // sign-ins made while it is full: another cashier at a second window, and back at the till
    expect(shop.ok('desk', 'auth.login', { staffId: shop.ids.li, pin: '2222' }).state).toBe('active');
    expect(shop.ok('till', 'auth.login', { staffId: shop.ids.zhang, pin: '1111' }).state).toBe('active');
    expect(shop.ok('desk', 'auth.session', {}).state).toBe('active');
    expect(shop.ok('till', 'catalog.lookup', { code: 'YP-0001' }).onHand).toBeGreaterThan(0);
    expect(shop.ok('office', 'journal.verify', {}).ok).toBe(true);
    expect(count('journal')).toBe(journalFull);

    // room again (the manager cleared the disk): the next sale goes through and the held sign-ins are
    // in the chain ahead of it, with the times they happened
    shop.core.db.pragma(`max_page_count = ${SQLITE_MAX_PAGES}`);
    const heldLogins = shop.journal('auth.login').length;
    shop.sell({ lines: [shop.line.jade()] }, [cash(38_000)]);
    const logins = shop.journal('auth.login').length;
    expect(logins).toBeGreaterThan(heldLogins + 2);
    expect(logins).toBeGreaterThan(loginsBefore);
    const types = shop.core.db
      .prepare('SELECT type FROM journal WHERE seq > ? ORDER BY seq')
      .pluck()
      .all(journalFull) as string[];
    expect(types.slice(0, 3)).toEqual(['auth.login', 'auth.login', 'auth.login']);
    expect(types).toContain('sale.committed');
    expect(verifyJournal(shop.core.db).ok).toBe(true);
  });

  it('a read-only database refuses a sale with STORAGE_READONLY', () => {
    shop = openShop();
    // the driver's own read-only refusal (SQLITE_READONLY), as a file the system made read-only gives
    shop.core.db.pragma('query_only = 1');
    const result = shop.commit({ lines: [shop.line.jade()] }, [cash(38_000)]);
    expect(result.ok ? null : result.error.code).toBe('STORAGE_READONLY');
    expect(shop.ok('till', 'auth.login', { staffId: shop.ids.li, pin: '2222' }).state).toBe('active');
  });
});
