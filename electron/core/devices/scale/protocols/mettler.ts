import { mgToGrams } from '../decimal';
import { unreadable, weightLine, type ScaleLine, type ScaleProtocol } from '../protocol';

const ERRORS = new Set(['ES', 'ET', 'EL']);
const COMMAND_REPLIES = new Set(['T', 'TI', 'Z', 'ZI']);
const REFUSED_STATUSES = new Set(['I', 'L', '+', '-']);

function weightResponse(status: string, value: string[], line: string): ScaleLine {
  switch (status) {
    case 'S':
    case 'D': {
      // Fields are split on whitespace, not columns: models pad differently, and some print the
      // sign apart from the digits ("S S   -   12.345 g").
      const unit = value.at(-1);
      if (value.length < 2 || unit === undefined) return unreadable(line);
      return weightLine(value.slice(0, -1).join(''), unit, status === 'S', line);
    }
    case 'I':
      return { kind: 'busy' };
    case '+':
      return { kind: 'overload' };
    case '-':
      return { kind: 'underload' };
    default:
      return unreadable(line);
  }
}

/** Mettler Toledo MT-SICS: `S S     12.345 g`, `S D` dynamic, `S I` busy, `S +`/`S -`, `ES`/`ET`/`EL`. */
export const mettlerProtocol: ScaleProtocol = {
  id: 'mettler',
  // SI answers at once, stable or not, so the settling shows; S would wait for stability.
  request: 'SI',
  tare: 'T',
  zero: 'Z',

  parse(line) {
    // Noise bytes before the command letters (a port opened mid-byte) are not part of the reply.
    const [command = '', status = '', ...value] = line
      .replace(/^[^A-Za-z]+/, '')
      .trim()
      .split(/\s+/);
    if (ERRORS.has(command)) return { kind: 'rejected', reply: command };
    if (command === 'S') return weightResponse(status, value, line);
    if (COMMAND_REPLIES.has(command)) {
      return REFUSED_STATUSES.has(status)
        ? { kind: 'rejected', reply: `${command} ${status}` }
        : { kind: 'reply' };
    }
    return unreadable(line);
  },

  print({ weightMg, stable, overload }) {
    if (overload) return 'S +';
    return `S ${stable ? 'S' : 'D'} ${mgToGrams(weightMg).padStart(10)} g`;
  },
};
