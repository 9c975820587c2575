import { z } from 'zod';
import { PAGE_SIZES, PAPER_WIDTHS } from '../print/paper';
import type { PreviewFormat } from '../print/preview';
import { DOCUMENT_TYPES } from '../print/document-types';
import { channel } from './channel';
import { Empty, Id, Instant, withoutCardNumber } from './common';

export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES);

/** A network printer on the shop's LAN, usually raw TCP port 9100. */
export const TcpTransport = z.object({
  type: z.literal('tcp'),
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$/, 'host name or IPv4 address'),
  port: z.number().int().min(1).max(65535).default(9100),
});

/** A serial printer, or a USB printer's virtual COM port. */
export const SerialTransport = z.object({
  type: z.literal('serial'),
  path: z.string().trim().min(1).max(200),
  baudRate: z.literal([9600, 19200, 38400, 57600, 115200]).default(9600),
});

/**
 * Bytes appended to a file: a file name (kept in the data folder's prints/, for development) or a
 * Linux printer device. Nothing else, so a setting cannot make the till write over other files.
 */
export const FileTransport = z.object({
  type: z.literal('file'),
  path: z
    .string()
    .trim()
    .regex(/^(?:[\w.-]{1,100}|\/dev\/(?:usb\/)?lp\d{1,2})$/, 'a file name, or /dev/usb/lpN')
    .refine((path) => path !== '.' && path !== '..', 'a file name'),
});

/**
 * A printer installed in the system's spooler, fed raw bytes: a CUPS queue (`lp -o raw`) on Linux and macOS, a
 * shared printer (\\localhost\<share>) on Windows. Null is the system's default printer, which Windows has
 * no raw path for: there a name is required. The name goes to lp as an argument and into a path, hence
 * the narrow set of characters. The spooler relays no status replies: a job counts as printed once it took it.
 */
export const SpoolerTransport = z.object({
  type: z.literal('spooler'),
  queue: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,100}$/, 'letters, digits, - _ . (at most 100)')
    .refine((queue) => queue !== '.' && queue !== '..', 'a printer name')
    .nullable(),
});

const ByteTransport = z.discriminatedUnion('type', [
  TcpTransport,
  SerialTransport,
  FileTransport,
  SpoolerTransport,
]);

export const ThermalPrinterSettings = z.object({
  kind: z.literal('thermal'),
  transport: ByteTransport,
  paperWidth: z.literal(PAPER_WIDTHS),
  /** FS & (Chinese-market printers) or FS . (printers that must have it off). */
  chineseMode: z.boolean().default(true),
  drawerPin: z.literal([2, 5]).default(2),
  /**
   * The printer answers DLE EOT status requests: paper is checked before a job and delivery confirmed
   * after it. Turn off for printers that never answer (their jobs count as printed once written).
   */
  statusReplies: z.boolean().default(true),
});

/** A sheet printer driven by the system (A5 warranty cards): Electron prints the page, browser mode saves it. */
export const PagePrinterSettings = z.object({
  kind: z.literal('page'),
  transport: z.object({ type: z.literal('system'), printerName: z.string().trim().max(200).nullable() }),
  pageSize: z.enum(PAGE_SIZES).default('A5'),
});

/**
 * A label printer speaking TSPL (TSC and most Chinese desktop label printers) for tags: over the network,
 * a serial port, the Linux printer device (/dev/usb/lpN, the file transport) or the system's spooler. TSPL printers do not
 * answer ESC/POS status requests: a job counts as printed once written.
 */
export const LabelPrinterSettings = z.object({
  kind: z.literal('label'),
  language: z.literal('tspl').default('tspl'),
  transport: ByteTransport,
  /** Print head resolution: 203 dpi (8 dots per mm) on most, 300 dpi (12 dots per mm) on some. */
  dpi: z.literal([203, 300]).default(203),
});

export const PrinterSettings = z.discriminatedUnion('kind', [
  ThermalPrinterSettings,
  PagePrinterSettings,
  LabelPrinterSettings,
]);
export type PrinterSettings = z.infer<typeof PrinterSettings>;
export type ThermalPrinterSettings = z.infer<typeof ThermalPrinterSettings>;
export type LabelPrinterSettings = z.infer<typeof LabelPrinterSettings>;

export const PRINTER_STATUSES = ['unknown', 'ready', 'paperLow', 'paperOut', 'offline'] as const;
export const PrinterStatus = z.enum(PRINTER_STATUSES);
export type PrinterStatus = z.infer<typeof PrinterStatus>;

export const Printer = z.object({
  id: Id,
  name: z.string(),
  enabled: z.boolean(),
  settings: PrinterSettings,
  status: PrinterStatus,
  statusError: z.string().nullable(),
  statusAt: Instant.nullable(),
});
export type Printer = z.infer<typeof Printer>;

/** Which printer a document type goes to; the receipt printer takes the types without a route. */
export const PrintRoute = z.object({
  documentType: DocumentTypeSchema,
  printerId: Id,
  copies: z.number().int().min(1).max(5),
});
export type PrintRoute = z.infer<typeof PrintRoute>;

export const PRINT_JOB_STATES = ['pending', 'printing', 'done', 'failed', 'cancelled'] as const;
export const PrintJobState = z.enum(PRINT_JOB_STATES);
export type PrintJobState = z.infer<typeof PrintJobState>;

