import { useCallback } from 'react';
import type { PlaceKind, StockPlace } from '../../../../shared/contract/stock';
import { isMessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/context';

/** Where goods go out of the store: shown apart, read-only (they move only by sales, receipts, returns). */
export const OUT_KINDS: readonly PlaceKind[] = ['sold', 'supplier', 'writtenOff'];

/** Goods leaving for these need a note and a manager's approval. */
export const LEAVING_KINDS: readonly PlaceKind[] = ['supplier', 'writtenOff'];

/** The system places' names as migration 0019 seeds them: a store may rename them, and then its name shows. */
const SEEDED_NAMES: Record<string, string> = {
  STOCKROOM: '库房',
  SAFE: '保险柜',
  REPAIR: '维修台',
  SOLD: '已售',
  SUPPLIER: '已退供应商',
  WRITTEN_OFF: '已报损',
};

/** A place's name in the reader's language: a system place's seeded name translated, the store's own as is. */
export function usePlaceName(): (place: Pick<StockPlace, 'code' | 'name'>) => string {
  const { t } = useI18n();
  return useCallback(
    (place) => {
      const key = `places.system.${place.code}`;
      return SEEDED_NAMES[place.code] === place.name && isMessageKey(key) ? t(key) : place.name;
    },
    [t],
  );
}

/** A place's kind, where its name does not already say it (the safe named 保险柜). */
export function useKindLabel(): (place: Pick<StockPlace, 'code' | 'name' | 'kind'>) => string | null {
  const { t } = useI18n();
  const placeName = usePlaceName();
  return useCallback(
    (place) => {
      const kind = t(`places.kind.${place.kind}`);
      return placeName(place) === kind ? null : kind;
    },
    [t, placeName],
  );
}
