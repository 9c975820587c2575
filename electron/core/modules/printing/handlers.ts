import type { PrinterSettings } from '../../../../shared/contract/printing';
import { previewDocument } from '../../../../shared/print/preview';
import {
  cancelJob,
  currentContext,
  embedFont,
  enqueuePrint,
  getPrinter,
  jobEvent,
  listJobs,
  listPrinters,
  listRoutes,
  readDocumentSettings,
  reprintJob,
  retryJob,
  savePrinter,
  saveRoute,
  writeDocumentSettings,
} from '../../printing';
import { actorOf, type HandlerGroup } from '../../router/context';

type PrintingChannel =
  | 'printing.printers'
  | 'printing.savePrinter'
  | 'printing.saveRoute'
  | 'printing.documentSettings'
  | 'printing.saveDocumentSettings'
  | 'printing.testPage'
  | 'printing.jobs'
  | 'printing.reprint'
  | 'printing.retry'
  | 'printing.cancel'
  | 'printing.preview';

/** How a test page names the printer's setup: "80mm TCP 192.168.1.50:9100". */
function describeSetup(settings: PrinterSettings): string {
  if (settings.kind === 'page')
    return `${settings.pageSize} 系统打印机 ${settings.transport.printerName ?? '默认'}`;
  const { transport } = settings;
  const where =
    transport.type === 'tcp'
      ? `TCP ${transport.host}:${transport.port}`
      : transport.type === 'serial'
        ? `串口 ${transport.path} ${transport.baudRate}`
        : transport.type === 'spooler'
          ? `系统打印机 ${transport.queue ?? '默认'}`
          : `文件 ${transport.path}`;
  return settings.kind === 'label' ? `TSPL ${settings.dpi}dpi ${where}` : `${settings.paperWidth}mm ${where}`;
}

export const printingHandlers: HandlerGroup<PrintingChannel> = {
  'printing.printers': (_input, { db }) => ({ printers: listPrinters(db), routes: listRoutes(db) }),

  'printing.savePrinter': (input, ctx) => {
    const printer = savePrinter(ctx.db, input, ctx.now);
    ctx.journal('printing.printerSaved', {
      printerId: printer.id,
      name: printer.name,
      enabled: printer.enabled,
      settings: printer.settings,
    });
    ctx.events.emit(null, {
      type: 'printing.printerStatus',
      printerId: printer.id,
      name: printer.name,
      status: printer.status,
      error: null,
    });
    return printer;
  },

  'printing.saveRoute': (input, ctx) => {
    saveRoute(ctx.db, input);
    ctx.journal('printing.routeSaved', input);
    return listRoutes(ctx.db);
  },

  'printing.documentSettings': (_input, { db }) => readDocumentSettings(db),

  'printing.saveDocumentSettings': (input, ctx) => {
    const before = readDocumentSettings(ctx.db);
    const changed = Object.fromEntries(
      Object.entries(input).filter(([key, value]) => before[key as keyof typeof before] !== value),
    );
    if (Object.keys(changed).length > 0) {
      writeDocumentSettings(ctx.db, input);
      ctx.journal('printing.documentSettingsChanged', changed);
    }
    return readDocumentSettings(ctx.db);
  },

  'printing.testPage': (input, ctx) => {
    const printer = getPrinter(ctx.db, input.printerId);
    const job = enqueuePrint(ctx.db, {
      documentType: 'testPage',
      reference: `TEST-${printer.id}`,
      data: {
        printerName: printer.name,
        setup: describeSetup(printer.settings),
        chineseMode: printer.settings.kind === 'thermal' ? printer.settings.chineseMode : null,
        printedAt: ctx.now.toISOString(),
      },
      now: ctx.now,
      createdBy: actorOf(ctx).id,
      printerId: printer.id,
    });
    ctx.events.emit(null, jobEvent(job));
    return job;
  },

  'printing.jobs': (input, { db }) => listJobs(db, input.states, input.limit),

  'printing.reprint': (input, ctx) => {
    const job = reprintJob(ctx.db, input.jobId, actorOf(ctx).id, ctx.now);
    ctx.journal('printing.reprinted', {
      jobId: job.id,
      originalJobId: job.copyOf,
      documentType: job.documentType,
      reference: job.reference,
    });
    ctx.events.emit(null, jobEvent(job));
    return job;
  },

  'printing.retry': (input, ctx) => {
    const job = retryJob(ctx.db, input.jobId, ctx.now);
    ctx.events.emit(null, jobEvent(job));
    return job;
  },

  'printing.cancel': (input, ctx) => {
    const job = cancelJob(ctx.db, input.jobId, ctx.now);
    ctx.journal('printing.cancelled', {
      jobId: job.id,
      documentType: job.documentType,
      reference: job.reference,
    });
    ctx.events.emit(null, jobEvent(job));
    return job;
  },

  'printing.preview': (input, { db }) => {
    const preview = previewDocument(input.documentType, input.format, currentContext(db, false));
    return { ...preview, html: embedFont(preview.html) };
  },
};
