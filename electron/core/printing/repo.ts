import type { z } from 'zod';
import {
  DocumentSettings,
  PrinterSettings,
  type Printer,
  type PrinterStatus,
  type PrintRoute,
  type printingChannels,
} from '../../../shared/contract/printing';
import type { DocumentType, PrintContext } from '../../../shared/print/templates';
import { readSettings } from '../modules/settings';
import { DomainError } from '../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../db/statements';

interface PrinterRow {
  id: number;
  name: string;
  settings: string;
  enabled: number;
  status: PrinterStatus;
  status_error: string | null;
  status_at: string | null;
}

const PRINTER_COLUMNS = 'id, name, settings, enabled, status, status_error, status_at';

function toPrinter(row: PrinterRow): Printer {
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled === 1,
    settings: PrinterSettings.parse(JSON.parse(row.settings)),
    status: row.status,
    statusError: row.status_error,
    statusAt: row.status_at,
  };
}

export function listPrinters(db: ReadableDB): Printer[] {
  return (
    query(db, `SELECT ${PRINTER_COLUMNS} FROM printers ORDER BY name COLLATE NOCASE`).all() as PrinterRow[]
  ).map(toPrinter);
}

export function getPrinter(db: ReadableDB, id: number): Printer {
  const row = query(db, `SELECT ${PRINTER_COLUMNS} FROM printers WHERE id = ?`).get(id) as
    PrinterRow | undefined;
  if (!row) throw new DomainError('PRINTER_NOT_FOUND', { printerId: id });
  return toPrinter(row);
}

export type PrinterInput = z.output<(typeof printingChannels)['printing.savePrinter']['input']>;

export function savePrinter(db: WritableDB, input: PrinterInput, now: Date): Printer {
  const clash = query(db, 'SELECT id FROM printers WHERE name = ? AND id IS NOT ?').get(
    input.name,
    input.id ?? null,
  );
  if (clash) throw new DomainError('PRINTER_NAME_TAKEN', { name: input.name });
  const at = now.toISOString();
  const values = {
    name: input.name,
    settings: JSON.stringify(input.settings),
    enabled: input.enabled ? 1 : 0,
    at,
  };
  if (input.id === undefined) {
    const { lastInsertRowid } = statement(
      db,
      `INSERT INTO printers (name, settings, enabled, created_at, updated_at)
         VALUES (@name, @settings, @enabled, @at, @at)`,
    ).run(values);
    return getPrinter(db, Number(lastInsertRowid));
  }
  getPrinter(db, input.id);
  // new settings may reach the printer where the old ones could not: its state is unknown again
  statement(
    db,
    `UPDATE printers SET name = @name, settings = @settings, enabled = @enabled, updated_at = @at,
       status = 'unknown', status_error = NULL, status_at = NULL
     WHERE id = @id`,
  ).run({ ...values, id: input.id });
  return getPrinter(db, input.id);
}

/** Records what the printer last reported; true when that differs from what was recorded before. */
export function setPrinterStatus(
  db: WritableDB,
  id: number,
  status: PrinterStatus,
  error: string | null,
  now: Date,
): boolean {
  return (
    statement(
      db,
      `UPDATE printers SET status = ?, status_error = ?, status_at = ?
         WHERE id = ? AND (status IS NOT ? OR status_error IS NOT ?)`,
    ).run(status, error, now.toISOString(), id, status, error).changes > 0
  );
}

export function listRoutes(db: ReadableDB): PrintRoute[] {
  return query(
    db,
    'SELECT document_type AS documentType, printer_id AS printerId, copies FROM print_routes ORDER BY document_type',
  ).all() as PrintRoute[];
}

export function saveRoute(
  db: WritableDB,
  route: { documentType: DocumentType; printerId: number | null; copies: number },
): void {
  if (route.printerId === null) {
    statement(db, 'DELETE FROM print_routes WHERE document_type = ?').run(route.documentType);
    return;
  }
  getPrinter(db, route.printerId);
  statement(
    db,
    `INSERT INTO print_routes (document_type, printer_id, copies) VALUES (?, ?, ?)
     ON CONFLICT (document_type) DO UPDATE SET printer_id = excluded.printer_id, copies = excluded.copies`,
  ).run(route.documentType, route.printerId, route.copies);
}

/** The route a document type prints by: its own, else the receipt printer's (with one copy). */
export function routeFor(db: ReadableDB, documentType: DocumentType): PrintRoute | null {
  const routes = listRoutes(db);
  const own = routes.find((r) => r.documentType === documentType);
  if (own) return own;
  const receipt = routes.find((r) => r.documentType === 'receipt');
  return receipt ? { ...receipt, documentType, copies: 1 } : null;
}

const DEFAULT_DOCUMENT_SETTINGS = DocumentSettings.parse({
  returnPolicy: '凭本小票及质保单于7日内办理退换；黄金饰品按当日金价结算，工费不退；定制、刻字商品不退不换。',
  warrantyCare: '避免接触香水、化学品及温泉；剧烈运动时请取下；单独存放以免刮花；可定期到店免费清洗保养。',
  warrantyTerms:
    '质保期内非人为损坏免费维修；人为损坏或变形按店内标准收取维修费；换款按当日金价及店内规定办理。',
});

export function readDocumentSettings(db: ReadableDB): DocumentSettings {
  const row = query(db, 'SELECT value FROM print_document_settings').get() as { value: string } | undefined;
  return row ? DocumentSettings.parse(JSON.parse(row.value)) : DEFAULT_DOCUMENT_SETTINGS;
}

export function writeDocumentSettings(db: WritableDB, settings: DocumentSettings): void {
  statement(
    db,
    `INSERT INTO print_document_settings (singleton, value) VALUES (1, ?)
     ON CONFLICT (singleton) DO UPDATE SET value = excluded.value`,
  ).run(JSON.stringify(settings));
}

/** The store's header and texts as documents print them now. */
export function currentContext(db: ReadableDB, copy: boolean): PrintContext {
  const settings = readDocumentSettings(db);
  return {
    store: { name: readSettings(db).storeName, address: settings.storeAddress, phone: settings.storePhone },
    returnPolicy: settings.returnPolicy,
    warrantyCare: settings.warrantyCare,
    warrantyTerms: settings.warrantyTerms,
    weightDecimals: settings.weightDecimals,
    receiptCode: settings.receiptCode,
    timeZone: settings.timeZone,
    copy,
  };
}
