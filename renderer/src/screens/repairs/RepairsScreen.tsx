import { useState } from 'react';
import { Alert, App as AntApp, Button, Input, Segmented, Space, Spin, Table, Tag } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { RepairTicket, TicketSummary } from '../../../../shared/contract/repairs';
import { formatYuan } from '../../../../shared/domain/money';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import { CallList } from './CallList';
import { IntakeForm } from './IntakeForm';
import { RepairSettingsForm } from './RepairSettingsForm';
import { TicketDetail } from './TicketDetail';
import './repairs.css';
import { LabeledInput } from './LabeledInput';

type Tab = 'board' | 'intake' | 'calls' | 'settings';

const loadBoard = (api: ApiClient) => api.call('repairs.board', {});
const loadSettings = (api: ApiClient) => api.call('repairs.settings', {});

/**
 * 维修台: the board of open tickets (overdue first), intake, and the ready-to-collect call list. A scanned
 * claim stub or workshop tag opens its ticket wherever the desk is.
 */
export function RepairsScreen({ canConfigure, onBack }: { canConfigure: boolean; onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const board = useLoad(api, loadBoard);
  const settings = useLoad(api, loadSettings);
  const [tab, setTab] = useState<Tab>('board');
  const [filter, setFilter] = useState('');
  const [search, setSearch] = useState('');
  const [ticket, setTicket] = useState<RepairTicket | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [intakeKey, setIntakeKey] = useState(0);

  const open = async (ticketNo: string): Promise<void> => {
    const result = await api.call('repairs.get', { ticketNo: ticketNo.trim() });
    setError(result.ok ? null : result.error);
    if (result.ok) setTicket(result.value);
  };
  useScanHandler((scan) => {
    if (tab !== 'intake') void open(scan.code);
  });
  useHotkeys({
    F3: () => setTab('board'),
    F4: () => setTab('intake'),
    F6: () => setTab('calls'),
    'Ctrl+,': () => canConfigure && setTab('settings'),
    F5: () => void board.reload(),
  });

  const changed = (next: RepairTicket): void => {
    setTicket(next);
    void board.reload();
  };
  const received = (next: RepairTicket): void => {
    void message.success(t('repairs.intake.done', { ticketNo: next.ticketNo }));
    setIntakeKey((key) => key + 1);
    setTab('board');
    changed(next);
  };

  const wanted = filter.trim();
  const rows = (board.value ?? []).filter(
    (row) => !wanted || row.customerName.includes(wanted) || row.customerPhone.includes(wanted),
  );

  return (
    <div className="screen repairs-screen">
      <ScreenHeader
        title={t('tile.repairs')}
        subtitle={t('repairs.subtitle')}
        onBack={onBack}
        extra={
          <Segmented<Tab>
            value={tab}
            onChange={setTab}
            options={[
              {
                value: 'board',
                label: (
                  <>
                    {t('repairs.tab.board')} <Kbd>F3</Kbd>
                  </>
                ),
              },
              {
                value: 'intake',
                label: (
                  <>
                    {t('repairs.tab.intake')} <Kbd>F4</Kbd>
                  </>
                ),
              },
              {
                value: 'calls',
                label: (
                  <>
                    {t('repairs.tab.calls')} <Kbd>F6</Kbd>
                  </>
                ),
              },
            ]}
          />
        }
      />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {tab === 'board' && (
        <>
          <Space wrap>
            <Input.Search
              aria-label={t('repairs.search')}
              placeholder={t('repairs.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => void open(value)}
              enterButton
            />
            <LabeledInput
              label={t('repairs.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              allowClear
            />
            <Button onClick={() => void board.reload()}>
              {t('repairs.refresh')} <Kbd>F5</Kbd>
            </Button>
          </Space>
          {board.error && <Alert type="error" showIcon title={errorText(board.error)} />}
          <Table<TicketSummary>
            rowKey="ticketNo"
            size="middle"
            dataSource={rows}
            loading={board.value === null && !board.error}
            pagination={false}
            onRow={(row) => ({ onClick: () => void open(row.ticketNo) })}
            rowClassName={(row) => (row.overdue ? 'repair-overdue' : '')}
            columns={[
              { title: t('repairs.ticket'), dataIndex: 'ticketNo' },
              {
                title: t('repairs.status'),
                dataIndex: 'status',
                render: (status: TicketSummary['status'], row) => (
                  <Space>
                    <Tag color="blue">{t(`repairs.status.${status}`)}</Tag>
                    {row.overdue && <Tag color="red">{t('repairs.overdue')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('repairs.customer'),
                render: (_, row) => `${row.customerName} ${row.customerPhone}`,
              },
              { title: t('repairs.item.description'), dataIndex: 'description' },
              { title: t('repairs.promisedOn'), dataIndex: 'promisedOn' },
              {
                title: t('repairs.balance'),
                dataIndex: 'balanceFen',
                render: (fen: number) => formatYuan(fen),
              },
            ]}
          />
        </>
      )}
      {tab === 'intake' &&
        (settings.value ? (
          <IntakeForm key={intakeKey} settings={settings.value} onDone={received} />
        ) : (
          <Spin />
        ))}
      {tab === 'calls' && <CallList />}
      {tab === 'settings' && settings.value && (
        <RepairSettingsForm settings={settings.value} onSaved={() => void settings.reload()} />
      )}
      {ticket && <TicketDetail ticket={ticket} onChange={changed} onClose={() => setTicket(null)} />}
    </div>
  );
}
