import { useState } from 'react';
import { Alert, Spin, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { DemoSignIn } from '../../../../shared/contract/setup';
import type { StaffRef } from '../../../../shared/contract/staff';
import type { ApiClient } from '../../api/client';
import { useRawApi } from '../../api/context';
import { useLoad } from '../../api/useLoad';
import { AuthLayout } from '../../components/AuthLayout';
import { ChoiceKeyHints } from '../../components/ChoiceKeyHints';
import { LiveClock } from '../../components/LiveClock';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useReady } from '../../session/context';
import { DemoPins } from './DemoPins';
import { PinStep } from './PinStep';
import { StaffPicker } from './StaffPicker';
import './login.css';

const loadStaff = (api: ApiClient) => api.call('auth.staff', {});

/**
 * Who is at the till: choose a name, then the PIN. A locked screen starts at its user's PIN. Just after the
 * demo store is built, its PINs are shown under the names.
 */
export function LoginScreen({ demoPins }: { demoPins: readonly DemoSignIn[] | null }) {
  const api = useRawApi();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { status, session, applySession } = useReady();
  const lockedUser = session.state === 'locked' ? session.staff : null;
  const [chosen, setChosen] = useState<StaffRef | null>(lockedUser);
  const { value: staff, error } = useLoad(api, loadStaff);

  const locked = lockedUser !== null && chosen?.id === lockedUser.id;

  return (
    <AuthLayout
      storeName={status.storeName}
      brand={<LiveClock />}
      brandFooter={`${t('app.terminal', { id: status.terminalId ?? '—' })} · v${status.version}`}
    >
      <div className="login-panel">
        {locked && (
          <div className="login-locked-banner">
            <LockOutlined /> {t('login.lockedTitle')}
          </div>
        )}
        {chosen ? (
          <PinStep
            key={chosen.id}
            member={chosen}
            locked={locked}
            onBack={() => setChosen(null)}
            onSignedIn={applySession}
          />
        ) : (
          <>
            <Typography.Title level={2} className="login-heading">
              {t('login.chooseTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('login.chooseHint')}</Typography.Paragraph>
            {error && <Alert type="error" showIcon title={errorText(error)} />}
            {staff ? <StaffPicker staff={staff} onChoose={setChosen} /> : !error && <Spin size="large" />}
            {demoPins && <DemoPins staff={demoPins} />}
          </>
        )}
      </div>
      <ChoiceKeyHints className="login-keys" back />
    </AuthLayout>
  );
}