export const PrintJob = z.object({
  id: Id,
  documentType: DocumentTypeSchema,
  reference: z.string(),
  /** The printer it goes to: its own, or its document type's route's; null while none is set up. */
  printerId: Id.nullable(),
  printerName: z.string().nullable(),
  state: PrintJobState,
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  /** Where a printed page was kept (browser mode: the PDF, or the HTML when no Chromium is installed). */
  output: z.string().nullable(),
  /** The job this one reprints (重印 COPY). */
  copyOf: Id.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  printedAt: Instant.nullable(),
  nextAttemptAt: Instant.nullable(),
});
export type PrintJob = z.infer<typeof PrintJob>;

/** What the store prints on its documents, beside the store name of the general settings. */
export const DocumentSettings = z.object({
  storeAddress: z.string().trim().max(80).default(''),
  storePhone: z.string().trim().max(30).default(''),
  returnPolicy: z.string().trim().max(500),
  warrantyCare: z.string().trim().max(500),
  warrantyTerms: z.string().trim().max(500),
  weightDecimals: z.literal([2, 3]).default(3),
  /** How receipt and card numbers are printed for the scanner: QR suits the 2D scanners stores use. */
  receiptCode: z.enum(['barcode', 'qr']).default('qr'),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;

export const PREVIEW_FORMATS = ['58mm', '80mm', 'A5', 'A4'] as const satisfies readonly PreviewFormat[];

/** Pushed when a printer's state changes, so the UI can show a banner while one is failing. */
export const PrinterStatusEvent = z.object({
  type: z.literal('printing.printerStatus'),
  printerId: Id,
  name: z.string(),
  status: PrinterStatus,
  error: z.string().nullable(),
});

/** Pushed on every change of a print job's state. */
export const PrintJobEvent = z.object({
  type: z.literal('printing.jobChanged'),
  jobId: Id,
  documentType: DocumentTypeSchema,
  reference: z.string(),
  state: PrintJobState,
  attempts: z.number().int().nonnegative(),
  error: z.string().nullable(),
});

/**
 * Pushed once when a job has waited past the alert limit (PRINT_ALERT_AFTER_MS) because its printer does not
 * print: the job keeps waiting, but someone should look at the printer.
 */
export const PrintJobOverdueEvent = z.object({
  type: z.literal('printing.jobOverdue'),
  jobId: Id,
  documentType: DocumentTypeSchema,
  reference: z.string(),
  printerName: z.string(),
  queuedAt: Instant,
});

const JobRef = z.object({ jobId: Id });

export const printingChannels = {
  'printing.printers': channel({
    input: Empty,
    output: z.object({ printers: z.array(Printer), routes: z.array(PrintRoute) }),
    access: 'signedIn',
    write: false,
  }),
  'printing.savePrinter': channel({
    input: z.object({
      id: Id.optional(),
      name: z.string().trim().min(1).max(40),
      enabled: z.boolean().default(true),
      settings: PrinterSettings,
    }),
    output: Printer,
    access: 'printing.manage',
    write: true,
  }),
  /** Sends a document type to a printer (null: back to the receipt printer) with a number of copies. */
  'printing.saveRoute': channel({
    input: z.object({
      documentType: DocumentTypeSchema,
      printerId: Id.nullable(),
      copies: z.number().int().min(1).max(5).default(1),
    }),
    output: z.array(PrintRoute),
    access: 'printing.manage',
    write: true,
  }),
  'printing.documentSettings': channel({
    input: Empty,
    output: DocumentSettings,
    access: 'signedIn',
    write: false,
  }),
  'printing.saveDocumentSettings': channel({
    input: DocumentSettings,
    output: DocumentSettings,
    access: 'printing.manage',
    write: true,
  }),
  'printing.testPage': channel({
    input: z.object({ printerId: Id }),
    output: PrintJob,
    access: 'printing.manage',
    write: true,
  }),
  /** Jobs still to print or that failed, newest first: what a printer banner lists. */
  'printing.jobs': channel({
    input: z.object({
      states: z.array(PrintJobState).min(1).default(['pending', 'printing', 'failed']),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.array(PrintJob),
    access: 'signedIn',
    write: false,
  }),
  /** Prints a document again as a new job, marked 重印 COPY, and journals it. */
  'printing.reprint': channel({ input: JobRef, output: PrintJob, access: 'printing.reprint', write: true }),
  /** Puts a failed job back in the queue with fresh attempts. */
  'printing.retry': channel({ input: JobRef, output: PrintJob, access: 'printing.reprint', write: true }),
  'printing.cancel': channel({ input: JobRef, output: PrintJob, access: 'printing.manage', write: true }),
  /** A template with sample data, as the settings screen shows it: HTML (roll or sheet) and plain text. */
  'printing.preview': channel({
    input: z.object({ documentType: DocumentTypeSchema, format: z.enum(PREVIEW_FORMATS) }),
    output: z.object({ html: z.string(), text: z.string().nullable() }),
    access: 'signedIn',
    write: false,
  }),
  /** Opens the cash drawer without a sale (无销售开钱箱): a reason is required and the opening journaled. */
  'drawer.noSale': channel({
    input: z.object({ reason: withoutCardNumber(z.string().trim().min(2).max(100)) }),
    output: PrintJob,
    access: 'drawer.noSale',
    write: true,
  }),
};
