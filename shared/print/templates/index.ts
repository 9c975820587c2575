import type { z } from 'zod';
import type { PrintDocument } from '../document';
import type { DocumentType } from '../document-types';
import { cashSlip } from './cash-slip';
import { noSale } from './no-sale';
import { receipt } from './receipt';
import { repairCollection } from './repair-collection';
import { repairSlip } from './repair-slip';
import { returnReceipt } from './return-receipt';
import { shiftReport } from './shift-report';
import { stocktakeReport } from './stocktake-report';
import type { PrintContext, Template } from './template';
import { tag } from './tag';
import { testPage } from './test-page';
import { warrantyCard } from './warranty-card';

/** The template of every document type. A new document is a template module, its name, and a line here. */
export const TEMPLATES = {
  receipt,
  warrantyCard,
  testPage,
  noSale,
  cashSlip,
  xReport: shiftReport('X'),
  zReport: shiftReport('Z'),
  repairSlip,
  repairCollection,
  returnReceipt,
  tag,
  stocktakeReport,
} satisfies Record<DocumentType, Template>;

/** What a caller hands over to print a document of this type (before the schema's defaults and masks). */
export type TemplateInput<T extends DocumentType> = z.input<(typeof TEMPLATES)[T]['schema']>;

/** Validates `data` against the type's schema (throwing on a mismatch) and returns the parsed data. */
export function parseTemplateData(type: DocumentType, data: unknown): unknown {
  return (TEMPLATES[type] as Template).schema.parse(data);
}

/** Builds the document of one type from its (already parsed or stored) data. */
export function buildDocument(type: DocumentType, data: unknown, context: PrintContext): PrintDocument {
  const definition = TEMPLATES[type] as Template;
  return definition.build(definition.schema.parse(data), context);
}

export { PrintContext } from './template';
export { DOCUMENT_TYPES, type DocumentType } from '../document-types';
