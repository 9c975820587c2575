import { memo, useDeferredValue, useState, type KeyboardEvent, type Ref } from 'react';
import { Input, Spin, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Product } from '../../../../shared/contract/catalog';
import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { Kbd } from '../../components/Kbd';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';
import { useProductSearch } from '../catalog/useProductSearch';

/** Keys the box passes on to the cart while it is empty: the cart's lines are chosen from here too. */
export type CartKey = 'up' | 'down' | 'edit' | 'remove';

interface ProductSearchProps {
  inputRef: Ref<InputRef>;
  onPick(product: Product): void;
  onCartKey(key: CartKey): void;
  /** Esc with the box already empty: home, as Esc is everywhere else (the box keeps the focus). */
  onLeave(): void;
}

const CART_KEYS: Partial<Record<string, CartKey>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  Enter: 'edit',
  Delete: 'remove',
};

/**
 * 搜索商品: as the cashier types (Chinese, pinyin initials, SKU, barcode) the matches appear below; ↑ ↓
 * choose and Enter adds. Scans never land here: the scan dispatcher takes them before the box does.
 * Memoised: a scan changes the cart, which does not render the box again.
 */
export const ProductSearch = memo(function ProductSearch({
  inputRef,
  onPick,
  onCartKey,
  onLeave,
}: ProductSearchProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const query = useDeferredValue(text);
  const search = useProductSearch(query);
  const [active, setActive] = useState(0);
  const results = query.trim() ? search.products : [];
  const position = Math.max(0, Math.min(active, results.length - 1));

  const pick = (product: Product | undefined): void => {
    if (!product) return;
    onPick(product);
    setText('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Ctrl+Delete and the like are the screen's keys, not the box's
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (text) setText('');
      else onLeave();
    } else if (text.trim() === '') {
      const key = CART_KEYS[event.key];
      if (!key) return;
      onCartKey(key);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (results.length > 0) setActive((position + step + results.length) % results.length);
    } else if (event.key === 'Enter') pick(results[position]);
    else return;
    event.preventDefault();
  };

  return (
    <div className="sale-search">
      <Input
        ref={inputRef}
        autoFocus
        size="large"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        prefix={<SearchOutlined />}
        suffix={
          <>
            {search.pending && <Spin size="small" />}
            <Kbd>F3</Kbd>
          </>
        }
        placeholder={t('sale.search.placeholder')}
        aria-label={t('sale.search')}
        maxLength={40}
      />
      {query.trim() !== '' && !search.pending && (
        <ul className="sale-results" role="listbox" aria-label={t('sale.search.results')}>
          {results.length === 0 && (
            <li className="sale-result-none">{t('catalog.none', { text: query.trim() })}</li>
          )}
          {results.map((product, i) => (
            <li
              key={product.id}
              role="option"
              aria-selected={i === position}
              className={i === position ? 'sale-result sale-result-active' : 'sale-result'}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(product);
              }}
            >
              <span className="sale-result-name">{product.name}</span>
              <code>{product.sku}</code>
              <span className="sale-result-price">{productPrice(product)}</span>
              {product.purity && <PurityLabel purity={product.purity} />}
              <span className="sale-result-stock">{t('sale.search.onHand', { count: product.onHand })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

/** What a result shows as its price: the catalog price, or a weighed item's tag weight. */
function productPrice(product: Product): string {
  if (product.priceFen !== null) return formatYuan(product.priceFen);
  return product.weightMg === null ? '' : formatGrams(product.weightMg);
}
