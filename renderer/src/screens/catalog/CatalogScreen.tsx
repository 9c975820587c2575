import { useCallback, useDeferredValue, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Space, Typography, type InputRef } from 'antd';
import { PlusOutlined, TagOutlined, UploadOutlined } from '@ant-design/icons';
import type { Product } from '../../../../shared/contract/catalog';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHomeFocus } from '../../components/useHomeFocus';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import { ExportButtons } from './ExportButtons';
import { ImportModal } from './ImportModal';
import { ProductFormModal } from './ProductFormModal';
import { ProductTable } from './ProductTable';
import { ReceiveStockModal } from './ReceiveStockModal';
import { SearchBox } from './SearchBox';
import { TagPrintModal } from './TagPrintModal';
import { useProductSearch } from './useProductSearch';
import './catalog.css';

type Dialog =
  | { kind: 'create'; barcode: string | null }
  | { kind: 'edit'; product: Product }
  | { kind: 'receive'; product: Product }
  | { kind: 'import' }
  | { kind: 'tags'; productIds: number[] };

/** Products opened this visit, shown while the search box is empty. */
const RECENT_LIMIT = 10;

/**
 * 商品管理: find a product by typing or scanning, create and edit the three kinds of goods, receive
 * stock. A scan opens the product it names, or offers to create one with that barcode.
 */
export function CatalogScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  // The box follows every key at once; the results follow when the renderer is free, so typing (and
  // the first keys of a scan, before it is recognised) never waits for the table.
  const query = useDeferredValue(text);
  const search = useProductSearch(query);
  const [recent, setRecent] = useState<Product[]>([]);
  const [activeIndex, setActiveIndex] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const searchBox = useRef<InputRef>(null);

  const searching = query.trim() !== '';
  const products = searching ? search.products : recent;
  const position = Math.max(0, Math.min(activeIndex, products.length - 1));
  const active = products[position] ?? null;

  const remember = useCallback(
    (product: Product): void =>
      setRecent((current) => [product, ...current.filter((p) => p.id !== product.id)].slice(0, RECENT_LIMIT)),
    [],
  );
  const open = useCallback(
    (product: Product): void => {
      remember(product);
      setDialog({ kind: 'edit', product });
    },
    [remember],
  );
  const receive = useCallback((product: Product) => setDialog({ kind: 'receive', product }), []);
  const finish = (product: Product, done: string): void => {
    setDialog(null);
    remember(product);
    search.refresh();
    void message.success(done);
  };

  const lookUp = async (code: string): Promise<void> => {
    const result = await api.call('catalog.lookup', { code });
    if (result.ok) return open(result.value);
    if (result.error.code !== 'PRODUCT_NOT_FOUND') return void message.error(errorText(result.error));
    modal.confirm({
      title: t('catalog.notFound.title', { code }),
      content: t('catalog.notFound.content'),
      okText: t('product.create.title'),
      cancelText: t('common.cancel'),
      onOk: () => setDialog({ kind: 'create', barcode: code }),
    });
  };

  // the ticked pieces, else the one the arrow keys rest on
  const printTags = (): void =>
    setDialog({ kind: 'tags', productIds: selectedIds.length > 0 ? selectedIds : active ? [active.id] : [] });

  const focusSearch = (): void => searchBox.current?.focus({ cursor: 'all' });
  useHomeFocus(focusSearch);
  useScanHandler(({ code }) => void lookUp(code));
  useHotkeys({
    F3: focusSearch,
    F4: () => setDialog({ kind: 'create', barcode: null }),
    F5: printTags,
    F6: () => active && receive(active),
    F7: () => setDialog({ kind: 'import' }),
  });

  return (
    <div className="screen">
      <ScreenHeader
        title={t('tile.catalog')}
        subtitle={t('catalog.subtitle')}
        onBack={onBack}
        extra={
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              {t('catalogIo.import')} <Kbd>F7</Kbd>
            </Button>
            <ExportButtons />
            <Button icon={<TagOutlined />} onClick={printTags}>
              {t('tags.print')} <Kbd>F5</Kbd>
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'create', barcode: null })}
            >
              {t('product.create.title')} <Kbd>F4</Kbd>
            </Button>
          </Space>
        }
      />
      <SearchBox
        inputRef={searchBox}
        value={text}
        pending={search.pending}
        onChange={(value) => {
          setText(value);
          setActiveIndex(0);
        }}
        onMove={(step) =>
          products.length > 0 && setActiveIndex((position + step + products.length) % products.length)
        }
        onOpen={() => active && open(active)}
        onLeave={onBack}
      />
      {search.error && <Alert type="error" showIcon title={errorText(search.error)} />}
      <Typography.Text type="secondary" className="catalog-caption">
        {searching
          ? !search.pending && t('catalog.found', { count: search.products.length })
          : recent.length > 0 && t('catalog.recent')}
      </Typography.Text>
      <ProductTable
        products={products}
        activeId={active?.id ?? null}
        empty={searching ? t('catalog.none', { text: query.trim() }) : t('catalog.start')}
        selectedIds={selectedIds}
        onSelect={setSelectedIds}
        onOpen={open}
        onReceive={receive}
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <ProductFormModal
          product={dialog.kind === 'edit' ? dialog.product : null}
          barcode={dialog.kind === 'create' ? dialog.barcode : null}
          onClose={() => setDialog(null)}
          onSaved={(product) => finish(product, t('product.saved', { name: product.name }))}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportModal
          onClose={() => setDialog(null)}
          onImported={(report) => {
            setDialog(null);
            search.refresh();
            void message.success(
              t('catalogIo.imported', {
                good: report.goodRows,
                creates: report.creates,
                updates: report.updates,
              }),
            );
          }}
        />
      )}
      {dialog?.kind === 'tags' && (
        <TagPrintModal
          productIds={dialog.productIds}
          onClose={() => setDialog(null)}
          onPrinted={(count) => {
            setDialog(null);
            setSelectedIds([]);
            void message.success(t('tags.queued', { count }));
          }}
        />
      )}
      {dialog?.kind === 'receive' && (
        <ReceiveStockModal
          product={dialog.product}
          onClose={() => setDialog(null)}
          onDone={(product, quantity) =>
            finish(product, t('product.received', { quantity, name: product.name, onHand: product.onHand }))
          }
        />
      )}
    </div>
  );
}
