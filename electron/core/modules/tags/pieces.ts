import type { Product } from '../../../../shared/contract/catalog';
import type { TagCandidate } from '../../../../shared/contract/tags';
import { businessDay } from '../../../../shared/domain/business-day';
import type { TagPiece } from '../../../../shared/print/tag-data';
import { DomainError } from '../../errors';
import { findProduct, getProduct, searchProducts } from '../catalog';
import { receivedSince } from '../stock';
import { wasQueued } from '../../printing';
import type { ReadableDB } from '../../db/statements';

const PRINTABLE = /^[ -~]{1,40}$/;
const DAY_MS = 86_400_000;

/** What a tag prints for a product: its first scannable barcode (else its SKU) and its catalog fields. */
export function tagPiece(product: Product): TagPiece {
  const barcode = [...product.barcodes, product.sku].find((code) => PRINTABLE.test(code));
  if (!barcode) throw new DomainError('TAG_NO_BARCODE', { sku: product.sku });
  return {
    productId: product.id,
    sku: product.sku,
    barcode,
    name: product.name,
    purity: product.purity,
    weightMg: product.weightMg,
    priceFen: product.priceFen,
    laborFee: product.laborFee,
    certificateNo: product.certificateNo,
  };
}

/** A tag job's reference: the product's SKU, so every tag of one piece is found together. */
export const tagReference = (piece: TagPiece): string => piece.sku;

function candidate(db: ReadableDB, product: Product): TagCandidate | null {
  if (![...product.barcodes, product.sku].some((code) => PRINTABLE.test(code))) return null;
  const piece = tagPiece(product);
  return { ...piece, tagged: wasQueued(db, 'tag', tagReference(piece)) };
}

/** Every piece received on the store's business day of `now` and not taken back, newest first. */
export function receivedToday(db: ReadableDB, now: Date, timeZone: string): TagCandidate[] {
  const today = businessDay(now, timeZone);
  // a business day is at most 26 hours long in any zone: look a little further back, then keep today's
  const receipts = receivedSince(db, new Date(now.getTime() - 2 * DAY_MS));
  return receipts
    .filter((receipt) => businessDay(new Date(receipt.at), timeZone) === today)
    .map((receipt) => findProduct(db, receipt.productId))
    .flatMap((product) => (product ? [candidate(db, product)] : []))
    .filter((c): c is TagCandidate => c !== null);
}

export function searchPieces(db: ReadableDB, text: string): TagCandidate[] {
  return searchProducts(db, text, { limit: 50 })
    .map((product) => candidate(db, product))
    .filter((c): c is TagCandidate => c !== null);
}

export function piecesById(db: ReadableDB, ids: readonly number[]): TagCandidate[] {
  return ids.map((id) => {
    const product = getProduct(db, id);
    return { ...tagPiece(product), tagged: wasQueued(db, 'tag', product.sku) };
  });
}
