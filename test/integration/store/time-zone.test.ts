import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/print/render/text';
import { buildDocument, type DocumentType, type PrintContext } from '../../../shared/print/templates';
import { afterCommit, cash, openShop, type Shop } from '../../helpers/sales';
import { drawerOf } from '../../helpers/shifts';

let shop: Shop | undefined;
let machineZone: string | undefined;
beforeEach(() => {
  // the till's machine runs on UTC while the store is in Shanghai (8 hours ahead)
  machineZone = process.env.TZ;
  process.env.TZ = 'UTC';
});
afterEach(() => {
  shop?.close();
  shop = undefined;
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

/** Moves the shop's clock to `iso` and signs its cashier in again (the jump locked the idle screen). */
function setClock(s: Shop, iso: string): void {
  s.clock.ms = Date.parse(iso);
  s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
}

/** A queued document as the printer would print it: its data and the context it was queued with. */
function printed(s: Shop, type: DocumentType, reference: string): string {
  const row = s.core.db
    .prepare('SELECT data, context FROM print_jobs WHERE document_type = ? AND reference = ?')
    .get(type, reference) as { data: string; context: string };
  return renderText(buildDocument(type, JSON.parse(row.data), JSON.parse(row.context) as PrintContext), 48);
}

describe('the store’s time zone', () => {
  it('dates the receipt number, the printed time and the Z report alike, not by the machine’s zone', async () => {
    const s = (shop = openShop({ shift: false, printing: false }));
    // 19:08:04 UTC on 3 December is 03:08:04 on 4 December in Shanghai
    setClock(s, '2026-12-03T19:08:04.000Z');
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    const sale = s.commit({ lines: [s.line.towel()] }, [cash(3_900)]);
    if (!sale.ok) throw new Error(sale.error.code);
    expect(sale.value.receiptNo).toBe('T01-20261204-0001');
    await afterCommit();
    expect(printed(s, 'receipt', sale.value.receiptNo)).toMatch(/日期\s+2026-12-04 03:08:04/);

    s.ok('till', 'shifts.closeCount', {
      counts: drawerOf(53_900),
      settled: { bankCard: 0, wechat: 0, alipay: 0 },
    });
    const closed = s.ok('till', 'shifts.close', { leftInFen: 50_000 });
    expect(closed.report.businessDay).toBe('2026-12-04');
    expect(closed.preview.text).toMatch(/营业日\s+2026-12-04/);
    expect(closed.preview.text).toMatch(/开班\s+2026-12-04 03:08:04/);
  });

  it('is a store setting an administrator sets, checked against the IANA zones', () => {
    const s = (shop = openShop({ shift: false, printing: false }));
    const settings = s.ok('admin', 'settings.get', {});
    expect(settings.timeZone).toBe('Asia/Shanghai');
    expect(s.call('admin', 'settings.update', { ...settings, timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(s.call('till', 'settings.update', { ...settings, timeZone: 'Europe/London' })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    s.ok('admin', 'settings.update', { ...settings, timeZone: 'Europe/London' });
    expect(s.journal('settings.changed').at(-1)?.payload).toEqual({ timeZone: 'Europe/London' });

    // 19:08 UTC on 3 December is still the 3rd in London
    setClock(s, '2026-12-03T19:08:04.000Z');
    s.ok('till', 'shifts.open', { counts: drawerOf(50_000), note: null });
    const sale = s.commit({ lines: [s.line.towel()] }, [cash(3_900)]);
    expect(sale).toMatchObject({ ok: true, value: { receiptNo: 'T01-20261203-0001' } });
  });
});
