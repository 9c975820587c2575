import { ReturnPolicy } from '../../../../shared/contract/returns';
import type { CategoryPolicy } from '../../../../shared/domain/returns';
import { readJsonSetting, writeJsonSetting } from '../settings';
import type { ReadableDB, WritableDB } from '../../db/statements';

const KEY = 'returns';

// The manual's policy (退换货流程): seven days to return, fifteen to exchange; customised pieces and pierced
// earrings are never taken back.
const DEFAULT_POLICY: ReturnPolicy = {
  standard: { returnDays: 7, exchangeDays: 15, returnable: true },
  categories: [
    { category: '定制', returnDays: 0, exchangeDays: 0, returnable: false },
    { category: '耳饰', returnDays: 0, exchangeDays: 0, returnable: false },
  ],
};

export const readReturnPolicy = (db: ReadableDB): ReturnPolicy =>
  readJsonSetting(db, KEY, ReturnPolicy, DEFAULT_POLICY);

export const writeReturnPolicy = (db: WritableDB, policy: ReturnPolicy): void =>
  writeJsonSetting(db, KEY, policy);

/** The policy of a category, the standard one when the store has not named it. */
export function policyFor(policy: ReturnPolicy, category: string | null): CategoryPolicy {
  return policy.categories.find((c) => c.category === category) ?? policy.standard;
}
