import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { cash, openShop, type Shop } from '../helpers/sales';

let shop: Shop | undefined;
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const jumps = (s: Shop) => s.journal('clock.wentBack').map((row) => row.payload);

describe('a clock set backwards', () => {
  it('leaves the business day and receipt numbers where they were and journals the jump once', () => {
    const s = (shop = openShop());
    // 10:00 in Shanghai on 23 November
    const first = s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(first.receiptNo).toBe('T01-20261123-0001');
    const lastAt = s.core.db
      .prepare('SELECT at FROM journal ORDER BY seq DESC LIMIT 1')
      .pluck()
      .get() as string;

    // two days back: 10:00 on 21 November
    s.clock.ms = Date.parse('2026-11-21T02:00:00.000Z');
    const second = s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(second.receiptNo).toBe('T01-20261123-0002');
    expect(Date.parse(second.committedAt)).toBeGreaterThanOrEqual(Date.parse(lastAt));
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(jumps(s)).toEqual([{ clockAt: '2026-11-21T02:00:00.000Z', lastAt }]);

    // a restart on the same wrong clock finds the jump already journaled
    s.core.close();
    const again = createCore({ dataDir: s.dataDir, clock: s.clock.now, devices: false, printing: false });
    const rows = () =>
      again.db.prepare(`SELECT count(*) FROM journal WHERE type = 'clock.wentBack'`).pluck().get() as number;
    again.invoke('till', { channel: 'auth.session', input: {} });
    expect(rows()).toBe(1);
    again.close();
  });

  it('takes a clock a few seconds behind as it is, and journals nothing', () => {
    const s = (shop = openShop());
    s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    s.clock.advance(-30_000);
    const sale = s.sell({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(sale.committedAt).toBe('2026-11-23T01:59:30.000Z');
    expect(jumps(s)).toEqual([]);
  });
});
