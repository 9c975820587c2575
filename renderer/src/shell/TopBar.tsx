import { Button, Divider, Tag } from 'antd';
import { ExperimentOutlined, GoldOutlined, LockOutlined, LogoutOutlined } from '@ant-design/icons';
import type { StaffRef } from '../../../shared/contract/staff';
import { Kbd } from '../components/Kbd';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { StaffAvatar } from '../components/StaffAvatar';
import { ConnectionIndicator } from '../connection/ConnectionIndicator';
import { useI18n } from '../i18n/context';

interface TopBarProps {
  storeName: string;
  terminalId: string;
  staff: StaffRef;
  onLock(): void;
  onSwitchUser(): void;
  /** Shown only while some device is simulated. */
  onSimulator: (() => void) | null;
}

export function TopBar({ storeName, terminalId, staff, onLock, onSwitchUser, onSimulator }: TopBarProps) {
  const { t } = useI18n();
  return (
    <header className="top-bar">
      <div className="top-bar-store">
        <GoldOutlined className="top-bar-logo" />
        <span className="top-bar-store-name" data-testid="store-name">
          {storeName}
        </span>
        <Tag className="top-bar-terminal" bordered={false}>
          {t('app.terminal', { id: terminalId })}
        </Tag>
      </div>
      <div className="top-bar-actions">
        {onSimulator && (
          <Button
            className="top-bar-button top-bar-simulator"
            icon={<ExperimentOutlined />}
            onClick={onSimulator}
          >
            {t('simulator.title')} <Kbd>F8</Kbd>
          </Button>
        )}
        <ConnectionIndicator onDark />
        <LanguageSwitch onDark />
        <Divider orientation="vertical" className="top-bar-divider" />
        <div className="top-bar-user" data-testid="signed-in-user">
          <StaffAvatar name={staff.name} role={staff.role} size={32} />
          <span className="top-bar-user-text">
            <span className="top-bar-user-name">{staff.name}</span>
            <span className="top-bar-user-role">{t(`role.${staff.role}` as const)}</span>
          </span>
        </div>
        <Button className="top-bar-button" icon={<LockOutlined />} onClick={onLock}>
          {t('shell.lock')} <Kbd>F2</Kbd>
        </Button>
        <Button className="top-bar-button" icon={<LogoutOutlined />} onClick={onSwitchUser}>
          {t('shell.switchUser')} <Kbd>F12</Kbd>
        </Button>
      </div>
    </header>
  );
}
