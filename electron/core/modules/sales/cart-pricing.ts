import type { Product } from '../../../../shared/contract/catalog';
import type { Customer } from '../../../../shared/contract/customers';
import type { Cart, CartLineInput, SaleLine, SalesSettings } from '../../../../shared/contract/sales';
import {
  deepestDiscountBp,
  priceCart,
  type LineToPrice,
  type CartTotals,
} from '../../../../shared/domain/cart';
import { formatYuan } from '../../../../shared/domain/money';
import { tradeInValue, weighedItemPrice, type LaborFee } from '../../../../shared/domain/pricing';
import type { Purity } from '../../../../shared/domain/purity';
import { DomainError } from '../../errors';
import { currentRate, getProduct, priceForQuantity } from '../catalog';
import { getCustomer } from '../customers';
import type { ReadableDB } from '../../db/statements';

/** A cart priced by the core: what the screen shows, and what a commit records. */
export interface PricedSale {
  lines: SaleLine[];
  /** The catalog product of each product line, for the stock check and warranty cards. */
  products: { lineNo: number; product: Product; quantity: number }[];
  customer: Customer | null;
  totals: CartTotals;
  deepestDiscountBp: number;
}

type ProductLineInput = Extract<CartLineInput, { kind: 'product' }>;
type TradeInLineInput = Extract<CartLineInput, { kind: 'tradeIn' }>;
type RateOf = (purity: Purity) => ReturnType<typeof currentRate>;

/** A line before the cart's discounts are spread over it (its discount amounts and net are still 0). */
interface UndiscountedLine {
  line: SaleLine;
  /** null for a trade-in, which takes no discounts. */
  priced: LineToPrice | null;
  product: Product | null;
  tradeInFen: number;
}

/**
 * Every field of a sale line, so that a line is made by overriding these: V8 (Node 20) copies a spread object
 * fast only when the fields written after it are already there, and adds each new one through its slow path
 * (about 1 µs a field, tens of µs a sale).
 */
const BLANK_LINE: SaleLine = {
  lineNo: 0,
  kind: 'quantity',
  productId: null,
  sku: null,
  name: '',
  quantity: 1,
  unitPriceFen: null,
  priceOverrideFen: null,
  purity: null,
  weightMg: null,
  weightSource: null,
  weightReason: null,
  goldRateFenPerGram: null,
  laborFee: null,
  metalFen: null,
  laborFen: null,
  tradeInTerms: null,
  discount: null,
  reason: null,
  listFen: 0,
  grossFen: 0,
  lineDiscountFen: 0,
  memberDiscountFen: 0,
  orderDiscountFen: 0,
  netFen: 0,
};

/** The rate the screen showed must still be the day's: a line is never priced at a rate no longer in force. */
function assertRateShown(purity: Purity, shown: number, current: number, lineNo: number): void {
  if (shown !== current) {
    throw new DomainError('GOLD_RATE_CHANGED', {
      line: lineNo,
      purity,
      shownFenPerGram: shown,
      currentFenPerGram: current,
    });
  }
}

/** Where a weighed line's weight came from; a typed one without its reason is refused where the store asks. */
function weightOrigin(
  input: ProductLineInput,
  product: { name: string },
  lineNo: number,
  settings: SalesSettings,
): Pick<SaleLine, 'weightSource' | 'weightReason'> {
  if (input.weightMg === undefined) return { weightSource: 'tag', weightReason: null };
  const weightSource = input.weightSource ?? 'typed';
  const weightReason = input.weightReason ?? null;
  if (weightSource === 'typed' && settings.typedWeight !== 'free' && weightReason === null) {
    throw new DomainError('SALE_WEIGHT_REASON_REQUIRED', { line: lineNo, name: product.name });
  }
  return { weightSource, weightReason };
}

function undiscountedProductLine(
  db: ReadableDB,
  input: ProductLineInput,
  lineNo: number,
  rateOf: RateOf,
  settings: SalesSettings,
): UndiscountedLine {
  const product = getProduct(db, input.productId);
  const line: SaleLine = {
    ...BLANK_LINE,
    lineNo,
    kind: product.kind,
    productId: product.id,
    sku: product.sku,
    name: product.name,
    quantity: input.quantity,
    discount: input.discount ?? null,
    reason: input.reason ?? null,
  };
  if ((product.serialized || product.kind === 'weighed') && input.quantity !== 1) {
    throw new DomainError('SINGLE_PIECE_QUANTITY', { line: lineNo, name: product.name });
  }
  if (product.kind !== 'weighed') {
    const unitPriceFen = product.priceFen as number;
    const listFen = priceForQuantity(product, input.quantity);
    const grossFen = (input.priceOverrideFen ?? unitPriceFen) * input.quantity;
    return {
      line: { ...line, unitPriceFen, priceOverrideFen: input.priceOverrideFen ?? null, listFen, grossFen },
      priced: { listFen, grossFen, discount: input.discount ?? null, memberEligible: true },
      product,
      tradeInFen: 0,
    };
  }
  if (input.priceOverrideFen !== undefined) {
    throw new DomainError('PRICE_OVERRIDE_WEIGHED', { line: lineNo, name: product.name });
  }
  const weightMg = input.weightMg ?? product.weightMg;
  if (weightMg === null) throw new DomainError('WEIGHT_REQUIRED', { line: lineNo, name: product.name });
  if (input.goldRateFenPerGram === undefined) {
    throw new DomainError('GOLD_RATE_REQUIRED', { line: lineNo, name: product.name });
  }
  const purity = product.purity as Purity;
  const rate = rateOf(purity);
  if (rate === null) throw new DomainError('GOLD_RATE_NOT_SET', { line: lineNo, purity });
  assertRateShown(purity, input.goldRateFenPerGram, rate.sellFenPerGram, lineNo);
  const laborFee = product.laborFee as LaborFee;
  const price = weighedItemPrice(weightMg, rate.sellFenPerGram, laborFee);
  return {
    line: {
      ...line,
      purity,
      weightMg,
      ...weightOrigin(input, product, lineNo, settings),
      goldRateFenPerGram: rate.sellFenPerGram,
      laborFee,
      metalFen: price.metalFen,
      laborFen: price.laborFen,
      listFen: price.totalFen,
      grossFen: price.totalFen,
    },
    // gold by weight is sold at the day's rate: a member tier's discount does not apply to it
    priced: {
      listFen: price.totalFen,
      grossFen: price.totalFen,
      discount: input.discount ?? null,
      memberEligible: false,
    },
    product,
    tradeInFen: 0,
  };
}

