import type { DeviceProblem, ScannerSuffix } from '../../../../shared/contract/devices';
import { deviceProblem } from '../problem';

/** What each configured suffix puts after a code. */
export const SUFFIX_TEXT: Readonly<Record<ScannerSuffix, string>> = {
  CR: '\r',
  CRLF: '\r\n',
  LF: '\n',
  TAB: '\t',
};

/** The bytes that end a scan; CR LF ends on either byte and the empty remainder is dropped. */
export function suffixTerminators(suffix: ScannerSuffix): number[] {
  return [...Buffer.from(SUFFIX_TEXT[suffix], 'latin1')];
}

export type Scan = { code: string } | { problem: DeviceProblem };

/** One framed line from a scanner: the code after the configured prefix, which must be there. Null: a bare prefix. */
export function decodeScan(line: string, prefix: string): Scan | null {
  const text = line.trim();
  if (!text.startsWith(prefix)) return { problem: deviceProblem('DEVICE_SCAN_PREFIX_MISSING', { prefix }) };
  const code = text.slice(prefix.length).trim();
  return code === '' ? null : { code };
}
