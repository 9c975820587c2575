import { Alert, Drawer, Empty, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { Kbd } from '../components/Kbd';
import { useEscapeCloses } from '../components/useEscapeCloses';
import { useI18n } from '../i18n/context';
import { useDevices } from './context';
import { DeviceStatusBadge } from './DeviceStatusBadge';
import { SimulatorPanel } from './SimulatorPanel';

/** Stops focus moving in here from reaching a dialog's focus trap, which listens on the window. */
function keepFocusIn(element: HTMLDivElement | null): (() => void) | undefined {
  if (!element) return undefined;
  const keep = (event: FocusEvent): void => event.stopPropagation();
  element.addEventListener('focusin', keep);
  return () => element.removeEventListener('focusin', keep);
}

/** Above any dialog (antd's stand at 1000), so the scale can be set while a weight dialog waits for it. */
const ABOVE_DIALOGS = 1050;

/**
 * The simulated devices' controls beside whichever screen is open, without a mask: a scan fired here
 * goes to that screen, as a scan on the counter would. A dialog open behind it keeps its focus trap,
 * which would pull the focus back out of these fields: focus moving in here is kept from reaching it.
 */
export function SimulatorDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const simulated = (useDevices().devices ?? []).filter(
    (info) => info.device.connection.type === 'simulated',
  );
  useEscapeCloses(open, onClose);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      mask={false}
      zIndex={ABOVE_DIALOGS}
      size={560}
      title={
        <span>
          <ExperimentOutlined /> {t('simulator.title')} <Kbd>F8</Kbd>
        </span>
      }
    >
      <div ref={keepFocusIn}>
        <Alert
          type="warning"
          showIcon
          title={t('simulator.notHardware')}
          className="simulator-drawer-alert"
        />
        {simulated.length === 0 && <Empty description={t('simulator.none')} />}
        {simulated.map((info) => (
          <section key={info.device.id} className="simulator-drawer-device" aria-label={info.device.name}>
            <div className="simulator-tag-row">
              <Typography.Text strong>{info.device.name}</Typography.Text>
              <DeviceStatusBadge status={info.status} />
            </div>
            <SimulatorPanel info={info} />
          </section>
        ))}
      </div>
    </Drawer>
  );
}
