import { mgToGrams } from '../decimal';
import { signedValue, unreadable, type ScaleProtocol } from '../protocol';

// A&D standard format: header, comma, optional comparison header, signed value, unit. The header is
// searched for rather than expected at column 0, so bytes left over before it do not matter.
const DATA = /(ST|US|QT|OL),(?:(?:[A-Z-]{2}|[A-Z] ),)?(.*)$/;
const ERROR = /(EC,E\d+)/;

/** A&D balances (FX-i, GX, GF, EK-i …): `ST,+00012.345  g`, `US,` unstable, `OL,` out of range. */
export const andProtocol: ScaleProtocol = {
  id: 'and',
  request: 'Q',
  tare: 'T',
  zero: 'Z',

  parse(line) {
    const data = DATA.exec(line);
    if (data) {
      const [, header, field = ''] = data;
      // Overload comes as OL,+9999999E+19 and, below zero, OL,-9999999E+19; no number to read.
      if (header === 'OL') return field.trim().startsWith('-') ? { kind: 'underload' } : { kind: 'overload' };
      return signedValue(field, header !== 'US', line);
    }
    const error = ERROR.exec(line);
    return error ? { kind: 'rejected', reply: error[1] ?? line } : unreadable(line);
  },

  print({ weightMg, stable, overload }) {
    if (overload) return 'OL,+9999999E+19';
    const value = mgToGrams(Math.abs(weightMg)).padStart(9, '0');
    return `${stable ? 'ST' : 'US'},${weightMg < 0 ? '-' : '+'}${value}  g`;
  },
};
