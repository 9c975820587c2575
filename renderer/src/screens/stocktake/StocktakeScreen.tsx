import { useRef, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Input,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type InputRef,
} from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { ScanResult, Stocktake, StocktakeReport } from '../../../../shared/contract/stocktake';
import type { Permission } from '../../../../shared/domain/roles';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { useScanHandler } from '../../scan/context';
import { download } from '../catalog/catalog-file';
import { CountModal, WeighModal } from './CountModals';
import { ReportView } from './ReportView';
import './stocktake.css';

const loadList = (api: ApiClient) => api.call('stocktake.list', {});
const loadPlaces = (api: ApiClient) => api.call('stock.places', { includeInactive: false });

const OUTCOME_COLORS: Record<ScanResult['outcome'], string> = {
  counted: 'green',
  unit: 'green',
  wrongPlace: 'orange',
  soldPresent: 'red',
  notOnBooks: 'purple',
  outOfScope: 'default',
  unknown: 'red',
  duplicate: 'blue',
};

/**
 * 盘点: a manager starts a count of the whole store or a category (F9); at each place staff scan every tag
 * (scanner or F3 and Enter), count goods (F6) and weigh gold per purity (F7); F4 shows the variance report,
 * which prints on A4, exports to Excel and is posted with a manager's approval.
 */
