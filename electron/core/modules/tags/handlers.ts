import type { PrintJob } from '../../../../shared/contract/printing';
import { enqueuePrint, jobEvent, labelToSvg, layoutTag, svgDataUrl, wasQueued } from '../../printing';
import { actorOf, type HandlerGroup } from '../../router/context';
import { getProduct } from '../catalog';
import { piecesById, receivedToday, searchPieces, tagPiece, tagReference } from './pieces';
import { labelPrinter, layoutOf, readTagSettings, writeTagSettings } from './settings';

type TagsChannel = 'tags.settings' | 'tags.saveSettings' | 'tags.pieces' | 'tags.preview' | 'tags.print';

export const tagsHandlers: HandlerGroup<TagsChannel> = {
  'tags.settings': (_input, { db }) => readTagSettings(db),

  'tags.saveSettings': (input, ctx) => {
    writeTagSettings(ctx.db, input);
    ctx.journal('tags.settingsSaved', input);
    return readTagSettings(ctx.db);
  },

  'tags.pieces': (input, ctx) => {
    switch (input.source) {
      case 'search':
        return searchPieces(ctx.db, input.text);
      case 'receivedToday':
        return receivedToday(ctx.db, ctx.now, ctx.timeZone);
      case 'ids':
        return piecesById(ctx.db, input.productIds);
    }
  },

  'tags.preview': (input, { db }) => {
    const settings = input.settings ?? readTagSettings(db);
    // the printer's resolution when one is set; the common 203 dpi while the settings are being made
    const dpi = settings.printerId === null ? 203 : labelPrinter(db, settings.printerId).settings.dpi;
    const label = layoutTag(
      { piece: tagPiece(getProduct(db, input.productId)), layout: layoutOf(settings) },
      dpi,
    );
    return { image: svgDataUrl(labelToSvg(label)), widthDots: label.width, heightDots: label.height };
  },

  /**
   * One job per piece, so each tag can be seen, retried or cancelled on its own. A tag is a price claim: the
   * journal row carries what it printed, and says whether the piece had a tag before.
   */
  'tags.print': (input, ctx) => {
    const settings = readTagSettings(ctx.db);
    const printer = labelPrinter(ctx.db, settings.printerId);
    const layout = layoutOf(settings);
    const actor = actorOf(ctx);
    const jobs: PrintJob[] = [];
    for (const productId of new Set(input.productIds)) {
      const piece = tagPiece(getProduct(ctx.db, productId));
      const reference = tagReference(piece);
      const reprint = wasQueued(ctx.db, 'tag', reference);
      const job = enqueuePrint(ctx.db, {
        documentType: 'tag',
        reference,
        data: { piece, layout },
        now: ctx.now,
        createdBy: actor.id,
        printerId: printer.id,
        copies: input.copies,
      });
      ctx.journal(reprint ? 'tags.reprinted' : 'tags.printed', {
        jobId: job.id,
        printerId: printer.id,
        productId: piece.productId,
        sku: piece.sku,
        barcode: piece.barcode,
        name: piece.name,
        purity: piece.purity,
        weightMg: piece.weightMg,
        priceFen: piece.priceFen,
        laborFee: piece.laborFee,
        certificateNo: piece.certificateNo,
        copies: input.copies,
        layout,
      });
      ctx.events.emit(null, jobEvent(job));
      jobs.push(job);
    }
    return jobs;
  },
};
