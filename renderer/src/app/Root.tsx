import { useState } from 'react';
import type { DemoSignIn } from '../../../shared/contract/setup';
import { LoginScreen } from '../screens/login/LoginScreen';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { useSessionState } from '../session/context';
import { Shell } from '../shell/Shell';
import { LoadingScreen, UnreachableScreen } from './StatusScreens';

/** Which screen the till shows follows from two facts: is the store set up, and who is signed in. */
export function Root() {
  const { boot } = useSessionState();
  const [demoPins, setDemoPins] = useState<DemoSignIn[] | null>(null);
  if (boot.phase === 'loading') return <LoadingScreen />;
  if (boot.phase === 'unreachable') return <UnreachableScreen />;
  if (boot.status.setupRequired) return <SetupScreen onDemoBuilt={setDemoPins} />;
  const { session } = boot;
  if (session.state === 'active') return <Shell key={session.staff.id} session={session} />;
  return (
    <LoginScreen
      key={session.state === 'locked' ? `locked-${session.staff.id}` : 'signedOut'}
      demoPins={demoPins}
    />
  );
}
