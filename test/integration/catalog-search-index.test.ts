import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { searchProducts } from '../../electron/core/modules/catalog/repo';
import { SEARCH_INDEX_VERSION } from '../../electron/core/modules/catalog/search-index';
import { openShop, type Shop } from '../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

describe('the search index', () => {
  it('is rebuilt from the products at start when it is older than the code', () => {
    const s = (shop = openShop());
    const version = (db = s.core.db) =>
      db.prepare(`SELECT value FROM settings WHERE key = 'catalog.searchIndexVersion'`).pluck().get();
    // opened before it had products: the index was current without a rebuild, and is left unmarked
    expect(version()).toBeUndefined();
    // an index as an older version left it: emptied
    s.core.db.prepare(`INSERT INTO product_search (product_search) VALUES ('delete-all')`).run();
    expect(searchProducts(s.core.db, 'shouzhuo', { limit: 20 })).toEqual([]);
    s.core.close();
    const again = createCore({ dataDir: s.dataDir, clock: s.clock.now, devices: false, printing: false });
    try {
      expect(version(again.db)).toBe(String(SEARCH_INDEX_VERSION));
      expect(searchProducts(again.db, 'shouzhuo', { limit: 20 }).map((p) => p.name)).toEqual([
        '足金古法手镯',
      ]);
      expect(searchProducts(again.db, 'MJ-0100', { limit: 20 }).map((p) => p.sku)).toEqual(['MJ-0100']);
      expect(searchProducts(again.db, '690123456', { limit: 20 }).map((p) => p.sku)).toEqual(['JZ-0001']);
    } finally {
      again.close();
    }
  });
});
