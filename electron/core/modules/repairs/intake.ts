import type { ChannelParsedInput } from '../../../../shared/contract';
import type { RepairSettings, RepairTicket } from '../../../../shared/contract/repairs';
import { businessDay } from '../../../../shared/domain/business-day';
import { formatYuan } from '../../../../shared/domain/money';
import { actorOf, type HandlerContext } from '../../router/context';
import { DomainError } from '../../errors';
import { getCustomer } from '../customers';
import { readTerminalId } from '../settings';
import { printIntakeSlip } from './documents';
import { takeRepairPayment } from './payments';
import { getTicket, insertPhoto, insertService, insertTicket, type ServiceLine } from './repo';
import { readRepairSettings } from './settings';
import { recordStep } from './steps';
import { nextTicketNumber } from './ticket-numbers';
import { lookupWarranty } from './warranty';

type IntakeInput = ChannelParsedInput<'repairs.intake'>;

const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

interface WarrantyLink {
  saleId: number;
  lineNo: number;
  endsOn: string | null;
  covered: boolean;
}

/** The original sale's line the piece came from, checked against the customer bringing it. */
function warrantyLink(ctx: HandlerContext, input: IntakeInput, today: string): WarrantyLink | null {
  if (!input.warranty) return null;
  const { receiptNo, lineNo } = input.warranty;
  const { saleId, lookup: sale } = lookupWarranty(ctx.db, receiptNo, today);
  const line = sale.lines.find((l) => l.lineNo === lineNo);
  if (!line) throw new DomainError('REPAIR_WARRANTY_LINE_NOT_FOUND', { receiptNo, lineNo });
  if (sale.customer && sale.customer.id !== input.customerId) {
    throw new DomainError('REPAIR_WARRANTY_OTHER_CUSTOMER', { receiptNo });
  }
  return { saleId, lineNo, endsOn: line.endsOn, covered: line.covered };
}

/** The requested work at the prices given; work the warranty covers is free while it runs. */
function serviceLines(input: IntakeInput, settings: RepairSettings, covered: boolean): ServiceLine[] {
  return input.services.map(({ code, priceFen }) => {
    const service = settings.services.find((s) => s.code === code);
    if (!service) throw new DomainError('REPAIR_SERVICE_UNKNOWN', { code });
    const free = covered && service.warrantyCovered;
    return {
      code,
      name: service.name,
      priceFen: free ? 0 : priceFen,
      turnaroundDays: service.turnaroundDays,
      free,
    };
  });
}

/**
 * Receives an item for repair in one transaction: the ticket with its gapless number, the services, the
 * photos, the deposit through the sale's tenders, and the steps so far (received; then quoted and waiting
 * for the customer, or agreed at the counter). The claim stub and workshop tag print after the commit.
 */
export function intake(ctx: HandlerContext, input: IntakeInput): RepairTicket {
  const { db, now } = ctx;
  const settings = readRepairSettings(db);
  const customer = getCustomer(db, input.customerId);
  if (settings.photosRequired && input.photos.length === 0) throw new DomainError('REPAIR_PHOTO_REQUIRED');
  const today = businessDay(now, ctx.timeZone);
  if (input.promisedOn < today) throw new DomainError('REPAIR_PROMISED_IN_PAST', { today });
  const warranty = warrantyLink(ctx, input, today);
  const services = serviceLines(input, settings, warranty?.covered ?? false);
  const quoteFen =
    input.quote.kind === 'estimate' ? services.reduce((sum, line) => sum + line.priceFen, 0) : null;
  if (input.deposit && quoteFen !== null && input.deposit.amountFen > quoteFen) {
    throw new DomainError('REPAIR_DEPOSIT_EXCEEDS_QUOTE', {
      deposit: formatYuan(input.deposit.amountFen),
      quote: formatYuan(quoteFen),
    });
  }
  const photos = input.photos.map((photo) => ({ ...photo, data: Buffer.from(photo.base64, 'base64') }));
  if (photos.some((photo) => photo.data.length > MAX_PHOTO_BYTES || photo.data.length === 0)) {
    throw new DomainError('INVALID_INPUT', { issues: 'photo larger than 2 MB' });
  }

  const terminalId = readTerminalId(db) as string;
  const ticketNo = nextTicketNumber(db, terminalId);
  const { item } = input;
  const consent = input.quote.kind === 'estimate' ? input.quote.consent : null;
  const id = insertTicket(
    db,
    {
      ticketNo,
      terminalId,
      status: 'received',
      customerId: customer.id,
      category: item.category,
      purity: item.purity,
      description: item.description,
      stoneCount: item.stoneCount,
      weightInMg: item.weightIn.weightMg,
      weightInSource: item.weightIn.source,
      weightInReason: item.weightIn.source === 'typed' ? item.weightIn.reason : null,
      conditions: item.conditions,
      notes: item.notes,
      declaredValueFen: item.declaredValueFen,
      saleId: warranty?.saleId ?? null,
      saleLineNo: warranty?.lineNo ?? null,
      warrantyEndsOn: warranty?.endsOn ?? null,
      extraWork: input.extraWork,
      quoteFen: null,
      consent: null,
      promisedOn: input.promisedOn,
    },
    { now, actorId: actorOf(ctx).id },
  );
  services.forEach((line, i) => insertService(db, id, i + 1, line));
  photos.forEach((photo, i) => insertPhoto(db, id, i + 1, photo, now));
  const row = { id, ticket_no: ticketNo, status: 'received' as const };
  recordStep(ctx, row, {
    kind: 'received',
    to: null,
    details: {
      customerId: customer.id,
      weightInMg: item.weightIn.weightMg,
      weightSource: item.weightIn.source,
      warrantyCovered: warranty?.covered ?? false,
      services: services.map((s) => ({ code: s.code, priceFen: s.priceFen, free: s.free })),
      promisedOn: input.promisedOn,
      photos: photos.length,
    },
    note: item.weightIn.source === 'typed' ? item.weightIn.reason : null,
  });
  if (quoteFen !== null) {
    recordStep(ctx, row, {
      kind: 'quoted',
      to: 'awaitingApproval',
      changes: { quote_fen: quoteFen },
      details: { quoteFen },
    });
    if (consent) {
      recordStep(
        ctx,
        { ...row, status: 'awaitingApproval' },
        {
          kind: 'approved',
          to: 'approved',
          changes: { consent_at: now.toISOString(), consent_how: consent, consent_by: actorOf(ctx).id },
          details: { how: consent },
        },
      );
    }
  }
  if (input.deposit) {
    const taken = takeRepairPayment(
      ctx,
      { id, customerId: customer.id },
      { dueFen: input.deposit.amountFen, tenders: input.deposit.tenders, purpose: 'deposit' },
    );
    recordStep(ctx, row, {
      kind: 'depositPaid',
      to: null,
      details: {
        amountFen: input.deposit.amountFen,
        changeFen: taken.changeFen,
        payments: taken.payments.map((p) => ({ method: p.method, amountFen: p.amountFen })),
      },
    });
  }
  const ticket = getTicket(db, ticketNo);
  ctx.afterCommit(() => printIntakeSlip({ db, events: ctx.events, terminalId, now }, ticket, settings));
  return ticket;
}
