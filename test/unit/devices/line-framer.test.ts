import { describe, expect, it } from 'vitest';
import { LineFramer, type LineFramerOptions } from '../../../electron/core/devices/line-framer';

const framer = (options: Partial<LineFramerOptions> = {}): LineFramer =>
  new LineFramer({
    terminators: [13, 10],
    skipFirstLine: false,
    maxLineBytes: 256,
    encoding: 'latin1',
    ...options,
  });

function pushAll(target: LineFramer, chunks: (string | Buffer)[]): string[] {
  return chunks.flatMap(
    (chunk) => target.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, 'latin1')).lines,
  );
}

describe('line framer', () => {
  it('gives the same lines however the bytes are split, even between CR and LF', () => {
    const text = 'ST,+00012.345  g\r\nUS,+00012.300  g\r\n';
    expect(pushAll(framer(), [text])).toEqual(['ST,+00012.345  g', 'US,+00012.300  g']);
    expect(pushAll(framer(), [...text])).toEqual(['ST,+00012.345  g', 'US,+00012.300  g']);
    expect(pushAll(framer(), ['ST,+00012.345  g\r', '\nUS,+0', '0012.300  g\r\n'])).toEqual([
      'ST,+00012.345  g',
      'US,+00012.300  g',
    ]);
  });

  it('keeps an unfinished line until its end arrives', () => {
    const target = framer();
    expect(target.push(Buffer.from('S S   12.3')).lines).toEqual([]);
    expect(target.push(Buffer.from('45 g\r\n')).lines).toEqual(['S S   12.345 g']);
  });

  it('drops the fragment before the first line end when joining a stream mid-line', () => {
    expect(pushAll(framer({ skipFirstLine: true }), ['345  g\r\nST,+00001.000  g\r\n'])).toEqual([
      'ST,+00001.000  g',
    ]);
    // Joined right after a CR: the fragment is empty and the next line is whole.
    expect(pushAll(framer({ skipFirstLine: true }), ['\nST,+00001.000  g\r\n'])).toEqual([
      'ST,+00001.000  g',
    ]);
  });

  it('drops control bytes and empty lines', () => {
    expect(pushAll(framer(), ['\u0000\u0006\r\n\u0002ST,+1 g\u0003\r\n\r\n'])).toEqual(['ST,+1 g']);
  });

  it('throws away a line that never ends, and the rest of it when it does', () => {
    const target = framer({ maxLineBytes: 16 });
    expect(target.push(Buffer.from('x'.repeat(40)))).toEqual({ lines: [], overflow: 40 });
    expect(target.push(Buffer.from('xxxx\r\nST,+1 g\r\n'))).toEqual({ lines: ['ST,+1 g'], overflow: null });
  });

  it('forgets a half line and arms the skip again on reset', () => {
    const target = framer({ skipFirstLine: true });
    pushAll(target, ['junk\r\nST,+1 g\r\nST,+2']);
    target.reset();
    expect(pushAll(target, [' g\r\nST,+3 g\r\n'])).toEqual(['ST,+3 g']);
  });

  it('decodes UTF-8 only at line ends, so a character split between chunks survives', () => {
    const bytes = Buffer.from('金条-0001\r', 'utf8');
    const target = framer({ terminators: [13], encoding: 'utf8' });
    expect(pushAll(target, [bytes.subarray(0, 2), bytes.subarray(2, 4), bytes.subarray(4)])).toEqual([
      '金条-0001',
    ]);
  });
});
