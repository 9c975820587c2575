import { App as AntApp, Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import type { ErrorBody } from '../../../shared/contract';
import type { DocumentType } from '../../../shared/print/document-types';
import type { PrintJob } from '../../../shared/contract/printing';
import { useApi } from '../api/context';
import { useEscapeCloses } from '../components/useEscapeCloses';
import { useI18n } from '../i18n/context';
import { useErrorText } from '../i18n/errors';
import { useFormatInstant } from '../i18n/format';
import { isOverdue, usePrinting } from './context';
import { JOB_STATE_COLORS } from './labels';

/** Documents kept for printing again (receipts and warranty cards; not test pages or drawer slips). */
const REPRINTABLE: readonly DocumentType[] = [
  'receipt',
  'warrantyCard',
  'repairSlip',
  'repairCollection',
  'returnReceipt',
  'stocktakeReport',
];

/** The jobs still to print or that failed, with what can be done about each. */
export function PrintJobsDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const { jobs, reload } = usePrinting();
  useEscapeCloses(open, onClose);

  const act = async (
    run: () => Promise<{ ok: true } | { ok: false; error: ErrorBody }>,
    done: string,
  ): Promise<void> => {
    const result = await run();
    if (result.ok) void message.success(done);
    else void message.error(errorText(result.error));
    reload();
  };

  return (
    <Drawer
      title={t('jobs.title')}
      open={open}
      onClose={onClose}
      size={1040}
      className="print-jobs"
      destroyOnHidden
    >
      <Table<PrintJob>
        rowKey="id"
        size="middle"
        dataSource={jobs}
        pagination={false}
        locale={{ emptyText: t('jobs.empty') }}
        columns={[
          {
            title: t('jobs.document'),
            key: 'document',
            width: 170,
            render: (_value, job) => (
              <Space orientation="vertical" size={0}>
                <span>
                  {t(`document.${job.documentType}` as const)}{' '}
                  {job.copyOf !== null && <Tag color="purple">{t('jobs.copy')}</Tag>}
                </span>
                <Typography.Text type="secondary" className="print-job-ref">
                  {job.reference}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('jobs.printer'),
            dataIndex: 'printerName',
            width: 130,
            render: (name: string | null) => name ?? <Tag color="orange">{t('jobs.noPrinter')}</Tag>,
          },
          {
            title: t('jobs.state'),
            key: 'state',
            width: 130,
            render: (_value, job) => (
              <Space orientation="vertical" size={0}>
                <Tag color={JOB_STATE_COLORS[job.state]}>{t(`jobState.${job.state}` as const)}</Tag>
                {isOverdue(job, new Date()) && <Tag color="red">{t('jobs.overdue')}</Tag>}
                {job.nextAttemptAt && (
                  <Typography.Text type="secondary" className="print-job-next">
                    {t('jobs.nextAttempt', { time: formatInstant(job.nextAttemptAt, 'time') })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('jobs.attempts'), dataIndex: 'attempts', align: 'right', width: 90 },
          {
            title: t('jobs.lastError'),
            dataIndex: 'lastError',
            render: (error: string | null) =>
              error ? (
                <Typography.Text type="danger" className="print-job-error">
                  {error}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: t('jobs.createdAt'),
            dataIndex: 'createdAt',
            width: 120,
            render: (at: string) => formatInstant(at),
          },
          {
            key: 'actions',
            width: 200,
            render: (_value, job) => (
              <Space wrap>
                {job.state === 'failed' && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      void act(
                        () => api.call('printing.retry', { jobId: job.id }),
                        t('jobs.retried', { reference: job.reference }),
                      )
                    }
                  >
                    {t('jobs.retry')}
                  </Button>
                )}
                {REPRINTABLE.includes(job.documentType) && (
                  <Button
                    size="small"
                    onClick={() =>
                      void act(
                        () => api.call('printing.reprint', { jobId: job.id }),
                        t('jobs.reprinted', { reference: job.reference }),
                      )
                    }
                  >
                    {t('jobs.reprint')}
                  </Button>
                )}
                {(job.state === 'pending' || job.state === 'failed') && (
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      void act(
                        () => api.call('printing.cancel', { jobId: job.id }),
                        t('jobs.cancelled', { reference: job.reference }),
                      )
                    }
                  >
                    {t('jobs.cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
