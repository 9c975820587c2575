import { useCallback, useState } from 'react';
import { Alert, Button, Empty, List, Segmented, Tag, Typography } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { Tally } from '../../../../shared/contract/tally';
import { TALLY_KINDS, type TallyKind } from '../../../../shared/domain/tally';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { TallyCount } from './TallyCount';
import { PurityTable } from './PurityTable';
import { TallyDifferences } from './TallyDifferences';
import './tally.css';

const loadCounters = (api: ApiClient) => api.call('tally.counters', {});
const loadRecent = (api: ApiClient) => api.call('tally.list', { limit: 10 });
const STATUS_COLOR = { counting: 'blue', balanced: 'green', flagged: 'red', cancelled: 'default' } as const;

/**
 * 点货: pick a counter and the kind of count (a count already running there is resumed, after a restart
 * too), then count it; the result stays on screen until another counter is picked.
 */
export function TallyScreen({ onBack }: { onBack(): void }) {
  const { t } = useI18n();
  const [tally, setTally] = useState<Tally | null>(null);
  const again = useCallback(() => setTally(null), []);
  return (
    <div className="screen">
      <ScreenHeader
        title={t('tile.tally')}
        subtitle={tally ? `${tally.counter.name} · ${t(`tally.kind.${tally.kind}`)}` : t('tally.subtitle')}
        onBack={onBack}
      />
      {tally === null && <TallyStart onStarted={setTally} />}
      {tally?.status === 'counting' && <TallyCount tally={tally} onChange={setTally} />}
      {tally && tally.status !== 'counting' && <TallyResult tally={tally} onAgain={again} />}
    </div>
  );
}

function TallyStart({ onStarted }: { onStarted(tally: Tally): void }) {
  const api = useApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const counters = useLoad(api, loadCounters);
  const [kind, setKind] = useState<TallyKind>('open');
  const [error, setError] = useState<ErrorBody | null>(null);

  const start = async (counterId: number, as: TallyKind): Promise<void> => {
    const result = await api.call('tally.start', { counterId, kind: as });
    if (result.ok) onStarted(result.value);
    else setError(result.error);
  };
  useHotkeys({ '1': () => setKind('open'), '2': () => setKind('handover'), '3': () => setKind('close') });

  const list = counters.value ?? [];
  const problem = error ?? counters.error;
  return (
    <div className="panel tally-start">
      {problem && <Alert type="error" showIcon title={errorText(problem)} />}
      <Segmented<TallyKind>
        size="large"
        value={kind}
        onChange={setKind}
        options={TALLY_KINDS.map((k, index) => ({
          value: k,
          label: (
            <span>
              {t(`tally.kind.${k}`)} <Kbd>{index + 1}</Kbd>
            </span>
          ),
        }))}
      />
      {counters.value !== null && list.length === 0 && <Empty description={t('tally.noCounters')} />}
      <List
        dataSource={list}
        renderItem={(entry, index) => (
          <List.Item
            data-testid={`tally-counter-${entry.counter.code}`}
            actions={[
              entry.running ? (
                <Button
                  key="resume"
                  type="primary"
                  autoFocus={index === 0}
                  onClick={() => entry.running && void start(entry.counter.id, entry.running.kind)}
                >
                  {t('tally.resume')}
                </Button>
              ) : (
                <Button
                  key="start"
                  type="primary"
                  autoFocus={index === 0}
                  onClick={() => void start(entry.counter.id, kind)}
                >
                  {t('tally.start')} · {t(`tally.kind.${kind}`)}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={`${entry.counter.name} (${entry.counter.code})`}
              description={
                entry.running
                  ? t('tally.counter.running', {
                      name: entry.running.startedBy.name,
                      kind: t(`tally.kind.${entry.running.kind}`),
                    })
                  : t('tally.counter.summary', { trays: entry.trays, pieces: entry.pieces })
              }
            />
          </List.Item>
        )}
      />
      <RecentTallies onOpen={onStarted} />
    </div>
  );
}

/** The last counts, a flagged one first to the eye: opening one shows its record. */
function RecentTallies({ onOpen }: { onOpen(tally: Tally): void }) {
  const api = useApi();
  const { t } = useI18n();
  const formatInstant = useFormatInstant();
  const recent = useLoad(api, loadRecent);
  const open = async (tallyId: number): Promise<void> => {
    const result = await api.call('tally.get', { tallyId });
    if (result.ok) onOpen(result.value);
  };
  if (!recent.value?.length) return null;
  return (
    <List
      header={<Typography.Text strong>{t('tally.recent')}</Typography.Text>}
      size="small"
      dataSource={recent.value}
      renderItem={(summary) => (
        <List.Item
          data-testid={`tally-recent-${summary.id}`}
          onClick={() => void open(summary.id)}
          className="tally-recent"
        >
          <Tag color={STATUS_COLOR[summary.status]}>{t(`tally.summary.status.${summary.status}`)}</Tag>
          <span>
            {summary.counter.name} · {t(`tally.kind.${summary.kind}`)} · {summary.startedBy.name}{' '}
            {formatInstant(summary.finishedAt ?? summary.startedAt)}
          </span>
          <Typography.Text type="secondary">
            {t('tally.recent.line', { missing: summary.missingPieces, unexpected: summary.unexpectedPieces })}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

function TallyResult({ tally, onAgain }: { tally: Tally; onAgain(): void }) {
  const { t } = useI18n();
  const formatInstant = useFormatInstant();
  useHotkeys({ Enter: onAgain });
  const balanced = tally.status === 'balanced';
  return (
    <div className="panel tally-result" data-testid="tally-result" data-status={tally.status}>
      <Alert
        type={balanced ? 'success' : tally.status === 'flagged' ? 'error' : 'info'}
        showIcon
        icon={balanced ? <CheckCircleOutlined /> : <WarningOutlined />}
        title={t(`tally.result.${tally.status === 'counting' ? 'flagged' : tally.status}`)}
      />
      <Typography.Text type="secondary">
        {t('tally.result.by', {
          kind: t(`tally.kind.${tally.kind}`),
          counter: tally.counter.name,
          by: tally.finishedBy?.name ?? '',
          at: tally.finishedAt ? formatInstant(tally.finishedAt) : '',
        })}
      </Typography.Text>
      {tally.secondPerson && <Tag>{t('tally.result.second', { name: tally.secondPerson.name })}</Tag>}
      <Typography.Text>
        {t('tally.progress', { counted: tally.countedPieces, expected: tally.expectedPieces })}
      </Typography.Text>
      {tally.purities.length > 0 && <PurityTable purities={tally.purities} />}
      <TallyDifferences tally={tally} />
      <Button type="primary" size="large" onClick={onAgain}>
        {t('tally.again')} <Kbd>Enter</Kbd>
      </Button>
    </div>
  );
}
