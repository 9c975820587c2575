import iconv from 'iconv-lite';
import type { Printer, ThermalPrinterSettings } from '../../../shared/contract/printing';
import { renderEscPos, type EncodeText } from '../../../shared/print/render/escpos';
import { renderHtml } from '../../../shared/print/render/html';
import { buildDocument, PrintContext } from '../../../shared/print/templates';
import { embedFont } from './embedded-font';
import type { JobRow } from './queue';
import type { PrintPage } from './transports/system';

/** Chinese printers read GB18030 (GBK for the common characters, which are the same bytes). */
export const encodeGb18030: EncodeText = (text) => iconv.encode(text, 'gb18030');

export type Payload =
  | { kind: 'escpos'; bytes: Uint8Array; settings: ThermalPrinterSettings }
  | { kind: 'page'; page: Omit<PrintPage, 'jobId'> };

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
  return { kind: 'escpos', bytes, settings };
}
