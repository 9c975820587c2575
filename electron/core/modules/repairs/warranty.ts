import type { WarrantyLookup } from '../../../../shared/contract/repairs';
import type { Purity } from '../../../../shared/domain/purity';
import { isUnderWarranty, warrantyEndsOn } from '../../../../shared/domain/warranty';
import { DomainError } from '../../errors';
import { findSaleKey, type SaleKey } from '../sales';
import { query, type ReadableDB } from '../../db/statements';

/** A receipt number, or a warranty card's (the receipt number and the card's place on it: `…-0001-2`). */
function saleOf(db: ReadableDB, code: string): SaleKey {
  const key =
    findSaleKey(db, { receiptNo: code }) ?? findSaleKey(db, { receiptNo: code.replace(/-\d+$/, '') });
  if (!key || key.state !== 'committed') throw new DomainError('SALE_NOT_FOUND', { receiptNo: code });
  return key;
}

/** The original sale of a piece brought for repair, each line with its warranty cover on `today`. */
export function lookupWarranty(
  db: ReadableDB,
  code: string,
  today: string,
): { saleId: number; lookup: WarrantyLookup } {
  const sale = saleOf(db, code);
  const lines = query(
    db,
    `SELECT l.line_no AS lineNo, l.name, l.purity, l.weight_mg AS weightMg,
            coalesce(p.warranty_months, 0) AS warrantyMonths
     FROM sale_lines l LEFT JOIN products p ON p.id = l.product_id
     WHERE l.sale_id = ? AND l.kind <> 'tradeIn' ORDER BY l.line_no`,
  ).all(sale.id) as {
    lineNo: number;
    name: string;
    purity: Purity | null;
    weightMg: number | null;
    warrantyMonths: number;
  }[];
  const customer =
    sale.customerId === null
      ? null
      : (query(db, 'SELECT id, name, phone FROM customers WHERE id = ?').get(sale.customerId) as {
          id: number;
          name: string;
          phone: string;
        });
  const lookup = {
    receiptNo: sale.receiptNo,
    purchasedOn: sale.businessDay,
    customer,
    lines: lines.map((line) => ({
      ...line,
      endsOn: line.warrantyMonths > 0 ? warrantyEndsOn(sale.businessDay, line.warrantyMonths) : null,
      covered: isUnderWarranty(sale.businessDay, line.warrantyMonths, today),
    })),
  };
  return { saleId: sale.id, lookup };
}
