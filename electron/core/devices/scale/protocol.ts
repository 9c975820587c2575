import type { ScaleProtocolId, WeightUnit } from '../../../../shared/contract/devices';
import { decimalToMg } from './decimal';

/** What one line from a scale says. Parsers are pure: a line in, one of these out. */
export type ScaleLine =
  | { kind: 'weight'; weightMg: number; unit: WeightUnit; stable: boolean }
  | { kind: 'overload' }
  /** Below the zero range (MT-SICS `S -`, A&D `OL,-…`): reported to the cashier as a negative weight. */
  | { kind: 'underload' }
  /** The scale answers but has no value now (MT-SICS `S I`: taring, adjusting). */
  | { kind: 'busy' }
  /** Acknowledges a command (MT-SICS `T S …`, `Z A`): not a reading. */
  | { kind: 'reply' }
  /** The scale refused a command (`ES`, `ET`, `EL`, A&D `EC,E…`): the reading stands. */
  | { kind: 'rejected'; reply: string }
  | { kind: 'invalid'; code: 'DEVICE_UNIT_UNSUPPORTED'; details: { unit: string } }
  | { kind: 'invalid'; code: 'DEVICE_LINE_UNREADABLE'; details: { line: string } };

/** The weight a simulated scale prints. */
export interface PrintedWeight {
  weightMg: number;
  stable: boolean;
  overload: boolean;
}

export interface ScaleProtocol {
  readonly id: ScaleProtocolId;
  /** Asks for the current weight, stable or not (request mode); null when the scale only streams. */
  readonly request: string | null;
  readonly tare: string | null;
  readonly zero: string | null;
  parse(line: string): ScaleLine;
  /** How this scale prints a weight; the simulated scale speaks through it. Null: it prints nothing. */
  print(weight: PrintedWeight): string | null;
}

const UNITS: Readonly<Record<string, WeightUnit>> = { g: 'g', ct: 'ct', kg: 'kg' };

/** Non-printable bytes shown as \xNN, so an unreadable line can go into a message. */
function shown(line: string): string {
  const printable = line.replace(
    /[^\x20-\x7e]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return printable.trim().slice(0, 60);
}

export function unreadable(line: string): ScaleLine {
  return { kind: 'invalid', code: 'DEVICE_LINE_UNREADABLE', details: { line: shown(line) } };
}

/**
 * The part every protocol shares once it has cut out the number and the unit: spaces between a sign
 * and its digits are allowed ("-   12.34"), units are matched without case, others are refused.
 */
export function weightLine(number: string, unit: string, stable: boolean, line: string): ScaleLine {
  if (unit.trim() === '') return unreadable(line);
  const known = UNITS[unit.trim().toLowerCase()];
  if (known === undefined)
    return { kind: 'invalid', code: 'DEVICE_UNIT_UNSUPPORTED', details: { unit: shown(unit) } };
  const weightMg = decimalToMg(number.replace(/\s+/g, ''), known);
  return weightMg === null ? unreadable(line) : { kind: 'weight', weightMg, unit: known, stable };
}

const SIGNED_VALUE = /^\s*([+-]?\s*[\d.]+)\s*(.*?)\s*$/;

/** A field holding a signed number and its unit ("+00012.345  g", "-  0.123kg"), as A&D and CAS print. */
export function signedValue(field: string, stable: boolean, line: string): ScaleLine {
  const match = SIGNED_VALUE.exec(field);
  return match ? weightLine(match[1] ?? '', match[2] ?? '', stable, line) : unreadable(line);
}
