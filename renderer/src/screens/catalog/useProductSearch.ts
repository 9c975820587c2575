import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../shared/contract';
import type { Product } from '../../../../shared/contract/catalog';
import { useApi } from '../../api/context';

/** Long enough to skip the keys of a word typed in one go, short enough to feel immediate. */
const DEBOUNCE_MS = 120;
/** catalog.search's own limits. */
const MAX_TEXT = 40;
const LIMIT = 50;

interface Answer {
  query: string;
  products: Product[];
  error: ErrorBody | null;
}

export interface ProductSearch {
  /** The last answer, kept on screen while the next one is on its way; empty for an empty box. */
  products: Product[];
  error: ErrorBody | null;
  /** True while the answer shown is for older text than the box holds. */
  pending: boolean;
  /** Asks again for the same text, after a product was saved. */
  refresh(): void;
}

/** Search as you type: Chinese, pinyin initials (jz), SKU or barcode, a moment after the last key. */
export function useProductSearch(text: string): ProductSearch {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer>({ query: '', products: [], error: null });
  const [revision, setRevision] = useState(0);
  const query = text.trim().slice(0, MAX_TEXT);

  useEffect(() => {
    if (!query) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.call('catalog.search', { text: query, limit: LIMIT }).then((result) => {
        if (!live) return;
        setAnswer(
          result.ok
            ? { query, products: result.value, error: null }
            : { query, products: [], error: result.error },
        );
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, revision]);

  const refresh = useCallback(() => setRevision((current) => current + 1), []);
  if (!query) return { products: [], error: null, pending: false, refresh };
  return { products: answer.products, error: answer.error, pending: answer.query !== query, refresh };
}
