import { useState } from 'react';
import { App as AntApp, Button, Empty, Input, Table, Tag } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { SaleSummary } from '../../../../shared/contract/sales';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useFormatInstant } from '../../i18n/format';
import { ListDialog } from './ListDialog';

const loadToday = (api: ApiClient) => api.call('sales.today', {});

/**
 * 今日销售: this terminal's sales of the day. ↑ ↓ choose; R reprints the receipt (marked 重印 COPY); V voids
 * the sale the same day with a reason (a manager's, or with a manager's PIN).
 */
export function TodaySalesModal({ onClose }: { onClose(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const formatInstant = useFormatInstant();
  const { value: sales, error: loadError, reload } = useLoad(api, loadToday);
  const [active, setActive] = useState(0);
  const [voiding, setVoiding] = useState<SaleSummary | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const rows = sales ?? [];
  const current = rows[active];

  const reprint = async (sale: SaleSummary | undefined): Promise<void> => {
    if (!sale?.receiptJobId) return;
    const result = await api.call('printing.reprint', { jobId: sale.receiptJobId });
    if (result.ok) void message.success(t('sale.today.reprinted', { receiptNo: sale.receiptNo }));
    else setError(result.error);
  };

  const voidSale = async (): Promise<void> => {
    if (!voiding || !reason.trim()) return;
    const result = await api.call('sales.void', { receiptNo: voiding.receiptNo, reason: reason.trim() });
    if (!result.ok) return setError(result.error);
    void message.success(t('sale.today.voided', { receiptNo: voiding.receiptNo }));
    setVoiding(null);
    setReason('');
    setError(null);
    await reload();
  };

  useHotkeys(
    voiding
      ? {}
      : {
          ArrowDown: () => setActive((i) => Math.min(i + 1, rows.length - 1)),
          ArrowUp: () => setActive((i) => Math.max(i - 1, 0)),
          R: () => void reprint(current),
          V: () => current?.state === 'committed' && setVoiding(current),
        },
    'dialog',
  );

  return (
    <ListDialog
      title={t('sale.today.title')}
      width={900}
      onCancel={voiding ? () => setVoiding(null) : onClose}
      onClose={onClose}
      error={error ?? loadError}
    >
      {voiding ? (
        <div className="sale-void">
          <p>
            {t('sale.today.voidPrompt', {
              receiptNo: voiding.receiptNo,
              amount: formatYuan(voiding.totalFen),
            })}
          </p>
          <Input
            autoFocus
            aria-label={t('sale.today.voidReason')}
            placeholder={t('sale.today.voidReason')}
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onPressEnter={() => void voidSale()}
          />
          <Button danger type="primary" disabled={!reason.trim()} onClick={() => void voidSale()}>
            {t('sale.today.void')} <Kbd>Enter</Kbd>
          </Button>
        </div>
      ) : sales && rows.length === 0 ? (
        <Empty description={t('sale.today.none')} />
      ) : (
        <Table<SaleSummary>
          size="small"
          rowKey="receiptNo"
          pagination={false}
          scroll={{ y: 420 }}
          dataSource={rows}
          rowClassName={(_, i) => (i === active ? 'sale-list-item-active' : '')}
          onRow={(_, i) => ({ onClick: () => setActive(i ?? 0) })}
          columns={[
            {
              title: t('sale.today.receipt'),
              dataIndex: 'receiptNo',
              // the list scrolls, so its columns are fixed: a receipt number and the row's buttons are
              // given room for one line each (T01-20261205-0001; reprint and void in English)
              width: 170,
              render: (no: string) => <code>{no}</code>,
            },
            {
              title: t('sale.today.time'),
              dataIndex: 'committedAt',
              width: 90,
              render: (at: string) => formatInstant(at, 'time'),
            },
            { title: t('sale.today.cashier'), dataIndex: 'cashierName', ellipsis: true },
            {
              title: t('sale.member'),
              dataIndex: 'customerName',
              ellipsis: true,
              render: (name: string | null) => name ?? '—',
            },
            {
              title: t('sale.totals.total'),
              dataIndex: 'totalFen',
              width: 110,
              align: 'right',
              render: (fen: number) => formatYuan(fen),
            },
            {
              title: t('sale.today.state'),
              dataIndex: 'state',
              width: 100,
              render: (state: SaleSummary['state']) =>
                state === 'voided' ? (
                  <Tag color="red">{t('sale.today.voidedTag')}</Tag>
                ) : (
                  <Tag>{t('sale.today.committed')}</Tag>
                ),
            },
            {
              key: 'actions',
              width: 220,
              render: (_, sale, i) => (
                <span className="sale-today-actions">
                  <Button size="small" disabled={!sale.receiptJobId} onClick={() => void reprint(sale)}>
                    {t('sale.today.reprint')} {i === active && <Kbd>R</Kbd>}
                  </Button>
                  <Button
                    size="small"
                    danger
                    disabled={sale.state !== 'committed'}
                    onClick={() => setVoiding(sale)}
                  >
                    {t('sale.today.void')} {i === active && <Kbd>V</Kbd>}
                  </Button>
                </span>
              ),
            },
          ]}
        />
      )}
    </ListDialog>
  );
}
