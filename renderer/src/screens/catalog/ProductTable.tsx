import { memo } from 'react';
import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { Product } from '../../../../shared/contract/catalog';
import { formatGrams, formatYuan } from '../../../../shared/domain/money';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';

interface ProductTableProps {
  products: Product[];
  /** The row the arrow keys rest on; Enter opens it. */
  activeId: number | null;
  empty: string;
  /** Ticked rows: what F5 prints tags for. */
  selectedIds: number[];
  onSelect(ids: number[]): void;
  onOpen(product: Product): void;
  onReceive(product: Product): void;
}

/** Shown barcodes per row; the rest are counted, and all are in the product's form. */
const BARCODES_SHOWN = 2;

/** Memoised: a key typed into the search box re-renders the screen, not the table, until results change. */
export const ProductTable = memo(function ProductTable({
  products,
  activeId,
  empty,
  selectedIds,
  onSelect,
  onOpen,
  onReceive,
}: ProductTableProps) {
  const { t } = useI18n();
  return (
    <Table<Product>
      className="panel product-table"
      rowKey="id"
      size="middle"
      dataSource={products}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (keys) => onSelect(keys.map(Number)),
      }}
      rowClassName={(product) => (product.id === activeId ? 'product-row-active' : '')}
      onRow={(product) => ({ onClick: () => onOpen(product) })}
      columns={[
        {
          title: t('product.sku'),
          dataIndex: 'sku',
          width: 120,
          render: (sku: string) => <code>{sku}</code>,
        },
        {
          title: t('product.name'),
          dataIndex: 'name',
          render: (name: string, product) => (
            <span className="product-name">
              {name}
              {product.serialized && <Tag bordered={false}>{t('product.serialized.short')}</Tag>}
            </span>
          ),
        },
        {
          title: t('product.category'),
          dataIndex: 'category',
          width: 90,
          render: (c: string | null) => c ?? '—',
        },
        {
          title: t('product.kind'),
          dataIndex: 'kind',
          width: 96,
          render: (kind: Product['kind']) => (
            <Tag className={`kind-tag kind-${kind}`}>{t(`product.kind.${kind}`)}</Tag>
          ),
        },
        {
          title: t('product.pricing'),
          key: 'pricing',
          render: (_value, product) => <Pricing product={product} />,
        },
        { title: t('product.onHand'), dataIndex: 'onHand', width: 90, align: 'right' },
        {
          title: t('product.barcodes'),
          dataIndex: 'barcodes',
          width: 170,
          render: (barcodes: string[]) => (
            <span className="product-barcodes">
              {barcodes.slice(0, BARCODES_SHOWN).map((code) => (
                <code key={code}>{code}</code>
              ))}
              {barcodes.length > BARCODES_SHOWN && (
                <Typography.Text type="secondary">+{barcodes.length - BARCODES_SHOWN}</Typography.Text>
              )}
            </span>
          ),
        },
        {
          title: t('staff.actions'),
          key: 'actions',
          width: 140,
          render: (_value, product) => (
            <Space size={4} onClick={(event) => event.stopPropagation()}>
              <Button size="small" onClick={() => onOpen(product)}>
                {t('staff.action.edit')}
              </Button>
              <Button size="small" onClick={() => onReceive(product)}>
                {t('product.receive')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
});

/** How the product is priced: its price, or its purity, weight and labor fee. */
function Pricing({ product }: { product: Product }) {
  const { t } = useI18n();
  if (product.kind !== 'weighed' || !product.purity || !product.laborFee) {
    return (
      <span className="product-price">{product.priceFen === null ? '—' : formatYuan(product.priceFen)}</span>
    );
  }
  const fee = formatYuan(product.laborFee.fen);
  return (
    <span className="product-pricing">
      <PurityLabel purity={product.purity} />
      <span>{product.weightMg === null ? t('product.weighedAtSale') : formatGrams(product.weightMg)}</span>
      <Typography.Text type="secondary">
        {t(
          product.laborFee.kind === 'perGram'
            ? 'product.laborFee.perGramValue'
            : 'product.laborFee.perPieceValue',
          {
            fee,
          },
        )}
      </Typography.Text>
    </span>
  );
}
