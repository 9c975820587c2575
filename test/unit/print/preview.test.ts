import { describe, expect, it } from 'vitest';
import { text, type PrintDocument } from '../../../shared/print/document';
import { previewDocument, type PreviewFormat } from '../../../shared/print/preview';
import { renderHtml } from '../../../shared/print/render/html';
import { type DocumentType } from '../../../shared/print/templates';
import { TEST_CONTEXT } from '../../helpers/printing';

const CASES: [DocumentType, PreviewFormat][] = [
  ['receipt', '58mm'],
  ['receipt', '80mm'],
  ['receipt', 'A5'],
  ['warrantyCard', '80mm'],
  ['warrantyCard', 'A5'],
  ['testPage', '58mm'],
  ['noSale', '80mm'],
];

describe('previews', () => {
  it.each(CASES)('%s on %s matches its snapshot', async (documentType, format) => {
    const preview = previewDocument(documentType, format, {
      ...TEST_CONTEXT,
      copy: documentType === 'warrantyCard',
    });
    await expect(preview.html).toMatchFileSnapshot(`./__snapshots__/${documentType}.${format}.html`);
    if (preview.text !== null) {
      await expect(preview.text).toMatchFileSnapshot(`./__snapshots__/${documentType}.${format}.txt`);
    } else expect(format).toMatch(/^A/);
  });

  it('uses the app’s CJK font stack and an A5 page size', () => {
    const { html } = previewDocument('warrantyCard', 'A5', TEST_CONTEXT);
    expect(html).toContain(`font-family: 'Noto Sans SC', 'Noto Sans CJK SC', sans-serif`);
    expect(html).toContain('@page { size: A5;');
    expect(html).toContain('门店盖章 Store stamp');
  });

  it('escapes every text, so a product name cannot inject markup', () => {
    const document: PrintDocument = { title: '<t>', blocks: [text('<img src=x onerror=alert(1)>&"')] };
    for (const html of [
      renderHtml(document, { mode: 'roll', paperWidth: 58 }),
      renderHtml(document, { mode: 'page', pageSize: 'A5' }),
    ]) {
      expect(html).not.toContain('<img');
      // the roll preview writes spaces as figure spaces (U+2007), so its columns line up
      expect(html.replace(/\u2007/g, ' ')).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;');
      expect(html).toContain('<title>&lt;t&gt;</title>');
    }
  });
});
