import type { Purity } from '../../../../shared/domain/purity';
import { roleHas } from '../../../../shared/domain/roles';
import { businessDay } from '../../../../shared/domain/business-day';
import { actorOf, type HandlerContext, type HandlerGroup } from '../../router/context';
import type { DeviceManager } from '../../devices/manager';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB } from '../../db/statements';
import { enqueuePrint, jobEvent } from '../../printing';
import { addStockMovement } from '../stock';
import { reportFile, XLSX_MIME_TYPE } from './export';
import {
  closeStocktake,
  countingPlace,
  insertCount,
  levelHere,
  listStocktakes,
  openStocktake,
  startStocktake,
} from './repo';
import { stocktakeReport } from './report';
import { scan } from './scan';

type StocktakeChannels =
  | 'stocktake.start'
  | 'stocktake.list'
  | 'stocktake.scan'
  | 'stocktake.count'
  | 'stocktake.weigh'
  | 'stocktake.report'
  | 'stocktake.post'
  | 'stocktake.cancel'
  | 'stocktake.export'
  | 'stocktake.print';

/** The tagged pieces of one purity the books hold at a place now, by their tag weights. */
function bookWeightMg(db: ReadableDB, placeId: number, purity: Purity, categoryId: number | null): number {
  return query(
    db,
    `SELECT coalesce(sum(p.weight_mg), 0) FROM stock_levels l JOIN products p ON p.id = l.product_id
     WHERE l.place_id = ? AND l.quantity > 0 AND p.serialized = 1 AND p.purity = ? AND p.weight_mg IS NOT NULL
       AND (? IS NULL OR p.category_id = ?)`,
  )
    .pluck()
    .get(placeId, purity, categoryId, categoryId) as number;
}

function post(ctx: HandlerContext, input: { stocktakeId: number; reason: string }) {
  const { db, now } = ctx;
  const actor = actorOf(ctx);
  const { stocktake } = openStocktake(db, input.stocktakeId);
  const approver = ctx.requireApproval({
    permission: 'stocktake.post',
    covers: (staff) => roleHas(staff.role, 'stocktake.post'),
  });
  const report = stocktakeReport(db, stocktake.id, ctx);
  const reference = `PD-${stocktake.id}`;
  const movements = report.adjustments.map((line) => ({
    ...line,
    movementId: addStockMovement(
      db,
      { productId: line.productId, quantity: line.quantity, reason: 'count', placeId: line.placeId },
      { reference, now, actorId: actor.id, note: input.reason },
    ),
  }));
  const closed = closeStocktake(db, stocktake.id, {
    state: 'posted',
    now,
    actorId: actor.id,
    approverId: approver?.id ?? actor.id,
    reason: input.reason,
    report,
  });
  ctx.journal('stocktake.posted', {
    stocktakeId: stocktake.id,
    reference,
    reason: input.reason,
    movements,
    missing: report.missing.length,
    wrongPlace: report.wrongPlace.length,
    soldPresent: report.soldPresent.length,
    notOnBooks: report.notOnBooks.length,
    ...report.totals,
  });
  return { stocktake: closed.stocktake, movements: movements.length };
}

