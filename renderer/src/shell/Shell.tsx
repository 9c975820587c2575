import { useCallback, useEffect, useState } from 'react';
import { App as AntApp } from 'antd';
import type { SessionInfo } from '../../../shared/contract/auth';
import { ApprovalProvider } from '../approval/ApprovalProvider';
import { useApi, useRawApi } from '../api/context';
import { useDevices } from '../devices/context';
import { DevicesProvider } from '../devices/DevicesProvider';
import { SimulatorDrawer } from '../devices/SimulatorDrawer';
import { useErrorText } from '../i18n/errors';
import { PrintingProvider } from '../printing/PrintingProvider';
import { ScanProvider } from '../scan/ScanProvider';
import { BackupsScreen } from '../screens/backups/BackupsScreen';
import { CatalogScreen } from '../screens/catalog/CatalogScreen';
import { DevicesScreen } from '../screens/devices/DevicesScreen';
import { GoldRatesScreen } from '../screens/gold-rates/GoldRatesScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { JournalScreen } from '../screens/journal/JournalScreen';
import { NoSaleScreen } from '../screens/no-sale/NoSaleScreen';
import { PrintersScreen } from '../screens/printers/PrintersScreen';
import { RepairsScreen } from '../screens/repairs/RepairsScreen';
import { ReturnsScreen } from '../screens/returns/ReturnsScreen';
import { SaleScreen } from '../screens/sale/SaleScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { ShiftScreen } from '../screens/shift/ShiftScreen';
import { StaffScreen } from '../screens/staff/StaffScreen';
import { TallyScreen } from '../screens/tally/TallyScreen';
import { StocktakeScreen } from '../screens/stocktake/StocktakeScreen';
import { StockPlacesScreen } from '../screens/stock-places/StockPlacesScreen';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import { keepSessionAlive } from '../session/activity';
import { useReady } from '../session/context';
import { startIdleLock } from '../session/idle-lock';
import { shortcutViews, tilesFor, type View } from './tiles';
import { TopBar } from './TopBar';
import { useShellHotkeys } from './useShellHotkeys';
import './shell.css';

type ActiveSession = Extract<SessionInfo, { state: 'active' }>;

/**
 * The signed-in frame; the approval prompt lives here, so locking the screen also cancels it. Scans
 * reach the approval prompt too, so one cannot land on the screen behind it.
 */
export function Shell({ session }: { session: ActiveSession }) {
  return (
    <ScanProvider>
      <ApprovalProvider>
        <DevicesProvider>
          <SignedIn session={session} />
        </DevicesProvider>
      </ApprovalProvider>
    </ScanProvider>
  );
}

function SignedIn({ session }: { session: ActiveSession }) {
  const api = useApi();
  const raw = useRawApi();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { status, applySession } = useReady();
  const [view, setView] = useState<View>('home');
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const tiles = tilesFor(session.permissions);
  const simulating =
    useDevices().devices?.some((info) => info.device.connection.type === 'simulated') ?? false;

  const end = useCallback(
    async (channel: 'auth.lock' | 'auth.logout') => {
      const result = await api.call(channel, {});
      if (result.ok) applySession(result.value);
      else void message.error(errorText(result.error));
    },
    [api, applySession, message, errorText],
  );
  const lock = useCallback(() => void end('auth.lock'), [end]);
  const switchUser = useCallback(() => void end('auth.logout'), [end]);

  useEffect(() => keepSessionAlive(raw), [raw]);
  useEffect(() => startIdleLock(session.idleLockSeconds, lock), [session.idleLockSeconds, lock]);

  useShellHotkeys({
    lock,
    switchUser,
    home: () => setView('home'),
    toggleSimulator: () => setSimulatorOpen((open) => simulating && !open),
    openShortcut: (index) => {
      const target = shortcutViews(tiles)[index];
      if (target) setView(target);
    },
  });

  const home = (): void => setView('home');
  return (
    <div className="shell">
      <TopBar
        storeName={status.storeName ?? ''}
        terminalId={status.terminalId ?? ''}
        staff={session.staff}
        onLock={lock}
        onSwitchUser={switchUser}
        onSimulator={simulating ? () => setSimulatorOpen((open) => !open) : null}
      />
      <PrintingProvider>
        <main className="shell-content">
          {view === 'home' && <HomeScreen staff={session.staff} tiles={tiles} onOpen={setView} />}
          {view === 'unlock' && <UnlockScreen onBack={home} />}
          {view === 'journal' && <JournalScreen onBack={home} />}
          {view === 'staff' && <StaffScreen self={session.staff} onBack={home} />}
          {view === 'settings' && <SettingsScreen onBack={home} />}
          {view === 'goldRates' && <GoldRatesScreen onBack={home} />}
          {view === 'catalog' && <CatalogScreen onBack={home} />}
          {view === 'devices' && <DevicesScreen onBack={home} />}
          {view === 'printers' && <PrintersScreen onBack={home} />}
          {view === 'repairs' && (
            <RepairsScreen canConfigure={session.permissions.includes('settings.manage')} onBack={home} />
          )}
          {view === 'sale' && (
            <SaleScreen
              onBack={home}
              onShifts={() => setView('shift')}
              onReturns={session.permissions.includes('returns.process') ? () => setView('returns') : null}
            />
          )}
          {view === 'noSale' && (
            <NoSaleScreen canOpen={session.permissions.includes('drawer.noSale')} onBack={home} />
          )}
          {view === 'shift' && <ShiftScreen permissions={session.permissions} onBack={home} />}
          {view === 'returns' && <ReturnsScreen onBack={home} />}
          {view === 'backups' && <BackupsScreen onBack={home} />}
          {view === 'tally' && <TallyScreen onBack={home} />}
          {view === 'stocktake' && <StocktakeScreen permissions={session.permissions} onBack={home} />}
          {view === 'stockPlaces' && (
            <StockPlacesScreen canManage={session.permissions.includes('stock.places')} onBack={home} />
          )}
        </main>
      </PrintingProvider>
      <SimulatorDrawer open={simulatorOpen && simulating} onClose={() => setSimulatorOpen(false)} />
    </div>
  );
}
