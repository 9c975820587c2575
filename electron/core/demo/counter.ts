import type { ChannelInput } from '../../../shared/contract';
import type { Product } from '../../../shared/contract/catalog';
import type { Purity } from '../../../shared/domain/purity';
import type { Random } from './random';

type Cart = ChannelInput<'sales.commit'>['cart'];
type Line = Cart['lines'][number];
type ProductLine = Extract<Line, { kind: 'product' }>;
type Tenders = ChannelInput<'sales.commit'>['tenders'];
export type DayRates = ReadonlyMap<Purity, { sellFenPerGram: number; buyBackFenPerGram: number | null }>;

/** What is on the shelves: tagged pieces leave it when sold; counted goods are counted down. */
export class Shelf {
  readonly pieces: Product[];
  private readonly counted: { product: Product; onHand: number }[];

  constructor(products: readonly Product[]) {
    this.pieces = products.filter((product) => product.serialized);
    this.counted = products
      .filter((product) => !product.serialized)
      .map((product) => ({ product, onHand: product.onHand }));
  }

  /** A tagged piece of one of these categories, taken off the shelf. */
  takePiece(random: Random, categories: readonly string[]): Product | undefined {
    const fits = this.pieces.filter((piece) => categories.includes(piece.category ?? ''));
    const piece = fits.length > 0 ? random.pick(fits) : undefined;
    if (piece) this.pieces.splice(this.pieces.indexOf(piece), 1);
    return piece;
  }

  /** Counted goods down to `below` or fewer, brought back up to `upTo` by a delivery. */
  restock(below: number, upTo: number): { product: Product; quantity: number }[] {
    return this.counted
      .filter((item) => item.onHand <= below)
      .map((item) => {
        const quantity = upTo - item.onHand;
        item.onHand = upTo;
        return { product: item.product, quantity };
      });
  }

  /** `quantity` of a counted good of this kind still in stock, counted down. */
  takeCounted(random: Random, kind: Product['kind'], quantity: number): Product | undefined {
    const fits = this.counted.filter((item) => item.product.kind === kind && item.onHand >= quantity);
    if (fits.length === 0) return undefined;
    const item = random.pick(fits);
    item.onHand -= quantity;
    return item.product;
  }
}

const GOLD_CATEGORIES = ['足金戒指', '足金手镯', '足金吊坠', '足金项链'];
const FINE_CATEGORIES = ['K金', '铂金', '翡翠', '钻石', '银饰'];
const OLD_GOLD = ['旧金戒指', '旧金项链', '旧金手镯', '旧金耳环'];

function rateOf(rates: DayRates, purity: Purity): number {
  const rate = rates.get(purity);
  if (!rate) throw new Error(`no demo rate for ${purity}`);
  return rate.sellFenPerGram;
}

function pieceLine(piece: Product, rates: DayRates): ProductLine {
  return piece.kind === 'weighed' && piece.purity
    ? { kind: 'product', productId: piece.id, goldRateFenPerGram: rateOf(rates, piece.purity) }
    : { kind: 'product', productId: piece.id };
}

/** Old gold handed in against a gold piece: at most half its weight, so the sale still comes to money. */
function tradeIn(random: Random, piece: Product, rates: DayRates): Line | null {
  const buyBack = rates.get('Au999')?.buyBackFenPerGram;
  if (!buyBack || !piece.weightMg) return null;
  return {
    kind: 'tradeIn',
    purity: 'Au999',
    weightMg: random.step(Math.floor(piece.weightMg / 5), Math.floor(piece.weightMg / 2), 10),
    buyBackFenPerGram: buyBack,
    description: random.pick(OLD_GOLD),
  };
}

/**
 * A customer's purchase: a gold piece (sometimes against old gold), a fine piece (K-gold, platinum, jade,
 * diamond; sometimes with the cashier's own small discount), loose gold weighed on the scale, or silver and
 * home goods. Null when the shelf has run out of what was drawn.
 */
