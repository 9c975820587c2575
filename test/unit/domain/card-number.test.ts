import { describe, expect, it } from 'vitest';
import { holdsCardNumber, isCardNumber, referenceIsCardNumber } from '../../../shared/domain/card-number';
import { CARD_FORMS } from '../../helpers/card-scan';

// Published test numbers, each Luhn-valid: Visa 16 and 13 digits, Mastercard, Amex (15), UnionPay (19).
const CARDS = [
  '4111111111111111',
  '4222222222222',
  '5555555555554444',
  '378282246310005',
  '6250941006528599',
];

describe('card numbers', () => {
  it('are 13–19 digits passing the Luhn check', () => {
    for (const card of CARDS) expect(isCardNumber(card), card).toBe(true);
    expect(isCardNumber('4111111111111112')).toBe(false);
    expect(isCardNumber('411111111111')).toBe(false); // 12 digits
    expect(isCardNumber('41111111111111111110')).toBe(false); // 20 digits
  });

  it('are found however they are written, in a reference or in a note', () => {
    for (const form of CARD_FORMS) {
      expect(referenceIsCardNumber(form), form).toBe(true);
      expect(holdsCardNumber(`客户说卡号是 ${form}，请核对`), form).toBe(true);
    }
    // a reference is one code: letters anywhere in it do not hide the digits
    expect(referenceIsCardNumber('4111xyz1111xyz1111xyz1111')).toBe(true);
  });

  it('leave wallet transaction ids, the till’s own numbers and everyday notes alone', () => {
    for (const text of ['4200001234202611230001', '2026112322001456781234567890', '000123']) {
      expect(referenceIsCardNumber(text), text).toBe(false);
    }
    for (const note of [
      '原单 T01-20261123-0001，2026-11-23T02:00:00.000Z 退回',
      '维修单 WX-T01-000012，退货单 T01-R000003',
      '客户电话 13800138000，下午 3 点来取',
      '条码 6901234567890',
      // an in-store EAN-13 that happens to pass Luhn as well
      '条码 2100000001095',
      'c5e2f6a0-8c1d-4b8e-9f0a-1b2c3d4e5f60',
    ]) {
      expect(holdsCardNumber(note), note).toBe(false);
    }
  });
});
