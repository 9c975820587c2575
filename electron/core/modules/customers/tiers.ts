import type { MemberTier } from '../../../../shared/contract/customers';
import { DomainError } from '../../errors';
import { query, statement, type ReadableDB, type WritableDB } from '../../db/statements';

const SELECT_TIERS = 'SELECT id, name, discount_bp AS discountBp FROM member_tiers';

export function listTiers(db: ReadableDB): MemberTier[] {
  return query(db, `${SELECT_TIERS} ORDER BY discount_bp, id`).all() as MemberTier[];
}

export function getTier(db: ReadableDB, id: number): MemberTier {
  const tier = query(db, `${SELECT_TIERS} WHERE id = ?`).get(id) as MemberTier | undefined;
  if (!tier) throw new DomainError('MEMBER_TIER_NOT_FOUND', { tierId: id });
  return tier;
}

/** A new tier, or new terms for an existing one; members keep their tier and get its new discount. */
export function saveTier(
  db: WritableDB,
  tier: { id?: number; name: string; discountBp: number },
): MemberTier {
  const clash = query(db, 'SELECT id FROM member_tiers WHERE name = ? AND id IS NOT ?').get(
    tier.name,
    tier.id,
  );
  if (clash) throw new DomainError('MEMBER_TIER_NAME_TAKEN', { name: tier.name });
  if (tier.id === undefined) {
    const { lastInsertRowid } = statement(
      db,
      'INSERT INTO member_tiers (name, discount_bp) VALUES (?, ?)',
    ).run(tier.name, tier.discountBp);
    return getTier(db, Number(lastInsertRowid));
  }
  getTier(db, tier.id);
  statement(db, 'UPDATE member_tiers SET name = ?, discount_bp = ? WHERE id = ?').run(
    tier.name,
    tier.discountBp,
    tier.id,
  );
  return getTier(db, tier.id);
}
