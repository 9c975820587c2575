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
});
