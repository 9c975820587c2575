import { businessDay } from '../../../../shared/domain/business-day';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { listProducts, saveProduct } from '../catalog';
import { addStockMovement, PLACE } from '../stock';
import { catalogFile, MIME_TYPES } from './export';
import { readCatalogFile } from './file';
import { validateRows, type GoodRow } from './validate';

type CatalogIoChannels = 'catalog.importCheck' | 'catalog.import' | 'catalog.export';

/**
 * Writes the good rows: each product saved (created, or its SKU's product updated), a new product's opening
 * stock received as a stock movement. The router runs it all in the import's one transaction.
 */
function writeRows(ctx: HandlerContext, rows: readonly GoodRow[], fileName: string): void {
  const movement = { reference: fileName.slice(0, 200), now: ctx.now, actorId: actorOf(ctx).id };
  for (const row of rows) {
    const product = saveProduct(ctx.db, row.existingId, row.product, ctx.now);
    if (row.stock > 0) {
      addStockMovement(
        ctx.db,
        { productId: product.id, quantity: row.stock, reason: 'receipt', placeId: PLACE.stockroom },
        movement,
      );
    }
  }
}

export function catalogIoHandlers(): HandlerGroup<CatalogIoChannels> {
  return {
    'catalog.importCheck': (input, { db }) => {
      const file = readCatalogFile(input);
      return validateRows(db, file.rows, file.format).report;
    },

    'catalog.import': (input, ctx) => {
      const file = readCatalogFile(input);
      // checked again inside the transaction: the catalog may have changed since the dry run
      const { report, good } = validateRows(ctx.db, file.rows, file.format);
      if (report.badRows > 0 && !input.skipBadRows) {
        throw new DomainError('IMPORT_HAS_ERRORS', { badRows: report.badRows, report });
      }
      writeRows(ctx, good, input.fileName);
      ctx.journal('catalog.imported', {
        fileName: input.fileName,
        format: report.format,
        rows: report.rows,
        created: report.creates,
        updated: report.updates,
        skippedRows: report.badRows,
        stockUnits: report.stockUnits,
      });
      return report;
    },

    'catalog.export': (input, { db, now, timeZone }) => {
      const products = listProducts(db);
      const content = catalogFile(products, input.format);
      return {
        fileName: `商品资料-${businessDay(now, timeZone).replace(/-/g, '')}.${input.format}`,
        mimeType: MIME_TYPES[input.format],
        contentBase64: content.toString('base64'),
        products: products.length,
      };
    },
  };
}