function undiscountedTradeIn(
  input: TradeInLineInput,
  lineNo: number,
  rateOf: RateOf,
  settings: SalesSettings,
): UndiscountedLine {
  const rate = rateOf(input.purity);
  if (rate?.buyBackFenPerGram == null) {
    throw new DomainError('BUY_BACK_RATE_NOT_SET', { line: lineNo, purity: input.purity });
  }
  assertRateShown(input.purity, input.buyBackFenPerGram, rate.buyBackFenPerGram, lineNo);
  const terms = {
    deductionFenPerGram: settings.tradeInDeductionFenPerGram,
    lossBp: settings.tradeInLossBp,
  };
  const value = tradeInValue(input.weightMg, { buyBackFenPerGram: rate.buyBackFenPerGram, ...terms });
  return {
    line: {
      ...BLANK_LINE,
      lineNo,
      kind: 'tradeIn',
      productId: null,
      sku: null,
      name: input.description,
      quantity: 1,
      purity: input.purity,
      weightMg: input.weightMg,
      goldRateFenPerGram: rate.buyBackFenPerGram,
      tradeInTerms: terms,
      discount: null,
      reason: null,
      listFen: 0,
      grossFen: 0,
    },
    priced: null,
    product: null,
    tradeInFen: value,
  };
}

/** What the customer is told when the trade-in is worth more than the goods. */
export function tradeInExcess(totals: CartTotals) {
  return {
    tradeIn: formatYuan(totals.tradeInFen),
    goods: formatYuan(totals.totalFen + totals.tradeInFen),
    payout: formatYuan(-totals.totalFen),
    payoutFen: -totals.totalFen,
  };
}

/**
 * Prices a cart as it stands now: catalog prices, the day's gold rates (which must be the ones the screen
 * showed), the member's tier, and the discounts, with the arithmetic of shared/domain/cart.
 */
export function priceSale(
  db: ReadableDB,
  cart: Cart,
  context: { day: string; settings: SalesSettings },
): PricedSale {
  const customer = cart.customerId === null ? null : getCustomer(db, cart.customerId);
  const rates = new Map<Purity, ReturnType<typeof currentRate>>();
  const rateOf: RateOf = (purity) => {
    if (!rates.has(purity)) rates.set(purity, currentRate(db, purity, context.day));
    return rates.get(purity) ?? null;
  };
  const undiscounted = cart.lines.map((input, index) =>
    input.kind === 'tradeIn'
      ? undiscountedTradeIn(input, index + 1, rateOf, context.settings)
      : undiscountedProductLine(db, input, index + 1, rateOf, context.settings),
  );
  const sold = undiscounted.filter((entry) => entry.priced !== null);
  const priced = sold.map((entry) => entry.priced as LineToPrice);
  const pricing = priceCart({
    lines: priced,
    tradeInsFen: undiscounted.map((entry) => entry.tradeInFen).filter((fen) => fen > 0),
    memberBp: customer?.tier.discountBp ?? 0,
    orderDiscount: cart.orderDiscount,
  });
  if (!pricing.ok) {
    throw new DomainError('DISCOUNT_EXCEEDS_PRICE', {
      line: pricing.line === null ? null : (sold[pricing.line] as UndiscountedLine).line.lineNo,
    });
  }
  const { totals } = pricing;
  // a trade-in worth more than the goods leaves a total of nothing or less: the customer is paid the difference
  if (totals.totalFen <= 0 && totals.tradeInFen === 0) {
    throw new DomainError('SALE_TOTAL_NOT_POSITIVE', { totalFen: totals.totalFen });
  }

  const amounts = new Map(sold.map((entry, i) => [entry, totals.lines[i]]));
  const lines = undiscounted.map((entry) => {
    const amount = amounts.get(entry);
    return amount ? { ...entry.line, ...amount } : { ...entry.line, netFen: -entry.tradeInFen };
  });
  return {
    lines,
    products: undiscounted.flatMap((entry) =>
      entry.product
        ? [{ lineNo: entry.line.lineNo, product: entry.product, quantity: entry.line.quantity }]
        : [],
    ),
    customer,
    totals,
    deepestDiscountBp: deepestDiscountBp(priced, totals.lines),
  };
}
