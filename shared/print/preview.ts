import { PAPER } from './paper';
import { renderHtml } from './render/html';
import { renderText } from './render/text';
import { buildDocument, TEMPLATES, type DocumentType, type PrintContext } from './templates';

export type PreviewFormat = '58mm' | '80mm' | 'A5' | 'A4';

/** A template filled with its sample data, as the settings screen previews it. */
export function previewDocument(
  documentType: DocumentType,
  format: PreviewFormat,
  context: PrintContext,
): { html: string; text: string | null } {
  return previewData(documentType, TEMPLATES[documentType].sample(), format, context);
}

/** A document as it prints, shown on screen: a report the till just made, before or beside its paper. */
export function previewData(
  documentType: DocumentType,
  data: unknown,
  format: PreviewFormat,
  context: PrintContext,
): { html: string; text: string | null } {
  const document = buildDocument(documentType, data, context);
  if (format === 'A5' || format === 'A4') {
    return { html: renderHtml(document, { mode: 'page', pageSize: format }), text: null };
  }
  const paperWidth = format === '58mm' ? 58 : 80;
  return {
    html: renderHtml(document, { mode: 'roll', paperWidth }),
    text: renderText(document, PAPER[paperWidth].columns),
  };
}
