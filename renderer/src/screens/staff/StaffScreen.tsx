import { useState } from 'react';
import { Alert, App as AntApp, Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { StaffMember, StaffRef } from '../../../../shared/contract/staff';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { ScreenHeader } from '../../components/ScreenHeader';
import { StaffAvatar } from '../../components/StaffAvatar';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useFormatInstant } from '../../i18n/format';
import { ResetPinModal } from './ResetPinModal';
import { StaffActions } from './StaffActions';
import { StaffFormModal } from './StaffFormModal';
import './staff.css';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; member: StaffMember } | { kind: 'resetPin'; member: StaffMember };

const loadStaff = (api: ApiClient) => api.call('staff.list', {});

/** 员工管理: everyone who can sign in at this till, and what an administrator can change about them. */
export function StaffScreen({ self, onBack }: { self: StaffRef; onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const formatInstant = useFormatInstant();
  const { value: staff, error, reload } = useLoad(api, loadStaff);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  /** Runs one change, reports it, and reloads the table so it shows what the core now holds. */
  const change = async (run: () => Promise<{ ok: true } | { ok: false; error: ErrorBody }>, done: string) => {
    const result = await run();
    if (result.ok) void message.success(done);
    else void message.error(errorText(result.error));
    await reload();
  };

  const closeAndReload = (done: string): void => {
    setDialog(null);
    void message.success(done);
    void reload();
  };

  return (
    <div className="screen">
      <ScreenHeader
        title={t('tile.staff')}
        subtitle={t('staff.subtitle')}
        onBack={onBack}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('staff.create.title')}
          </Button>
        }
      />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      <Table<StaffMember>
        className="panel"
        rowKey="id"
        loading={staff === null && !error}
        dataSource={staff ?? []}
        pagination={false}
        columns={[
          {
            title: t('field.name'),
            dataIndex: 'name',
            render: (_name: string, member) => (
              <span className="staff-cell">
                <StaffAvatar name={member.name} role={member.role} size={32} />
                {member.name}
                {member.id === self.id && <Tag color="gold">{t('staff.self')}</Tag>}
              </span>
            ),
          },
          {
            title: t('field.role'),
            dataIndex: 'role',
            render: (_role, member) => t(`role.${member.role}` as const),
          },
          {
            title: t('staff.status'),
            dataIndex: 'active',
            render: (active: boolean) =>
              active ? <Tag color="green">{t('staff.active')}</Tag> : <Tag>{t('staff.inactive')}</Tag>,
          },
          {
            title: t('staff.lockedUntil'),
            dataIndex: 'lockedUntil',
            render: (until: string | null) =>
              until ? (
                <Tag color="red">{t('staff.lockedUntil.value', { time: formatInstant(until, 'time') })}</Tag>
              ) : (
                '—'
              ),
          },
          {
            title: t('staff.actions'),
            key: 'actions',
            render: (_value, member) => (
              <StaffActions
                member={member}
                isSelf={member.id === self.id}
                onEdit={() => setDialog({ kind: 'edit', member })}
                onResetPin={() => setDialog({ kind: 'resetPin', member })}
                onUnlock={() =>
                  void change(
                    () => api.call('staff.unlock', { id: member.id }),
                    t('unlock.done', { name: member.name }),
                  )
                }
                onSetActive={(active) =>
                  void change(
                    () => api.call('staff.setActive', { id: member.id, active }),
                    t(active ? 'staff.enabled' : 'staff.disabled', { name: member.name }),
                  )
                }
              />
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && (
        <StaffFormModal
          member={null}
          onClose={() => setDialog(null)}
          onSaved={(member) => closeAndReload(t('staff.created', { name: member.name }))}
        />
      )}
      {dialog?.kind === 'edit' && (
        <StaffFormModal
          member={dialog.member}
          onClose={() => setDialog(null)}
          onSaved={(member) => closeAndReload(t('staff.saved', { name: member.name }))}
        />
      )}
      {dialog?.kind === 'resetPin' && (
        <ResetPinModal
          member={dialog.member}
          onClose={() => setDialog(null)}
          onDone={() => closeAndReload(t('staff.pinReset', { name: dialog.member.name }))}
        />
      )}
    </div>
  );
}