export function stocktakeHandlers(devices: DeviceManager): HandlerGroup<StocktakeChannels> {
  return {
    'stocktake.start': (input, ctx) => {
      const { stocktake, categoryId, movementMark } = startStocktake(ctx.db, input.scope, {
        now: ctx.now,
        actorId: actorOf(ctx).id,
      });
      ctx.journal('stocktake.started', {
        stocktakeId: stocktake.id,
        categoryId,
        category: input.scope.kind === 'category' ? input.scope.category : null,
        movementMark,
        expectedPieces: stocktake.expectedPieces,
        expectedUnits: stocktake.expectedUnits,
      });
      return stocktake;
    },

    'stocktake.list': (_input, { db }) => listStocktakes(db),

    'stocktake.scan': (input, ctx) => scan(ctx, input),

    'stocktake.count': (input, ctx) => {
      const { db, now } = ctx;
      const { stocktake, categoryId } = openStocktake(db, input.stocktakeId);
      const place = countingPlace(db, input.placeId);
      const product = query(
        db,
        'SELECT name, serialized, category_id AS categoryId FROM products WHERE id = ?',
      ).get(input.productId) as { name: string; serialized: number; categoryId: number | null } | undefined;
      if (!product) throw new DomainError('PRODUCT_NOT_FOUND', { code: String(input.productId) });
      if (product.serialized === 1)
        throw new DomainError('STOCKTAKE_NOT_COUNTED_GOODS', { name: product.name });
      if (categoryId !== null && product.categoryId !== categoryId) {
        throw new DomainError('STOCKTAKE_OUT_OF_SCOPE', {
          name: product.name,
          category: stocktake.scope.kind === 'category' ? stocktake.scope.category : '',
        });
      }
      const book = levelHere(db, input.productId, place.id);
      const countId = insertCount(
        db,
        {
          stocktakeId: stocktake.id,
          productId: input.productId,
          placeId: place.id,
          quantity: input.quantity,
          book,
        },
        { now, actorId: actorOf(ctx).id },
      );
      ctx.journal('stocktake.counted', {
        stocktakeId: stocktake.id,
        countId,
        productId: input.productId,
        placeId: place.id,
        quantity: input.quantity,
        book,
      });
      return { productId: input.productId, placeId: place.id, quantity: input.quantity };
    },

    'stocktake.weigh': (input, ctx) => {
      const { db, now } = ctx;
      const { stocktake, categoryId } = openStocktake(db, input.stocktakeId);
      const place = countingPlace(db, input.placeId);
      const weightMg = devices.weightOf(input);
      const bookMg = bookWeightMg(db, place.id, input.purity, categoryId);
      const weighingId = Number(
        statement(
          db,
          `INSERT INTO stocktake_weighings (stocktake_id, place_id, purity, weight_mg, book_mg, staff_id, at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(stocktake.id, place.id, input.purity, weightMg, bookMg, actorOf(ctx).id, now.toISOString())
          .lastInsertRowid,
      );
      ctx.journal('stocktake.weighed', {
        stocktakeId: stocktake.id,
        weighingId,
        placeId: place.id,
        purity: input.purity,
        weightMg,
        // the table has no column for it: where the weight came from is kept here
        source: input.source,
        bookMg,
      });
      return { placeId: place.id, purity: input.purity, weightMg, source: input.source };
    },

    'stocktake.report': (input, ctx) => stocktakeReport(ctx.db, input.stocktakeId, ctx),

    'stocktake.post': (input, ctx) => post(ctx, input),

    'stocktake.cancel': (input, ctx) => {
      const { stocktake } = openStocktake(ctx.db, input.stocktakeId);
      const closed = closeStocktake(ctx.db, stocktake.id, {
        state: 'cancelled',
        now: ctx.now,
        actorId: actorOf(ctx).id,
        approverId: null,
        reason: input.reason,
        report: stocktakeReport(ctx.db, stocktake.id, ctx),
      });
      ctx.journal('stocktake.cancelled', {
        stocktakeId: stocktake.id,
        reason: input.reason,
        scannedPieces: stocktake.scannedPieces,
      });
      return closed.stocktake;
    },

    'stocktake.export': (input, ctx) => {
      const report = stocktakeReport(ctx.db, input.stocktakeId, ctx);
      return {
        fileName: `盘点差异-${report.stocktake.id}-${businessDay(ctx.now, ctx.timeZone).replace(/-/g, '')}.xlsx`,
        mimeType: XLSX_MIME_TYPE,
        contentBase64: reportFile(report, ctx.timeZone).toString('base64'),
      };
    },

    'stocktake.print': (input, ctx) => {
      const report = stocktakeReport(ctx.db, input.stocktakeId, ctx);
      const job = enqueuePrint(ctx.db, {
        documentType: 'stocktakeReport',
        reference: `PD-${report.stocktake.id}`,
        data: { report, printedAt: ctx.now.toISOString() },
        now: ctx.now,
        createdBy: actorOf(ctx).id,
      });
      ctx.journal('stocktake.printed', { stocktakeId: report.stocktake.id, jobId: job.id });
      ctx.afterCommit(() => ctx.events.emit(null, jobEvent(job)));
      return job;
    },
  };
}
