import type { Cart, HeldCart, HeldCartListing, SalesSettings } from '../../../../shared/contract/sales';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';
import { priceSale } from './cart-pricing';

// Carts parked at a terminal (挂单) while another customer is served. A held cart is only a draft: its
// prices and stock are checked again when it is recalled and paid.

const HELD_COLUMNS = `
  h.id, h.label, h.line_count AS lineCount, h.customer_id AS customerId, h.held_at AS heldAt, s.name AS heldBy,
  c.name AS customerName, c.phone AS customerPhone`;
const FROM_HELD = `FROM held_carts h JOIN staff s ON s.id = h.held_by
  LEFT JOIN customers c ON c.id = h.customer_id`;

type HeldRow = Omit<HeldCart, 'customer'> & { customerName: string | null; customerPhone: string | null };

function toHeldCart({ customerName, customerPhone, ...row }: HeldRow): HeldCart {
  const customer =
    customerName === null || customerPhone === null ? null : { name: customerName, phone: customerPhone };
  return { ...row, customer };
}

export function holdCart(
  db: WritableDB,
  held: { terminalId: string; cart: Cart; label: string },
  context: { now: Date; actorId: number },
): HeldCart {
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO held_carts (terminal_id, label, cart, line_count, customer_id, held_at, held_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    held.terminalId,
    held.label,
    JSON.stringify(held.cart),
    held.cart.lines.length,
    held.cart.customerId,
    context.now.toISOString(),
    context.actorId,
  );
  return toHeldCart(
    query(db, `SELECT ${HELD_COLUMNS} ${FROM_HELD} WHERE h.id = ?`).get(lastInsertRowid) as HeldRow,
  );
}

/**
 * The recall list, each cart with what it would cost now: a cart whose prices no longer hold (a gold rate
 * changed, a product gone) shows no amount, and is priced again once recalled.
 */
export function listHeldCarts(
  db: ReadableDB,
  terminalId: string,
  pricing: { day: string; settings: SalesSettings },
): HeldCartListing[] {
  const rows = query(
    db,
    `SELECT ${HELD_COLUMNS}, h.cart ${FROM_HELD} WHERE h.terminal_id = ? ORDER BY h.id`,
  ).all(terminalId) as (HeldRow & { cart: string })[];
  return rows.map(({ cart, ...row }) => ({
    ...toHeldCart(row),
    totalFen: totalNow(db, JSON.parse(cart) as Cart, pricing),
  }));
}

function totalNow(
  db: ReadableDB,
  cart: Cart,
  pricing: { day: string; settings: SalesSettings },
): number | null {
  try {
    return priceSale(db, cart, pricing).totals.totalFen;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/**
 * The held carts (any terminal of this database) that hold one of these serialized pieces: a piece is in one
 * place, so a new cart with it is warned, not silently allowed to sell what another customer is waiting for.
 */
export function piecesHeldElsewhere(
  db: ReadableDB,
  pieces: readonly { lineNo: number; productId: number }[],
): { lineNo: number; heldCartId: number; label: string }[] {
  if (pieces.length === 0) return [];
  const held = query(db, 'SELECT id, label, cart FROM held_carts ORDER BY id').all() as {
    id: number;
    label: string;
    cart: string;
  }[];
  return pieces.flatMap(({ lineNo, productId }) => {
    const cart = held.find(({ cart }) =>
      (JSON.parse(cart) as Cart).lines.some(
        (line) => line.kind === 'product' && line.productId === productId,
      ),
    );
    return cart ? [{ lineNo, heldCartId: cart.id, label: cart.label }] : [];
  });
}

/** Takes a held cart back: it leaves the list, so two tills cannot both take it. */
export function recallCart(db: WritableDB, terminalId: string, id: number): HeldCart & { cart: Cart } {
  const row = query(
    db,
    `SELECT ${HELD_COLUMNS}, h.cart ${FROM_HELD} WHERE h.id = ? AND h.terminal_id = ?`,
  ).get(id, terminalId) as (HeldRow & { cart: string }) | undefined;
  if (!row) throw new DomainError('HELD_CART_NOT_FOUND', { id });
  statement(db, 'DELETE FROM held_carts WHERE id = ?').run(id);
  // stored as the contract parsed it when it was held
  return { ...toHeldCart(row), cart: JSON.parse(row.cart) as Cart };
}
