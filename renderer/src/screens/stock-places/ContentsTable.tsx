import { Button, Empty, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatGrams } from '../../../../shared/domain/money';
import { PurityLabel } from '../../components/PurityLabel';
import { useI18n } from '../../i18n/context';

export type ContentsLine = ChannelOutput<'stock.contents'>['lines'][number];

interface ContentsTableProps {
  lines: readonly ContentsLine[];
  loading: boolean;
  /** More lines than shown: the next page is read on "more". */
  hasMore: boolean;
  onMore(): void;
  /** null where goods cannot be moved out (the places goods went out to). */
  onTake: ((line: ContentsLine) => void) | null;
}

/** What a place holds, a page (500 products) at a time. */
export function ContentsTable({ lines, loading, hasMore, onMore, onTake }: ContentsTableProps) {
  const { t } = useI18n();
  return (
    <div className="place-contents">
      <Table<ContentsLine>
        className="panel"
        rowKey="productId"
        size="small"
        loading={loading}
        dataSource={lines as ContentsLine[]}
        pagination={false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('places.contents.empty')} />,
        }}
        columns={[
          {
            title: t('places.col.sku'),
            dataIndex: 'sku',
            width: 110,
            render: (sku: string) => <code>{sku}</code>,
          },
          {
            title: t('places.col.name'),
            dataIndex: 'name',
            render: (name: string, line) => (
              <div className="contents-name">
                <span className="product-name">
                  {name}
                  {line.serialized && <Tag bordered={false}>{t('places.piece')}</Tag>}
                </span>
                {line.barcode && <code className="contents-barcode">{line.barcode}</code>}
              </div>
            ),
          },
          {
            title: t('places.col.purity'),
            dataIndex: 'purity',
            width: 120,
            render: (purity: ContentsLine['purity']) => (purity ? <PurityLabel purity={purity} /> : '—'),
          },
          {
            title: t('places.col.weight'),
            dataIndex: 'weightMg',
            width: 90,
            align: 'right',
            render: (mg: number | null) => (mg === null ? '—' : formatGrams(mg)),
          },
          { title: t('places.col.quantity'), dataIndex: 'quantity', width: 60, align: 'right' },
          ...(onTake
            ? [
                {
                  key: 'take',
                  width: 48,
                  render: (_: unknown, line: ContentsLine) => (
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      aria-label={`${t('places.contents.take')} ${line.name}`}
                      title={t('places.contents.take')}
                      disabled={line.quantity <= 0}
                      onClick={() => onTake(line)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {hasMore && (
        <Button block onClick={onMore} loading={loading}>
          {t('places.contents.more')}
        </Button>
      )}
    </div>
  );
}
