import type { Customer } from '../../../../shared/contract/customers';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

interface CustomerRow {
  id: number;
  phone: string;
  name: string;
  registered_at: string;
  tier_id: number;
  tier_name: string;
  tier_discount_bp: number;
  points: number;
  store_credit_fen: number;
}

const SELECT_CUSTOMER = `
  SELECT c.id, c.phone, c.name, c.registered_at, t.id AS tier_id, t.name AS tier_name,
         t.discount_bp AS tier_discount_bp,
         (SELECT coalesce(sum(points), 0) FROM points_movements WHERE customer_id = c.id) AS points,
         (SELECT coalesce(sum(amount_fen), 0) FROM store_credit_movements WHERE customer_id = c.id)
           AS store_credit_fen
  FROM customers c JOIN member_tiers t ON t.id = c.tier_id`;

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    phone: row.phone,
    name: row.name,
    tier: { id: row.tier_id, name: row.tier_name, discountBp: row.tier_discount_bp },
    points: row.points,
    storeCreditFen: row.store_credit_fen,
    registeredAt: row.registered_at,
  };
}

export function findCustomerByPhone(db: ReadableDB, phone: string): Customer | null {
  const row = query(db, `${SELECT_CUSTOMER} WHERE c.phone = ?`).get(phone) as CustomerRow | undefined;
  return row ? toCustomer(row) : null;
}

/** Built once: every sale and quote with a member reads it, and the statement cache is keyed by the text. */
const GET_CUSTOMER = `${SELECT_CUSTOMER} WHERE c.id = ?`;

export function getCustomer(db: ReadableDB, id: number): Customer {
  const row = query(db, GET_CUSTOMER).get(id) as CustomerRow | undefined;
  if (!row) throw new DomainError('CUSTOMER_NOT_FOUND', { customerId: id });
  return toCustomer(row);
}

function assertPhoneFree(db: ReadableDB, phone: string, id: number | null): void {
  const owner = query(db, 'SELECT id FROM customers WHERE phone = ?').pluck().get(phone) as
    number | undefined;
  if (owner !== undefined && owner !== id) throw new DomainError('CUSTOMER_PHONE_TAKEN', { phone });
}

/** Quick registration at the till: a mobile number and a name (七不问: nothing more is ever asked). */
export function registerCustomer(
  db: WritableDB,
  customer: { phone: string; name: string },
  context: { now: Date; actorId: number },
): Customer {
  assertPhoneFree(db, customer.phone, null);
  const at = context.now.toISOString();
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO customers (phone, name, registered_at, registered_by, updated_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(customer.phone, customer.name, at, context.actorId, at);
  return getCustomer(db, Number(lastInsertRowid));
}

export function updateCustomer(
  db: WritableDB,
  id: number,
  customer: { phone: string; name: string },
  now: Date,
): Customer {
  getCustomer(db, id);
  assertPhoneFree(db, customer.phone, id);
  statement(db, 'UPDATE customers SET phone = ?, name = ?, updated_at = ? WHERE id = ?').run(
    customer.phone,
    customer.name,
    now.toISOString(),
    id,
  );
  return getCustomer(db, id);
}

export function setCustomerTier(db: WritableDB, id: number, tierId: number, now: Date): void {
  statement(db, 'UPDATE customers SET tier_id = ?, updated_at = ? WHERE id = ?').run(
    tierId,
    now.toISOString(),
    id,
  );
}
