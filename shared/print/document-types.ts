/**
 * Every printable document, each a template in templates/ (TEMPLATES must hold one per name). Kept apart
 * from the templates so the contract, which the preload bundles, does not carry their code.
 */
export const DOCUMENT_TYPES = [
  'receipt',
  'warrantyCard',
  'testPage',
  'noSale',
  'cashSlip',
  'xReport',
  'zReport',
  'repairSlip',
  'repairCollection',
  'returnReceipt',
  'tag',
  'stocktakeReport',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
