import { Button, Popconfirm, Space } from 'antd';
import type { StaffMember } from '../../../../shared/contract/staff';
import { useI18n } from '../../i18n/context';

interface StaffActionsProps {
  member: StaffMember;
  isSelf: boolean;
  onEdit(): void;
  onResetPin(): void;
  onSetActive(active: boolean): void;
  onUnlock(): void;
}

export function StaffActions({
  member,
  isSelf,
  onEdit,
  onResetPin,
  onSetActive,
  onUnlock,
}: StaffActionsProps) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Button size="small" onClick={onEdit}>
        {t('staff.action.edit')}
      </Button>
      <Button size="small" onClick={onResetPin}>
        {t('staff.action.resetPin')}
      </Button>
      {member.lockedUntil && (
        <Button size="small" onClick={onUnlock}>
          {t('unlock.action')}
        </Button>
      )}
      {member.active ? (
        <Popconfirm
          title={t('staff.disable.confirm', { name: member.name })}
          okText={t('staff.action.disable')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onSetActive(false)}
          disabled={isSelf}
        >
          <Button size="small" danger disabled={isSelf}>
            {t('staff.action.disable')}
          </Button>
        </Popconfirm>
      ) : (
        <Button size="small" onClick={() => onSetActive(true)}>
          {t('staff.action.enable')}
        </Button>
      )}
    </Space>
  );
}
