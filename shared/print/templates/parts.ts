import { rule, text, type Block } from '../document';
import { COPY_MARK, type PrintContext } from './template';

/** Store name, address and phone, the document's title, and the reprint mark when it is one. */
export function storeHeader(context: PrintContext, title: string): Block[] {
  const { name, address, phone } = context.store;
  return [
    text(name, { align: 'center', bold: true, size: 'double' }),
    ...(address ? [text(address, { align: 'center' })] : []),
    ...(phone ? [text(`电话 ${phone}`, { align: 'center' })] : []),
    text(title, { align: 'center', bold: true }),
    ...copyMark(context),
    rule(),
  ];
}

export function copyMark(context: PrintContext): Block[] {
  return context.copy ? [text(COPY_MARK, { align: 'center', bold: true, size: 'double' })] : [];
}

/** The document's number as the store's scanners read it: a CODE128 barcode or a QR code. */
export function referenceCode(context: PrintContext, reference: string): Block[] {
  return context.receiptCode === 'barcode'
    ? [{ kind: 'barcode', data: reference, hri: true }]
    : [{ kind: 'qr', data: reference }, text(reference, { align: 'center' })];
}

/** A heading and its text, as the policy and care paragraphs are printed; nothing when the text is empty. */
export function paragraph(heading: string, body: string): Block[] {
  return body.trim() ? [text(heading, { bold: true }), text(body)] : [];
}
