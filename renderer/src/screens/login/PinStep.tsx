import { useState } from 'react';
import { Button, Typography } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import type { ErrorBody } from '../../../../shared/contract';
import type { SessionInfo } from '../../../../shared/contract/auth';
import type { StaffRef } from '../../../../shared/contract/staff';
import { useRawApi } from '../../api/context';
import { Kbd } from '../../components/Kbd';
import { PinEntry } from '../../components/PinEntry';
import { StaffAvatar } from '../../components/StaffAvatar';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';

interface PinStepProps {
  member: StaffRef;
  locked: boolean;
  onBack(): void;
  onSignedIn(session: SessionInfo): void;
}

export function PinStep({ member, locked, onBack, onSignedIn }: PinStepProps) {
  const api = useRawApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (value: string): Promise<void> => {
    setBusy(true);
    const result = await api.call('auth.login', { staffId: member.id, pin: value });
    setBusy(false);
    setPin('');
    if (result.ok) onSignedIn(result.value);
    else setError(result.error);
  };

  return (
    <div className="pin-step">
      <div className="pin-step-who">
        <StaffAvatar name={member.name} role={member.role} size={64} />
        <div>
          <Typography.Title level={3} className="pin-step-name">
            {member.name}
          </Typography.Title>
          <Typography.Text type="secondary">{t(`role.${member.role}` as const)}</Typography.Text>
        </div>
      </div>
      <Typography.Text className="pin-step-prompt">
        {locked ? t('login.lockedPrompt') : t('login.pinPrompt')}
      </Typography.Text>
      <PinEntry
        pin={pin}
        onPinChange={(next) => {
          setPin(next);
          if (next) setError(null);
        }}
        onSubmit={(value) => void submit(value)}
        onBack={onBack}
        busy={busy}
        error={error && errorText(error)}
      />
      <Button type="link" icon={<SwapOutlined />} onClick={onBack} className="pin-step-switch">
        {t('login.switchUser')} <Kbd>Esc</Kbd>
      </Button>
    </div>
  );
}
