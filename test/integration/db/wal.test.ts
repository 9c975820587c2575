import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { tempDir } from '../../helpers/core';
import { afterCommit, cash, openShop } from '../../helpers/sales';

describe('the WAL', () => {
  it('is never checkpointed by a commit, is cut back after a checkpoint, the page cache is large and reads are memory-mapped', () => {
    const db = openDatabase(join(tempDir(), 'till.db'));
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(64 * 1024 * 1024);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65_536);
    expect(db.pragma('mmap_size', { simple: true })).toBe(1024 * 1024 * 1024);
    db.close();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is checkpointed by the core once the till has been idle for idleMs after a sale', async () => {
    // the checkpointer's clock and timer are faked, so the test moves its time instead of waiting
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const shop = openShop({ checkpoints: { idleMs: 2_000 } });
    try {
      shop.sell({ lines: [shop.line.towel()] }, [cash(3_900)]);
      await afterCommit();
      vi.advanceTimersByTime(2_000);
      // the idle checkpoint has copied everything back: the next write starts the WAL from its beginning
      shop.ok('till', 'sales.voidCart', { lineCount: 1, amountFen: 3_900 });
      const [wal] = shop.core.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
      expect(wal?.log).toBeLessThan(10);
    } finally {
      shop.close();
    }
  });

  it('stays bounded over 10,000 sales at a till that never pauses: the core checkpoints it off the sale path', () => {
    // a sale every second for ten thousand seconds: never the two idle seconds, so only the 60-second
    // backstop checkpoints; the faked clock moves between sales and lets the checkpointer's timer run
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'performance'] });
    const shop = openShop();
    try {
      shop.ok('admin', 'catalog.receiveStock', {
        productId: shop.products.towel,
        quantity: 10_000,
        note: '',
      });
      // how big the WAL grows does not depend on fsync; without it ten thousand commits take seconds
      shop.core.db.pragma('synchronous = OFF');
      const wal = `${shop.core.databaseFile}-wal`;
      const sizes: number[] = [];
      for (let i = 0; i < 10_000; i++) {
        const sale = shop.commit({ lines: [shop.line.towel()] }, [cash(3_900)]);
        if (!sale.ok) throw new Error(`sale ${i} failed: ${sale.error.code}`);
        vi.advanceTimersByTime(1_000);
        sizes.push(statSync(wal).size);
      }
      const firstHalf = Math.max(...sizes.slice(0, 5_000));
      const secondHalf = Math.max(...sizes.slice(5_000));
      console.log(`WAL over 10,000 sales: max ${Math.max(firstHalf, secondHalf)} bytes`);
      // the WAL is rewritten from its start after each checkpoint: the second five thousand sales need no
      // more room than the first, and a minute of sales fits in a few MiB
      expect(secondHalf).toBeLessThanOrEqual(firstHalf);
      expect(secondHalf).toBeLessThan(8 * 1024 * 1024);
    } finally {
      shop.close();
    }
  }, 600_000);
});
