import { mgToGrams } from '../decimal';
import { signedValue, unreadable, type ScaleProtocol } from '../protocol';

// Header, GS/NT, then in the 22-byte format a device-id and a binary lamp byte before the last comma.
const DATA = /(ST|US|OL),([A-Z]{2}),(?:.*,)?(.*)$/;

/** The lamp byte: bit 7 and bit 5 always set, bit 6 stable, bit 2 gross weight. */
function lamp(stable: boolean): string {
  return String.fromCharCode(0xa4 | (stable ? 0x40 : 0));
}

/** CAS indicators (CI-series): `ST,GS,<id><lamp>,  0.123 kg`. They only stream; no tare or zero command. */
export const casProtocol: ScaleProtocol = {
  id: 'cas',
  request: null,
  tare: null,
  zero: null,

  parse(line) {
    const data = DATA.exec(line);
    if (!data) return unreadable(line);
    const [, header, , field = ''] = data;
    if (header === 'OL') return field.includes('-') ? { kind: 'underload' } : { kind: 'overload' };
    return signedValue(field, header === 'ST', line);
  },

  print({ weightMg, stable, overload }) {
    if (overload) return `OL,GS,1${lamp(false)},         g`;
    const value = mgToGrams(Math.abs(weightMg)).padStart(7);
    return `${stable ? 'ST' : 'US'},GS,1${lamp(stable)},${weightMg < 0 ? '-' : '+'}${value} g`;
  },
};
