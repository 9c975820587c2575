import iconv from 'iconv-lite';
import type { Printer } from '../../../shared/contract/printing';
import { renderEscPos, type EncodeText } from '../../../shared/print/render/escpos';
import { renderHtml } from '../../../shared/print/render/html';
import { TagData } from '../../../shared/print/tag-data';
import { buildDocument, PrintContext } from '../../../shared/print/templates';
import { embedFont } from './embedded-font';
import { labelToTspl, layoutTag } from './label';
import type { JobRow } from './queue';
import type { LinkSettings } from './transports';
import type { PrintPage } from './transports/system';

/** Chinese printers read GB18030 (GBK for the common characters, which are the same bytes). */
export const encodeGb18030: EncodeText = (text) => iconv.encode(text, 'gb18030');

export type Payload =
  { kind: 'bytes'; bytes: Uint8Array; link: LinkSettings } | { kind: 'page'; page: Omit<PrintPage, 'jobId'> };

/**
 * A job as its printer takes it, rendered at each attempt with the printer's current settings. The
 * drawer is kicked only while the sale is recent: a receipt that prints minutes later, once the printer
 * is back, must not spring the drawer open on nobody.
 */
export function renderJob(
  job: JobRow,
  printer: Printer,
  options: { now: Date; drawerKickWindowMs: number },
): Payload {
  if (printer.settings.kind === 'label') {
    // a label printer takes tags only: it has neither the roll nor the language of a receipt
    if (job.document_type !== 'tag') throw new Error(`a label printer cannot print a ${job.document_type}`);
    const label = layoutTag(TagData.parse(JSON.parse(job.data)), printer.settings.dpi);
    return {
      kind: 'bytes',
      bytes: labelToTspl(label, job.copies),
      link: { transport: printer.settings.transport, statusReplies: false },
    };
  }
  const document = buildDocument(
    job.document_type,
    JSON.parse(job.data),
    PrintContext.parse(JSON.parse(job.context)),
  );
  const { settings } = printer;
  if (settings.kind === 'page') {
    return {
      kind: 'page',
      page: {
        title: document.title,
        html: embedFont(renderHtml(document, { mode: 'page', pageSize: settings.pageSize })),
        pageSize: settings.pageSize,
        printerName: settings.transport.printerName,
      },
    };
  }
  const fresh = options.now.getTime() - Date.parse(job.created_at) <= options.drawerKickWindowMs;
  const bytes = renderEscPos(
    document,
    {
      paperWidth: settings.paperWidth,
      chineseMode: settings.chineseMode,
      drawerPin: fresh ? settings.drawerPin : null,
      copies: job.copies,
    },
    encodeGb18030,
  );
  return { kind: 'bytes', bytes, link: settings };
}
