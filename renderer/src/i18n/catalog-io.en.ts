import type { catalogIoZhCN } from './catalog-io.zh-CN';

export const catalogIoEn: Record<keyof typeof catalogIoZhCN, string> = {
  'catalogIo.import': 'Import',
  'catalogIo.import.title': 'Import goods (CSV / Excel)',
  'catalogIo.import.hint':
    'The first row names the columns: SKU, Name and Kind are required; Price (yuan), Cost (yuan), Purity, Weight (g), Labor fee basis, Labor fee (yuan), Barcodes (separated by semicolons), Serialized, Certificate No., Warranty (months) and Stock are optional. An SKU the catalog has updates that product; stock is received only for new products. Every row is checked before anything is imported.',
  'catalogIo.choose': 'Choose file',
  'catalogIo.chooseAgain': 'Choose another',
  'catalogIo.checking': 'Checking the file…',
  'catalogIo.summary':
    '{rows} rows: {good} can be imported ({creates} new, {updates} updated), {bad} have errors',
  'catalogIo.badRows':
    'Rows with errors are not imported. Fix the file and choose it again, or import the good rows only.',
  'catalogIo.noGoodRows': 'No row can be imported; fix the file and choose it again.',
  'catalogIo.stock': 'New products receive {units, plural, one {# piece} other {# pieces}} of stock',
  'catalogIo.ignoredColumns': 'Unknown columns, left out: {columns}',
  'catalogIo.truncated': 'Only the first {shown} errors are listed',
  'catalogIo.row': 'Row',
  'catalogIo.column': 'Column',
  'catalogIo.reason': 'Reason',
  'catalogIo.importAll': 'Import {good, plural, one {# row} other {# rows}}',
  'catalogIo.importSkipping': 'Import {good} rows, skip {bad}',
  'catalogIo.imported': 'Imported {good} rows: {creates} new, {updates} updated',
  'catalogIo.export.csv': 'Export CSV',
  'catalogIo.export.xlsx': 'Export Excel',
  'catalogIo.exported': 'Exported {count, plural, one {# product} other {# products}}: {fileName}',
  'journal.type.catalog.imported': 'Goods imported',
};
