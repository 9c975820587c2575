import { useEffect, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import {
  BACKUP_KEEP_MAX,
  BACKUP_STALE_HOURS_MAX,
  isAbsoluteFolder,
  type BackupConfig,
  type BackupFile,
  type BackupStatus,
} from '../../../../shared/contract/backups';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { useReady } from '../../session/context';
import { failureError, useBackupStatus } from './useBackupStatus';
import './backups.css';

const loadList = (api: ApiClient) => api.call('backups.list', {});

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The form's values: an empty folder turns automatic backups off. */
type ConfigForm = Omit<BackupConfig, 'folder'> & { folder: string };

/**
 * 数据备份 (managers and administrators): where backups go and how many are kept, their status, a backup
 * now (F9), and restoring one, after which the app reloads and everyone signs in again.
 */
export function BackupsScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const { status: app } = useReady();
  const status = useBackupStatus();
  const list = useLoad(api, loadList);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const reloadList = list.reload;
  useEffect(
    () => api.onEvent((event) => void (event.type === 'backups.changed' && reloadList())),
    [api, reloadList],
  );

  const save = async ({ folder, ...rest }: ConfigForm): Promise<void> => {
    setBusy(true);
    const result = await api.call('backups.configure', { ...rest, folder: folder.trim() || null });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    void message.success(t('backups.saved'));
    await Promise.all([status.reload(), list.reload()]);
  };

  const runNow = async (): Promise<void> => {
    const result = await api.call('backups.run', {});
    if (!result.ok) return setError(result.error);
    void message.info(t('backups.started'));
    await status.reload();
  };

  const restore = (backup: BackupFile): void => {
    void modal.confirm({
      title: t('backups.restore.title', { time: formatInstant(backup.at) }),
      content: t('backups.restore.body'),
      okText: t('backups.restore.confirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await api.call('backups.restore', { file: backup.file });
        if (!result.ok) return setError(result.error);
        // the core reopened on the restored file and signed everyone out: start the screens afresh
        void modal.success({
          content: t('backups.restored', { file: result.value.keptAside }),
          onOk: () => window.location.reload(),
        });
      },
    });
  };

  useHotkeys({ F9: () => void runNow() });

  const current = status.value;
  const shown = error ?? status.error ?? list.error;
  return (
    <div className="screen screen-narrow">
      <ScreenHeader
        title={t('tile.backups')}
        subtitle={t('backups.subtitle')}
        onBack={onBack}
        extra={
          <Button
            icon={<CloudUploadOutlined />}
            loading={current?.running}
            disabled={!current?.config.folder}
            onClick={() => void runNow()}
          >
            {t('backups.runNow')} <Kbd>F9</Kbd>
          </Button>
        }
      />
      {shown && <Alert type="error" showIcon title={errorText(shown)} />}
      {current ? <StatusPanel status={current} /> : !shown && <Spin />}
      {current && (
        <div className="panel panel-padded">
          <Form<ConfigForm>
            layout="vertical"
            requiredMark={false}
            initialValues={{ ...current.config, folder: current.config.folder ?? '' }}
            onFinish={(values) => void save(values)}
            onValuesChange={() => setError(null)}
          >
            <Form.Item
              name="folder"
              label={t('backups.folder')}
              extra={t('backups.folder.hint', { terminal: app.terminalId ?? '' })}
              rules={[
                {
                  validator: (_rule, value: string) =>
                    !value.trim() || isAbsoluteFolder(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('backups.folder.rule'))),
                },
              ]}
            >
              <Input className="backups-folder" data-testid="backup-folder" />
            </Form.Item>
            <div className="backups-numbers">
              <Form.Item name="keep" label={t('backups.keep')} extra={t('backups.keep.hint')}>
                <InputNumber min={1} max={BACKUP_KEEP_MAX} precision={0} />
              </Form.Item>
              <Form.Item name="staleHours" label={t('backups.staleHours')}>
                <InputNumber min={1} max={BACKUP_STALE_HOURS_MAX} precision={0} suffix={t('backups.hours')} />
              </Form.Item>
            </div>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
              {t('common.save')} <Kbd>Enter</Kbd>
            </Button>
          </Form>
          <Typography.Paragraph className="backups-key-note" type="secondary">
            {t('backups.keyNote')}
          </Typography.Paragraph>
        </div>
      )}
      <div className="panel panel-padded">
        <Table<BackupFile>
          data-testid="backup-list"
          title={() => t('backups.list')}
          rowKey="file"
          size="small"
          pagination={false}
          dataSource={list.value ?? []}
          locale={{ emptyText: t('backups.list.empty') }}
          columns={[
            { title: t('backups.col.time'), dataIndex: 'at', render: (at: string) => formatInstant(at) },
            { title: t('backups.col.file'), dataIndex: 'file' },
            { title: t('backups.col.size'), dataIndex: 'bytes', render: megabytes },
            {
              title: t('backups.col.key'),
              dataIndex: 'hasKey',
              render: (hasKey: boolean) => t(hasKey ? 'backups.key.yes' : 'backups.key.no'),
            },
            {
              key: 'restore',
              render: (_value, backup) => (
                <Button danger onClick={() => restore(backup)}>
                  {t('backups.restore')}
                </Button>
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}

function StatusPanel({ status }: { status: BackupStatus }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const { lastSuccess, lastFailure } = status;
  const state = status.running
    ? { color: 'processing', label: t('backups.state.running') }
    : status.config.folder === null
      ? { color: 'default', label: t('backups.state.off') }
      : status.warning === 'failed'
        ? { color: 'error', label: t('backups.state.failed') }
        : status.warning === 'stale'
          ? { color: 'warning', label: t('backups.state.stale') }
          : lastSuccess === null
            ? { color: 'default', label: t('backups.state.none') }
            : { color: 'success', label: t('backups.state.ok') };
  return (
    <Descriptions
      className="panel panel-padded"
      data-testid="backup-status"
      title={t('backups.status')}
      column={1}
      size="small"
    >
      <Descriptions.Item label={t('backups.state')}>
        <Tag color={state.color}>{state.label}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('backups.lastSuccess')}>
        {lastSuccess
          ? `${formatInstant(lastSuccess.at)} · ${t(`backups.reason.${lastSuccess.reason}`)} · ${t(
              'backups.lastSuccess.detail',
              {
                file: lastSuccess.file,
                size: megabytes(lastSuccess.bytes),
                backupMs: lastSuccess.backupMs,
                verifyMs: lastSuccess.verifyMs,
              },
            )}`
          : t('backups.lastSuccess.none')}
      </Descriptions.Item>
      {lastFailure && (
        <Descriptions.Item label={t('backups.lastFailure')}>
          {`${formatInstant(lastFailure.at)} · ${errorText(failureError(lastFailure))}`}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
