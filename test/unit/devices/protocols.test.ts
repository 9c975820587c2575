import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCALE_PROTOCOL_FEATURES, SCALE_PROTOCOLS } from '../../../shared/contract/devices';
import { LineFramer } from '../../../electron/core/devices/line-framer';
import type { ScaleLine } from '../../../electron/core/devices/scale/protocol';
import { andProtocol } from '../../../electron/core/devices/scale/protocols/and';
import { casProtocol } from '../../../electron/core/devices/scale/protocols/cas';
import { SCALE_PROTOCOL_DRIVERS } from '../../../electron/core/devices/scale/protocols';
import { mettlerProtocol } from '../../../electron/core/devices/scale/protocols/mettler';
import { ohausProtocol } from '../../../electron/core/devices/scale/protocols/ohaus';

const stable = (weightMg: number, unit = 'g'): ScaleLine =>
  ({ kind: 'weight', weightMg, unit, stable: true }) as ScaleLine;
const moving = (weightMg: number, unit = 'g'): ScaleLine =>
  ({ kind: 'weight', weightMg, unit, stable: false }) as ScaleLine;
const badUnit = (unit: string): ScaleLine => ({
  kind: 'invalid',
  code: 'DEVICE_UNIT_UNSUPPORTED',
  details: { unit },
});
const UNREADABLE = { kind: 'invalid', code: 'DEVICE_LINE_UNREADABLE' };

// Lines as the scales print them (manual examples and captures), each with what it must mean.
describe('A&D', () => {
  it.each<[string, ScaleLine | object]>([
    ['ST,+00012.345  g', stable(12_345)],
    ['US,-00183.96  g', moving(-183_960)],
    ['ST,+0001.250 ct', stable(250, 'ct')],
    ['ST,+0001.278 ct', stable(256, 'ct')],
    ['ST,+0001.234 kg', stable(1_234_000, 'kg')],
    ['ST,OK,+0001.234 kg', stable(1_234_000, 'kg')],
    ['ST,+00000.000  g', stable(0)],
    ['OL,+9999999E+19', { kind: 'overload' }],
    ['OL,-9999999E+19', { kind: 'underload' }],
    ['QT,+00001234 PC', badUnit('PC')],
    ['ST,+00012.345 ozt', badUnit('ozt')],
    ['EC,E11', { kind: 'rejected', reply: 'EC,E11' }],
    ['\u00ff\u00feST,+00012.345  g', stable(12_345)],
    ['ST,+00012.345', UNREADABLE],
    ['WT,00012', UNREADABLE],
  ])('%j', (line, expected) => {
    expect(andProtocol.parse(line)).toMatchObject(expected);
  });
});

describe('Mettler Toledo MT-SICS', () => {
  it.each<[string, ScaleLine | object]>([
    ['S S     12.345 g', stable(12_345)],
    ['S D     12.340 g', moving(12_340)],
    ['S S    -0.500 g', stable(-500)],
    ['S S  -   12.345 g', stable(-12_345)],
    ['S S      1.250 ct', stable(250, 'ct')],
    ['S S  0.012345 kg', stable(12_345, 'kg')],
    ['S S 12.345 g', stable(12_345)],
    ['S I', { kind: 'busy' }],
    ['S +', { kind: 'overload' }],
    ['S -', { kind: 'underload' }],
    ['ES', { kind: 'rejected', reply: 'ES' }],
    ['ET', { kind: 'rejected', reply: 'ET' }],
    ['EL', { kind: 'rejected', reply: 'EL' }],
    ['T S     10.000 g', { kind: 'reply' }],
    ['Z A', { kind: 'reply' }],
    ['Z I', { kind: 'rejected', reply: 'Z I' }],
    ['T +', { kind: 'rejected', reply: 'T +' }],
    ['S S     12.345 lb', badUnit('lb')],
    ['\u00ffS S     12.345 g', stable(12_345)],
    ['S S', UNREADABLE],
    ['S S     12.345', UNREADABLE],
    ['I4 A "B123"', UNREADABLE],
  ])('%j', (line, expected) => {
    expect(mettlerProtocol.parse(line)).toMatchObject(expected);
  });
});

describe('Ohaus', () => {
  it.each<[string, ScaleLine | object]>([
    ['     192.21 g', stable(192_210)],
    ['       0.01 g ?', moving(10)],
    ['     176.30 g ? 00:00:15', moving(176_300)],
    ['     192.08 g   00:00:30', stable(192_080)],
    ['     207.80 g TOTAL', stable(207_800)],
    ['-     12.345 g', stable(-12_345)],
    ['    -12.345 g     N', stable(-12_345)],
    ['      2.500 ct', stable(500, 'ct')],
    ['      0.250 kg  ?', moving(250_000, 'kg')],
    ['     12.345 oz', badUnit('oz')],
    ['ES', { kind: 'rejected', reply: 'ES' }],
    ['OK!', { kind: 'reply' }],
    ['  ------  ', UNREADABLE],
  ])('%j', (line, expected) => {
    expect(ohausProtocol.parse(line)).toMatchObject(expected);
  });
});

