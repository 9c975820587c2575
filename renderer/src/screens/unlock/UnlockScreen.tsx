import { useState } from 'react';
import { Alert, App as AntApp, Button, Empty, Spin } from 'antd';
import { ReloadOutlined, UnlockOutlined } from '@ant-design/icons';
import type { StaffRef } from '../../../../shared/contract/staff';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { ScreenHeader } from '../../components/ScreenHeader';
import { StaffAvatar } from '../../components/StaffAvatar';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import './unlock.css';

const loadLockedOut = (api: ApiClient) => api.call('staff.lockedOut', {});

/** Colleagues locked out by wrong PINs; unlocking one asks for a manager when the user may not. */
export function UnlockScreen({ onBack }: { onBack(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { value: lockedOut, error, reload } = useLoad(api, loadLockedOut);
  const [busyId, setBusyId] = useState<number | null>(null);

  const unlock = async (member: StaffRef): Promise<void> => {
    setBusyId(member.id);
    const result = await api.call('staff.unlock', { id: member.id });
    setBusyId(null);
    if (result.ok) {
      void message.success(t('unlock.done', { name: member.name }));
      await reload();
    } else {
      void message.error(errorText(result.error));
    }
  };

  return (
    <div className="screen">
      <ScreenHeader
        title={t('tile.unlock')}
        subtitle={t('unlock.subtitle')}
        onBack={onBack}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
            {t('common.refresh')}
          </Button>
        }
      />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {lockedOut === null ? (
        !error && <Spin size="large" />
      ) : lockedOut.length === 0 ? (
        <Empty className="panel" description={t('unlock.none')} />
      ) : (
        <div className="locked-list">
          {lockedOut.map((member) => (
            <div key={member.id} className="locked-card">
              <StaffAvatar name={member.name} role={member.role} size={48} />
              <div className="locked-card-text">
                <span className="locked-card-name">{member.name}</span>
                <span className="locked-card-role">{t(`role.${member.role}` as const)}</span>
              </div>
              <Button
                type="primary"
                size="large"
                icon={<UnlockOutlined />}
                loading={busyId === member.id}
                onClick={() => void unlock(member)}
              >
                {t('unlock.action')}
              </Button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