export function StocktakeScreen({
  permissions,
  onBack,
}: {
  permissions: readonly Permission[];
  onBack(): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const list = useLoad(api, loadList);
  const places = useLoad(api, loadPlaces);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [scope, setScope] = useState<'all' | 'category'>('all');
  const [category, setCategory] = useState('');
  const [placeId, setPlaceId] = useState<number | null>(null);
  const [code, setCode] = useState('');
  const [scans, setScans] = useState<ScanResult[]>([]);
  const [report, setReport] = useState<StocktakeReport | null>(null);
  const [dialog, setDialog] = useState<'count' | 'weigh' | null>(null);
  const codeField = useRef<InputRef>(null);
  const open: Stocktake | null = list.value?.find((count) => count.state === 'open') ?? null;
  const counting = (places.value ?? []).filter(
    (place) => !['sold', 'supplier', 'writtenOff'].includes(place.kind),
  );
  const place = placeId ?? counting[0]?.id ?? null;
  const canManage = permissions.includes('stocktake.manage');

  const start = async (): Promise<void> => {
    const result = await api.call('stocktake.start', {
      scope: scope === 'all' ? { kind: 'all' } : { kind: 'category', category },
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    await list.reload();
  };

  const scan = async (scanned: string): Promise<void> => {
    if (!open || place === null || !scanned.trim()) return;
    const result = await api.call('stocktake.scan', {
      stocktakeId: open.id,
      placeId: place,
      code: scanned.trim(),
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setCode('');
    setScans((earlier) => [result.value, ...earlier].slice(0, 50));
  };
  useScanHandler(({ code: scanned }) => void scan(scanned));

  const showReport = async (): Promise<void> => {
    if (!open) return;
    const result = await api.call('stocktake.report', { stocktakeId: open.id });
    if (!result.ok) return setError(result.error);
    setReport(result.value);
  };

  const closed = async (): Promise<void> => {
    setReport(null);
    setScans([]);
    await list.reload();
  };

  const print = async (): Promise<void> => {
    if (!report) return;
    const result = await api.call('stocktake.print', { stocktakeId: report.stocktake.id });
    if (result.ok) void message.success(t('stocktake.printed'));
    else setError(result.error);
  };

  const exportFile = async (): Promise<void> => {
    if (!report) return;
    const result = await api.call('stocktake.export', { stocktakeId: report.stocktake.id });
    if (result.ok) download(result.value);
    else setError(result.error);
  };

  useHotkeys({
    F3: () => codeField.current?.focus(),
    F6: () => open && setDialog('count'),
    F7: () => open && setDialog('weigh'),
    F4: () => void (report ? setReport(null) : showReport()),
    F9: () => void (!open && canManage ? start() : undefined),
    F10: () => void print(),
  });

  const outcomeText = (result: ScanResult): string => {
    switch (result.outcome) {
      case 'wrongPlace':
        return t('stocktake.outcome.wrongPlace', { place: result.bookPlace?.name ?? '' });
      case 'duplicate':
        return t('stocktake.outcome.duplicate', {
          staff: result.earlier?.staff ?? '',
          place: result.earlier?.place.name ?? '',
        });
      case 'unit':
        return t('stocktake.outcome.unit', { units: result.unitsHere ?? 0 });
      default:
        return t(`stocktake.outcome.${result.outcome}`);
    }
  };

  const scopeText = (count: Stocktake): string =>
    count.scope.kind === 'all' ? t('stocktake.scope.all') : count.scope.category;

  return (
    <div className="screen stocktake-screen">
      <ScreenHeader title={t('tile.stocktake')} subtitle={t('stocktake.subtitle')} onBack={onBack} />
      {(error ?? list.error ?? places.error) && (
        <Alert
          type="error"
          showIcon
          message={errorText((error ?? list.error ?? places.error) as ErrorBody)}
        />
      )}
      {report ? (
        <ReportView
          report={report}
          canPost={report.stocktake.state === 'open'}
          canCancel={canManage && report.stocktake.state === 'open'}
          onClose={() => setReport(null)}
          onPrint={() => void print()}
          onExport={() => void exportFile()}
          onClosed={() => void closed()}
        />
      ) : open ? (
        <>
          <Typography.Paragraph className="stocktake-open">
            {t('stocktake.open', {
              id: open.id,
              scope: scopeText(open),
              time: formatInstant(open.startedAt),
              by: open.startedBy,
            })}
            <br />
            <strong data-testid="stocktake-progress">
              {t('stocktake.progress', {
                scanned: scans[0]?.scannedPieces ?? open.scannedPieces,
                expected: open.expectedPieces,
                units: open.expectedUnits,
              })}
            </strong>
          </Typography.Paragraph>
          <Space wrap>
            <span>{t('stocktake.place')}</span>
            <Select
              className="stocktake-place"
              value={place ?? undefined}
              onChange={setPlaceId}
              options={counting.map((option) => ({
                value: option.id,
                label: `${option.code} ${option.name}`,
              }))}
            />
            <Input
              ref={codeField}
              className="stocktake-code"
              data-scan-field
              placeholder={t('stocktake.scanHint')}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              onPressEnter={() => void scan(code)}
              suffix={<Kbd>F3</Kbd>}
            />
            <Button onClick={() => setDialog('count')}>
              {t('stocktake.count.title')} <Kbd>F6</Kbd>
            </Button>
            <Button onClick={() => setDialog('weigh')}>
              {t('stocktake.weigh.title')} <Kbd>F7</Kbd>
            </Button>
            <Button type="primary" onClick={() => void showReport()}>
              {t('stocktake.report')} <Kbd>F4</Kbd>
            </Button>
          </Space>
          <Table
            className="stocktake-scans"
            size="small"
            rowKey="scanId"
            pagination={false}
            dataSource={scans}
            columns={[
              { title: t('stocktake.col.code'), render: (_, row) => row.product?.sku ?? '' },
              { title: t('stocktake.col.item'), render: (_, row) => row.product?.name ?? '' },
              {
                title: '',
                render: (_, row) => <Tag color={OUTCOME_COLORS[row.outcome]}>{outcomeText(row)}</Tag>,
              },
            ]}
          />
          {dialog === 'count' && place !== null && (
            <CountModal stocktakeId={open.id} placeId={place} onClose={() => setDialog(null)} />
          )}
          {dialog === 'weigh' && place !== null && (
            <WeighModal stocktakeId={open.id} placeId={place} onClose={() => setDialog(null)} />
          )}
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('stocktake.none')}</Typography.Paragraph>
          {canManage && (
            <Space wrap>
              <Radio.Group
                value={scope}
                onChange={(event) => setScope(event.target.value as 'all' | 'category')}
              >
                <Radio value="all">{t('stocktake.scope.all')}</Radio>
                <Radio value="category">{t('stocktake.scope.category')}</Radio>
              </Radio.Group>
              {scope === 'category' && (
                <Input
                  placeholder={t('stocktake.category')}
                  value={category}
                  onChange={(event) => setCategory(event.target.value)}
                />
              )}
              <Button type="primary" onClick={() => void start()}>
                {t('stocktake.start')} <Kbd>F9</Kbd>
              </Button>
            </Space>
          )}
        </>
      )}
      {!report && (list.value ?? []).some((count) => count.state !== 'open') && (
        <>
          <Typography.Title level={5}>{t('stocktake.history')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={(list.value ?? []).filter((count) => count.state !== 'open')}
            columns={[
              { title: 'PD', dataIndex: 'id' },
              { title: t('stocktake.scope.all'), render: (_, count) => scopeText(count) },
              { title: '', render: (_, count) => t(`stocktake.state.${count.state}`) },
              { title: '', render: (_, count) => (count.closedAt ? formatInstant(count.closedAt) : '') },
              { title: '', render: (_, count) => count.reason ?? '' },
            ]}
          />
        </>
      )}
    </div>
  );
}
