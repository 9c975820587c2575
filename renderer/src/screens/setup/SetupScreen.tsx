import { useState } from 'react';
import { Typography } from 'antd';
import type { ErrorBody } from '../../../../shared/contract';
import type { DemoSignIn, SetupInput } from '../../../../shared/contract/setup';
import { useRawApi } from '../../api/context';
import { AuthLayout } from '../../components/AuthLayout';
import { useI18n } from '../../i18n/context';
import { useSessionState } from '../../session/context';
import { DemoBuilding } from './DemoBuilding';
import { SetupChoice } from './SetupChoice';
import { SetupForm } from './SetupForm';
import './setup.css';

type Step = 'choose' | 'demo' | 'form';

interface SetupScreenProps {
  /** The demo's people and PINs, for the PIN pad to show once the demo store is built. */
  onDemoBuilt(staff: DemoSignIn[]): void;
}

/** First run: try the demo store or set up one's own, then on to the PIN pad. */
export function SetupScreen({ onDemoBuilt }: SetupScreenProps) {
  const api = useRawApi();
  const { t } = useI18n();
  const { refresh } = useSessionState();
  const [step, setStep] = useState<Step>('choose');
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);

  const buildDemo = async (): Promise<void> => {
    setError(null);
    setStep('demo');
    const result = await api.call('setup.demo', {});
    if (result.ok) {
      onDemoBuilt(result.value.staff);
      return refresh();
    }
    setError(result.error);
    setStep('choose');
  };

  const submit = async (input: SetupInput): Promise<void> => {
    setBusy(true);
    const result = await api.call('setup.initialize', input);
    if (result.ok) return refresh();
    setBusy(false);
    setError(result.error);
  };

  const choose = (next: Step): void => {
    setError(null);
    setStep(next);
  };

  return (
    <AuthLayout
      storeName={null}
      brand={<Typography.Paragraph className="brand-welcome">{t('setup.welcome')}</Typography.Paragraph>}
    >
      {step === 'choose' && (
        <SetupChoice error={error} onDemo={() => void buildDemo()} onOwnStore={() => choose('form')} />
      )}
      {step === 'demo' && <DemoBuilding />}
      {step === 'form' && (
        <SetupForm
          busy={busy}
          error={error}
          onSubmit={(input) => void submit(input)}
          onEdit={() => setError(null)}
          onBack={() => choose('choose')}
        />
      )}
    </AuthLayout>
  );
}