describe('CAS', () => {
  it.each<[string, ScaleLine | object]>([
    ['ST,GS,1\u00e4,+  0.123 kg', stable(123_000, 'kg')],
    ['US,NT,1\u00a4,-  0.050 kg', moving(-50_000, 'kg')],
    ['ST,GS,  0.123 kg', stable(123_000, 'kg')],
    ['ST,NT,+0012.345 g', stable(12_345)],
    ['OL,GS,1\u00a4,        kg', { kind: 'overload' }],
    ['OL,GS,1\u00a4,-       kg', { kind: 'underload' }],
    ['ST,GS,1\u00e4,+  0.123 lb', badUnit('lb')],
    ['ST,GS,1\u00e4,+  1.000  t', badUnit('t')],
    ['\u00ff\u00ffST,GS,1\u00e4,+  0.123 kg', stable(123_000, 'kg')],
    ['  0.123kg', UNREADABLE],
  ])('%j', (line, expected) => {
    expect(casProtocol.parse(line)).toMatchObject(expected);
  });
});

describe('every scale protocol', () => {
  it('offers exactly the commands the contract tells the settings screen about', () => {
    for (const id of SCALE_PROTOCOLS) {
      const driver = SCALE_PROTOCOL_DRIVERS[id];
      expect(driver.id).toBe(id);
      expect({
        request: driver.request !== null,
        tare: driver.tare !== null,
        zero: driver.zero !== null,
      }).toEqual({
        request: SCALE_PROTOCOL_FEATURES[id].request,
        tare: SCALE_PROTOCOL_FEATURES[id].tare,
        zero: SCALE_PROTOCOL_FEATURES[id].zero,
      });
    }
  });

  it('reads back what its simulated scale prints', () => {
    for (const id of SCALE_PROTOCOLS) {
      const driver = SCALE_PROTOCOL_DRIVERS[id];
      fc.assert(
        fc.property(fc.integer({ min: -999_999, max: 9_999_999 }), fc.boolean(), (weightMg, isStable) => {
          const line = driver.print({ weightMg, stable: isStable, overload: false });
          expect(line && driver.parse(line)).toEqual({
            kind: 'weight',
            weightMg,
            unit: 'g',
            stable: isStable,
          });
        }),
      );
      const overload = driver.print({ weightMg: 0, stable: true, overload: true });
      if (overload !== null) expect(driver.parse(overload)).toEqual({ kind: 'overload' });
    }
  });

  it('reads a stream split anywhere, behind garbage and a partial first line, the same as whole lines', () => {
    const streams = {
      and: ['ST,+00012.345  g', 'US,+00012.300  g', 'OL,+9999999E+19', 'ST,+0001.250 ct'],
      mettler: ['S S     12.345 g', 'S D     12.300 g', 'S +', 'S S      1.250 ct'],
      ohaus: ['     12.345 g', '     12.300 g ?', '      1.250 ct', '      0.012 kg'],
      cas: [
        'ST,GS,1\u00e4,+ 12.345 g',
        'US,GS,1\u00a4,+ 12.300 g',
        'OL,GS,1\u00a4,        g',
        'ST,GS,+  0.012 kg',
      ],
    };
    for (const id of SCALE_PROTOCOLS) {
      const driver = SCALE_PROTOCOL_DRIVERS[id];
      const lines = streams[id];
      const expected = lines.map((line) => driver.parse(line));
      // What a port opened mid-stream sees: noise, then the tail of a line.
      const bytes = Buffer.from(
        `\u0000\u00ff\u0013${lines.join('\r\n').slice(5)}\r\n${lines.join('\r\n')}\r\n`,
        'latin1',
      );
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
          (cuts) => {
            const framer = new LineFramer({
              terminators: [13, 10],
              skipFirstLine: true,
              maxLineBytes: 256,
              encoding: 'latin1',
            });
            const edges = [0, ...cuts.sort((a, b) => a - b), bytes.length];
            const parsed = edges
              .slice(1)
              .flatMap((end, index) =>
                framer.push(bytes.subarray(edges[index], end)).lines.map((line) => driver.parse(line)),
              );
            expect(parsed.slice(-lines.length)).toEqual(expected);
            expect(parsed).toHaveLength(2 * lines.length - 1);
          },
        ),
      );
    }
  });
});
