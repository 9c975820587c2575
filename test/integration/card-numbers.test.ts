import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import { CARD_FORMS, cardNumbersIn } from '../helpers/card-scan';
import { BANGLE_INTAKE, openRepairShop, type RepairShop } from '../helpers/repairs';
import { cash } from '../helpers/sales';

let shop: RepairShop | undefined;
const open = (): RepairShop => (shop = openRepairShop());
afterEach(() => {
  shop?.close();
  shop = undefined;
});

const count = (s: RepairShop, table: string): number =>
  (s.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function expectRefused(result: Envelope<unknown>, form: string): void {
  expect(result, form).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  if (!result.ok) expect(result.error.message, form).toContain('never a card number');
}

describe('card numbers are never stored', () => {
  it('refuses each written form as a card slip, WeChat Pay or Alipay reference of a sale', () => {
    const s = open();
    for (const form of CARD_FORMS) {
      for (const tender of [
        { method: 'bankCard' as const, amountFen: 38_000, reference: form, last4: '1111' },
        { method: 'wechat' as const, amountFen: 38_000, reference: form },
        { method: 'alipay' as const, amountFen: 38_000, reference: form },
      ]) {
        expectRefused(s.commit({ lines: [s.line.jade()] }, [tender]), `${tender.method} ${form}`);
      }
    }
    expect(count(s, 'sale_payments')).toBe(0);
    // a real wallet transaction id still goes through
    const sale = s.commit({ lines: [s.line.jade()] }, [
      { method: 'wechat', amountFen: 38_000, reference: '4200001234202611230001' },
    ]);
    expect(sale.ok).toBe(true);
  });

  it('refuses each form in a repair payment, a refund reference and the notes that go with them', () => {
    const s = open();
    for (const form of CARD_FORMS) {
      const deposit = {
        amountFen: 3_000,
        tenders: [{ method: 'alipay' as const, amountFen: 3_000, reference: form }],
      };
      expectRefused(s.intake({ deposit }), `deposit ${form}`);
      const noted = s.intake({ item: { ...BANGLE_INTAKE.item, notes: `卡号 ${form}` } });
      expectRefused(noted, `intake note ${form}`);
    }
    expect(count(s, 'repair_payments')).toBe(0);
    expect(count(s, 'repair_tickets')).toBe(0);

    const sale = s.sell({ lines: [s.line.jade()] }, [
      { method: 'bankCard', amountFen: 38_000, reference: '000123', last4: '1111' },
    ]);
    for (const form of CARD_FORMS) {
      const refund = s.call('till', 'returns.commit', {
        returnId: randomUUID(),
        receiptNo: sale.receiptNo,
        lines: [{ lineNo: 1, tagIntact: true, reason: 'changedMind', decision: 'restock' }],
        references: [{ method: 'bankCard', reference: form }],
      });
      expectRefused(refund, `refund reference ${form}`);
      const noted = s.call('till', 'returns.commit', {
        returnId: randomUUID(),
        receiptNo: sale.receiptNo,
        lines: [{ lineNo: 1, tagIntact: true, reason: 'changedMind', decision: 'restock' }],
        note: form,
      });
      expectRefused(noted, `return note ${form}`);
      const paidOut = { kind: 'paidOut' as const, amountFen: 100, reason: '快递费', note: form };
      expectRefused(s.call('till', 'shifts.cashMovement', paidOut), `cash movement note ${form}`);
    }
    expect(count(s, 'returns')).toBe(0);
    expect(cardNumbersIn(s.core.db)).toEqual([]);
  });

  it('the database scan finds a card number written into any text cell', () => {
    const s = open();
    s.sell({ lines: [s.line.jade()] }, [cash(38_000)]);
    expect(cardNumbersIn(s.core.db)).toEqual([]);
    const jade = s.products.jade;
    s.core.db.prepare('UPDATE products SET certificate_no = ? WHERE id = ?').run('4111.1111.1111.1111', jade);
    expect(cardNumbersIn(s.core.db)).toEqual([{ table: 'products', column: 'certificate_no', rowid: jade }]);
  });
});
