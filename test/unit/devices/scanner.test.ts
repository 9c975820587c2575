import { describe, expect, it } from 'vitest';
import { LineFramer } from '../../../electron/core/devices/line-framer';
import { decodeScan, suffixTerminators, SUFFIX_TEXT } from '../../../electron/core/devices/scanner/scanner';
import { SCANNER_SUFFIXES } from '../../../shared/contract/devices';

function scans(bytes: string, suffix: (typeof SCANNER_SUFFIXES)[number], prefix = ''): unknown[] {
  const framer = new LineFramer({
    terminators: suffixTerminators(suffix),
    skipFirstLine: false,
    maxLineBytes: 4096,
    encoding: 'utf8',
  });
  // One byte at a time: a serial scanner's bytes can arrive in any grouping.
  return [...Buffer.from(bytes)]
    .flatMap((byte) => framer.push(Buffer.from([byte])).lines)
    .map((line) => decodeScan(line, prefix));
}

describe('scanner', () => {
  it('ends a code at each configured suffix', () => {
    expect(suffixTerminators('CR')).toEqual([13]);
    expect(suffixTerminators('CRLF')).toEqual([13, 10]);
    expect(suffixTerminators('LF')).toEqual([10]);
    expect(suffixTerminators('TAB')).toEqual([9]);
    for (const suffix of SCANNER_SUFFIXES) {
      const text = ['6901234567892', 'JF-AU9999-0012'].map((code) => code + SUFFIX_TEXT[suffix]).join('');
      expect(scans(text, suffix)).toEqual([{ code: '6901234567892' }, { code: 'JF-AU9999-0012' }]);
    }
  });

  it('strips the configured prefix and refuses a code without it', () => {
    expect(decodeScan(']E06901234567892', ']E0')).toEqual({ code: '6901234567892' });
    expect(scans('#A1\r\nB2\r\n', 'CRLF', '#')).toEqual([
      { code: 'A1' },
      { problem: expect.objectContaining({ code: 'DEVICE_SCAN_PREFIX_MISSING', details: { prefix: '#' } }) },
    ]);
    expect(decodeScan('#', '#')).toBeNull();
  });

  it('drops framing control bytes and surrounding spaces', () => {
    expect(scans('\u0002 6901234567892 \u0003\r', 'CR')).toEqual([{ code: '6901234567892' }]);
  });
});
