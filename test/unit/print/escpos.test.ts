import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../electron/core/printing/render';
import { cut, text, type PrintDocument } from '../../../shared/print/document';
import { renderEscPos, type EscPosOptions } from '../../../shared/print/render/escpos';
import { buildDocument, DOCUMENT_TYPES, TEMPLATES } from '../../../shared/print/templates';
import { containsBytes, decodeEscPos, indexOfBytes, linesOf, textOf } from '../../helpers/escpos-decoder';
import { TEST_CONTEXT } from '../../helpers/printing';

const OPTIONS: EscPosOptions = { paperWidth: 80, chineseMode: true, drawerPin: 2, copies: 1 };
const receipt = (copy = false): PrintDocument =>
  buildDocument('receipt', TEMPLATES.receipt.sample(), { ...TEST_CONTEXT, copy });
const render = (document: PrintDocument, options: Partial<EscPosOptions> = {}): Uint8Array =>
  renderEscPos(document, { ...OPTIONS, ...options }, encodeGb18030);

const HALF_WIDTH_YEN_GB18030 = [0x81, 0x30, 0x84, 0x36];
const FULL_WIDTH_YUAN_GB18030 = [0xa3, 0xa4];

describe('ESC/POS rendering', () => {
  it('starts with ESC @ and the Chinese mode, once, and ends with the cut and nothing after it', () => {
    const bytes = render(receipt());
    expect([...bytes.slice(0, 4)]).toEqual([0x1b, 0x40, 0x1c, 0x26]);
    expect(indexOfBytes(bytes.slice(2), [0x1b, 0x40])).toBe(-1);
    const events = decodeEscPos(bytes);
    expect(events.filter((e) => e.type === 'init')).toHaveLength(1);
    const cuts = events.flatMap((e) => (e.type === 'cut' ? [e.bytes] : []));
    expect(cuts).toEqual([[0x1d, 0x56, 0x42, 0x00]]);
    expect(events.findLastIndex((e) => e.type === 'cut')).toBeGreaterThan(
      events.findLastIndex((e) => e.type === 'line'),
    );
    expect([...render(receipt(), { chineseMode: false }).slice(2, 4)]).toEqual([0x1c, 0x2e]);
  });

  it('kicks the drawer on pin 2 or 5 with the complete command, first copy only, never on a reprint', () => {
    expect(containsBytes(render(receipt()), [0x1b, 0x70, 0x00, 0x19, 0xfa])).toBe(true);
    expect(containsBytes(render(receipt(), { drawerPin: 5 }), [0x1b, 0x70, 0x01, 0x19, 0xfa])).toBe(true);
    const twice = decodeEscPos(render(receipt(), { copies: 2 }));
    expect(twice.filter((e) => e.type === 'drawer')).toHaveLength(1);
    expect(twice.filter((e) => e.type === 'cut')).toHaveLength(2);
    expect(decodeEscPos(render(receipt(true))).some((e) => e.type === 'drawer')).toBe(false);
    expect(decodeEscPos(render(receipt(), { drawerPin: null })).some((e) => e.type === 'drawer')).toBe(false);
  });

  it('encodes ￥ as GB18030 A3 A4 and never the half-width ¥, even when the data holds one', () => {
    const document: PrintDocument = { title: 't', blocks: [text('¥100 ￥200'), cut()] };
    const bytes = render(document);
    expect(containsBytes(bytes, HALF_WIDTH_YEN_GB18030)).toBe(false);
    expect(containsBytes(bytes, FULL_WIDTH_YUAN_GB18030)).toBe(true);
    expect(textOf(decodeEscPos(bytes))).toBe('￥100 ￥200');
    expect(containsBytes(render(receipt()), HALF_WIDTH_YEN_GB18030)).toBe(false);
  });

  it('cannot be made to send commands through the text of a document', () => {
    const hostile: PrintDocument = {
      title: 't',
      blocks: [text('手镯\u001b@\u001dV\u0000\u0010\u0004\u0004'), cut()],
    };
    const events = decodeEscPos(render(hostile));
    expect(events.filter((e) => e.type === 'init')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'cut')).toHaveLength(1);
    expect(textOf(events)).toBe('手镯@V');
  });

  it('fits every line in 32 or 48 columns with Chinese counted double, double size counted twice', () => {
    for (const paperWidth of [58, 80] as const) {
      const columns = paperWidth === 58 ? 32 : 48;
      for (const type of DOCUMENT_TYPES) {
        const document = buildDocument(type, TEMPLATES[type].sample(), { ...TEST_CONTEXT, copy: true });
        const lines = linesOf(decodeEscPos(render(document, { paperWidth })));
        expect(lines.length).toBeGreaterThan(5);
        for (const line of lines)
          expect(line.columns, `${type} ${paperWidth}mm: ${line.text}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  it('prints double-size lines with GS ! and FS ! in Chinese mode, and codes centred', () => {
    const events = decodeEscPos(render(buildDocument('testPage', TEMPLATES.testPage.sample(), TEST_CONTEXT)));
    expect(events).toContainEqual({ type: 'size', width: 2, height: 2 });
    expect(events).toContainEqual({ type: 'chineseSize', doubleWidth: true, doubleHeight: true });
    const double = linesOf(events).find((line) => line.text.includes('倍宽倍高'));
    expect(double).toMatchObject({ width: 2, height: 2 });
    expect(events).toContainEqual({
      type: 'barcode',
      symbology: 'CODE128',
      data: 'TEST-0123456789',
      module: 2,
      hri: true,
    });
    expect(events).toContainEqual({
      type: 'qr',
      data: 'COUNTER-POS TEST PAGE',
      module: 6,
      errorCorrection: 'M',
    });
    const ruler = linesOf(events).find((line) => line.text.startsWith('1234567890'));
    expect(ruler?.text).toBe('123456789012345678901234567890123456789012345678');
  });
});