export function draftCart(
  random: Random,
  shelf: Shelf,
  rates: DayRates,
  customerId: number | null,
): Cart | null {
  const roll = random.next();
  const lines: Line[] = [];
  if (roll < 0.35) {
    const piece = shelf.takePiece(random, GOLD_CATEGORIES);
    if (!piece) return null;
    lines.push(pieceLine(piece, rates));
    const old = random.chance(0.3) ? tradeIn(random, piece, rates) : null;
    if (old) lines.push(old);
  } else if (roll < 0.55) {
    const piece = shelf.takePiece(random, FINE_CATEGORIES);
    if (!piece) return null;
    lines.push(
      random.chance(0.3)
        ? { ...pieceLine(piece, rates), discount: { kind: 'percent', bp: 300 }, reason: '老顾客优惠' }
        : pieceLine(piece, rates),
    );
  } else if (roll < 0.7) {
    const loose = shelf.takeCounted(random, 'weighed', 1);
    if (!loose?.purity) return null;
    const weightMg = random.step(800, 3_500, 10);
    lines.push({
      kind: 'product',
      productId: loose.id,
      weightMg,
      goldRateFenPerGram: rateOf(rates, loose.purity),
    });
  } else {
    for (let i = random.int(1, 2); i > 0; i--) {
      const quantity = random.int(1, 2);
      const good = shelf.takeCounted(random, 'quantity', quantity);
      if (good) lines.push({ kind: 'product', productId: good.id, quantity });
    }
    if (lines.length === 0) return null;
  }
  return { customerId, lines };
}

/**
 * 抹零: the cashier takes the odd yuan under ten off the bill, within the cashier's own discount limit;
 * null when there is nothing to take off or it would be more than that.
 */
export function roundedDown(cart: Cart, totalFen: number, limitBp: number): Cart | null {
  const oddFen = totalFen % 1_000;
  if (oddFen === 0 || oddFen * 10_000 > totalFen * limitBp) return null;
  return { ...cart, orderDiscount: { kind: 'amount', fen: oddFen }, orderDiscountReason: '抹零' };
}

/** Digits for slip references. */
const digits = (random: Random, length: number): string =>
  Array.from({ length }, () => String(random.int(0, 9))).join('');

/**
 * How the customer pays `totalFen`: cash up to a few thousand yuan (handed over in whole hundreds, with
 * change), WeChat Pay, Alipay, a bank card, or a split of cash and a card or phone payment.
 */
export function payment(random: Random, totalFen: number): Tenders {
  // transaction ids as long as the wallets' (28 digits): a run of 13–19 digits could read as a card number
  const phone = (amountFen: number): Tenders[number] =>
    random.chance(0.55)
      ? { method: 'wechat', amountFen, reference: `4200000000${digits(random, 14)}0000` }
      : { method: 'alipay', amountFen, reference: `2026112222001${digits(random, 14)}0` };
  const card = (amountFen: number): Tenders[number] => ({
    method: 'bankCard',
    amountFen,
    reference: digits(random, 6),
    last4: digits(random, 4),
  });
  const roll = random.next();
  if (totalFen <= 500_000 && roll < 0.35) {
    return [{ method: 'cash', amountFen: Math.ceil(totalFen / 10_000) * 10_000 }];
  }
  if (totalFen > 200_000 && roll > 0.88) {
    const cashFen = random.step(50_000, 150_000, 10_000);
    return [
      { method: 'cash', amountFen: cashFen },
      random.chance(0.5) ? card(totalFen - cashFen) : phone(totalFen - cashFen),
    ];
  }
  return roll < 0.7 || totalFen < 100_000 ? [phone(totalFen)] : [card(totalFen)];
}

/** A version-4 UUID from the demo's random numbers, for a sale's id. */
export function demoUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ['8', '9', 'a', 'b'][random.int(0, 3)] as string;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
