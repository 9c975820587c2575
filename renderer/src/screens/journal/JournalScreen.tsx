import { useState } from 'react';
import { Alert, Button, Segmented, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { JournalEntry } from '../../../../shared/contract/journal';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { ChainStatus } from './ChainStatus';
import { journalTypeLabel, payloadSummary } from './journal-labels';
import { readablePayload } from './readable-payload';
import './journal.css';

const PAGE_SIZE = 50;

const loadVerification = (api: ApiClient) => api.call('journal.verify', {});
const loadNewest = (api: ApiClient) => api.call('journal.list', { limit: PAGE_SIZE });

type View = 'readable' | 'raw';

interface OlderPages {
  entries: JournalEntry[];
  more: boolean;
}

/** 审计日志: newest first, a page at a time, with the chain verified on opening. */
export function JournalScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const verification = useLoad(api, loadVerification);
  const newest = useLoad(api, loadNewest);
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [olderError, setOlderError] = useState<ErrorBody | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  // readable for the store; the stored codes and JSON (fen, ids) for an auditor
  const [view, setView] = useState<View>('readable');
  const details = (payload: Record<string, unknown>): string =>
    view === 'raw' ? payloadSummary(payload) : readablePayload({ t, formatInstant }, payload);

  const entries = [...(newest.value ?? []), ...(older?.entries ?? [])];
  const hasMore = older ? older.more : newest.value?.length === PAGE_SIZE;
  const error = verification.error ?? newest.error ?? olderError;
  const last = entries.at(-1);

  const loadMore = async (beforeSeq: number): Promise<void> => {
    setLoadingMore(true);
    const page = await api.call('journal.list', { beforeSeq, limit: PAGE_SIZE });
    setLoadingMore(false);
    if (!page.ok) return setOlderError(page.error);
    setOlder((current) => ({
      entries: [...(current?.entries ?? []), ...page.value],
      more: page.value.length === PAGE_SIZE,
    }));
  };

  const reload = async (): Promise<void> => {
    setOlder(null);
    setOlderError(null);
    await Promise.all([verification.reload(), newest.reload()]);
  };

  return (
    <div className="screen">
      <ScreenHeader
        title={t('tile.journal')}
        subtitle={t('journal.subtitle')}
        onBack={onBack}
        extra={
          <>
            <Segmented<View>
              aria-label={t('journal.view.label')}
              value={view}
              onChange={setView}
              options={[
                { value: 'readable', label: t('journal.view.readable') },
                { value: 'raw', label: t('journal.view.raw') },
              ]}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {verification.value && <ChainStatus verification={verification.value} />}
      <Table<JournalEntry>
        className="panel journal-table"
        rowKey="seq"
        size="middle"
        // the widths hold whatever the details say: the raw JSON shortens to a line instead of widening
        // the table past the screen and squeezing the names beside it
        tableLayout="fixed"
        loading={newest.value === null && !newest.error}
        dataSource={entries}
        pagination={false}
        columns={[
          { title: t('journal.seq'), dataIndex: 'seq', width: 80 },
          { title: t('journal.at'), dataIndex: 'at', width: 200, render: (at: string) => formatInstant(at) },
          {
            title: t('journal.type'),
            dataIndex: 'type',
            width: 160,
            render: (type: string) => <Tag>{view === 'raw' ? type : journalTypeLabel(t, type)}</Tag>,
          },
          {
            title: t('journal.actor'),
            dataIndex: 'actorName',
            width: 120,
            render: (name: string | null) => name ?? '—',
          },
          {
            title: t('journal.approver'),
            dataIndex: 'approverName',
            width: 120,
            render: (name: string | null) => name ?? '—',
          },
          {
            title: t('journal.details'),
            dataIndex: 'payload',
            // the readable view wraps, to be read whole; the raw one stays a line, its JSON in the tooltip
            render: (payload: Record<string, unknown>) => (
              <Typography.Text
                type="secondary"
                ellipsis={view === 'raw' ? { tooltip: details(payload) } : false}
              >
                {details(payload)}
              </Typography.Text>
            ),
          },
        ]}
      />
      {hasMore && last && (
        <Button block onClick={() => void loadMore(last.seq)} loading={loadingMore}>
          {t('journal.more')}
        </Button>
      )}
    </div>
  );
}
