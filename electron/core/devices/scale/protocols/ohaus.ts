import { mgToGrams } from '../decimal';
import { unreadable, weightLine, type ScaleProtocol } from '../protocol';

// Right-justified value, unit, then `?` when unstable and maybe G/N, a time or TOTAL after it.
const PRINTOUT = /([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*([A-Za-z]+)(.*)$/;

/** Ohaus (Scout, Adventurer, Navigator, Defender …): `     12.345 g`, with ` ?` when unstable. */
export const ohausProtocol: ScaleProtocol = {
  id: 'ohaus',
  request: 'IP',
  tare: 'T',
  zero: 'Z',

  parse(line) {
    const trimmed = line.trim();
    if (trimmed === 'ES') return { kind: 'rejected', reply: 'ES' };
    if (/^OK!?$/i.test(trimmed)) return { kind: 'reply' };
    const printout = PRINTOUT.exec(line);
    if (!printout) return unreadable(line);
    const [, sign = '', digits = '', unit = '', rest = ''] = printout;
    return weightLine(sign + digits, unit, !rest.includes('?'), line);
  },

  // Ohaus balances print nothing while overloaded; the display shows it.
  print({ weightMg, stable, overload }) {
    if (overload) return null;
    return `${mgToGrams(weightMg).padStart(11)} g${stable ? '' : ' ?'}`;
  },
};
