import { useState, type ReactNode } from 'react';
import { Alert, App as AntApp, Button, Input, Space, Table, Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { StocktakeReport } from '../../../../shared/contract/stocktake';
import { formatGrams, formatWeightChange, formatYuan } from '../../../../shared/domain/money';
import { useApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/catalog';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';

interface ReportViewProps {
  report: StocktakeReport;
  canPost: boolean;
  canCancel: boolean;
  onClose(): void;
  onPrint(): void;
  onExport(): void;
  /** The count was posted or cancelled. */
  onClosed(): void;
}

const money = (fen: number | null): string => (fen === null ? '—' : formatYuan(fen));

/** The variance report section by section, with posting (F9, a manager approves), printing and export. */
export function ReportView({
  report,
  canPost,
  canCancel,
  onClose,
  onPrint,
  onExport,
  onClosed,
}: ReportViewProps) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const stocktakeId = report.stocktake.id;

  const post = async (): Promise<void> => {
    const result = await api.call('stocktake.post', { stocktakeId, reason });
    if (!result.ok) return setError(result.error);
    void message.success(t('stocktake.post.done', { count: result.value.movements }));
    onClosed();
  };
  const cancel = async (): Promise<void> => {
    const result = await api.call('stocktake.cancel', { stocktakeId, reason });
    if (!result.ok) return setError(result.error);
    void message.success(t('stocktake.cancel.done'));
    onClosed();
  };
  useHotkeys({ F9: () => void (canPost ? post() : undefined) });

  const section = <T extends object>(
    title: MessageKey,
    rows: T[],
    columns: { title: string; render: (row: T) => ReactNode }[],
  ): ReactNode =>
    rows.length === 0 ? null : (
      <div className="stocktake-section" data-testid={`stocktake-${title}`}>
        <Typography.Title level={5}>
          {t(title)}（{rows.length}）
        </Typography.Title>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, index) => String(index)}
          dataSource={rows}
          columns={columns.map((column, index) => ({
            key: index,
            title: column.title,
            render: (_: unknown, row: T) => column.render(row),
          }))}
        />
      </div>
    );

  const item = (line: { sku: string; name: string }): string => `${line.sku} ${line.name}`;
  const { totals } = report;
  return (
    <div className="stocktake-report" data-testid="stocktake-report">
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Space wrap>
        <Typography.Text strong>
          {t('stocktake.totals.short', {
            cost: formatYuan(totals.shortCostFen),
            value: formatYuan(totals.shortValueFen),
          })}
        </Typography.Text>
        <Typography.Text strong>
          {t('stocktake.totals.over', {
            cost: formatYuan(totals.overCostFen),
            value: formatYuan(totals.overValueFen),
          })}
        </Typography.Text>
        <Typography.Text>{t('stocktake.totals.left', { count: report.leftDuringCount })}</Typography.Text>
      </Space>
      {section('stocktake.report.missing', report.missing, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.bookPlace'), render: (line) => line.place.name },
        {
          title: t('stocktake.col.lastMovement'),
          render: (line) =>
            line.lastMovement
              ? `${formatInstant(line.lastMovement.at)} ${line.lastMovement.reference ?? ''}`
              : '',
        },
        { title: t('stocktake.col.cost'), render: (line) => money(line.costFen) },
        { title: t('stocktake.col.value'), render: (line) => money(line.valueFen) },
      ])}
      {section('stocktake.report.wrongPlace', report.wrongPlace, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.bookPlace'), render: (line) => line.bookPlace.name },
        { title: t('stocktake.col.foundAt'), render: (line) => line.foundAt.name },
        { title: t('stocktake.col.by'), render: (line) => line.scannedBy },
      ])}
      {section('stocktake.report.soldPresent', report.soldPresent, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.foundAt'), render: (line) => line.foundAt.name },
        { title: t('stocktake.col.lastMovement'), render: (line) => line.sale?.reference ?? '' },
        { title: t('stocktake.col.by'), render: (line) => line.scannedBy },
      ])}
      {section('stocktake.report.notOnBooks', report.notOnBooks, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.foundAt'), render: (line) => line.foundAt.name },
        { title: t('stocktake.col.cost'), render: (line) => money(line.costFen) },
        { title: t('stocktake.col.value'), render: (line) => money(line.valueFen) },
      ])}
      {section('stocktake.report.outOfScope', report.outOfScope, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.foundAt'), render: (line) => line.foundAt.name },
      ])}
      {section('stocktake.report.unknownCodes', report.unknownCodes, [
        { title: t('stocktake.col.code'), render: (line) => line.code },
        { title: t('stocktake.col.foundAt'), render: (line) => line.foundAt.name },
        { title: t('stocktake.col.by'), render: (line) => line.scannedBy },
      ])}
      {section('stocktake.report.quantities', report.quantities, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.place'), render: (line) => line.place.name },
        { title: t('stocktake.col.book'), render: (line) => line.book },
        { title: t('stocktake.col.counted'), render: (line) => line.counted },
        { title: t('stocktake.col.difference'), render: (line) => line.difference },
        { title: t('stocktake.col.cost'), render: (line) => money(line.costFen) },
        { title: t('stocktake.col.value'), render: (line) => money(line.valueFen) },
      ])}
      {section('stocktake.report.notCounted', report.notCounted, [
        { title: t('stocktake.col.item'), render: item },
        { title: t('stocktake.col.place'), render: (line) => line.place.name },
        { title: t('stocktake.col.book'), render: (line) => line.book },
      ])}
      {section('stocktake.report.grams', report.grams, [
        { title: t('stocktake.col.purity'), render: (line) => line.purity },
        { title: t('stocktake.col.book'), render: (line) => formatGrams(line.bookMg) },
        { title: t('stocktake.col.weighed'), render: (line) => formatGrams(line.weighedMg) },
        { title: t('stocktake.col.difference'), render: (line) => formatWeightChange(line.differenceMg) },
        { title: t('stocktake.col.value'), render: (line) => money(line.valueFen) },
      ])}
      <Space wrap className="stocktake-actions">
        <Button onClick={onClose}>
          {t('stocktake.report.close')} <Kbd>F4</Kbd>
        </Button>
        <Button onClick={onPrint}>
          {t('stocktake.print')} <Kbd>F10</Kbd>
        </Button>
        <Button onClick={onExport}>{t('stocktake.export')}</Button>
        {(canPost || canCancel) && (
          <Input
            className="stocktake-reason"
            placeholder={t('stocktake.post.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        {canPost && (
          <Button type="primary" disabled={reason.trim().length < 2} onClick={() => void post()}>
            {t('stocktake.post')} <Kbd>F9</Kbd>
          </Button>
        )}
        {canCancel && (
          <Button danger disabled={reason.trim().length < 2} onClick={() => void cancel()}>
            {t('stocktake.cancel')}
          </Button>
        )}
      </Space>
    </div>
  );
}
