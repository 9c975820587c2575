import { Alert, Drawer, Empty, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { Kbd } from '../components/Kbd';
import { useI18n } from '../i18n/context';
import { useDevices } from './context';
import { DeviceStatusBadge } from './DeviceStatusBadge';
import { SimulatorPanel } from './SimulatorPanel';

/**
 * The simulated devices' controls beside whichever screen is open, without a mask: a scan fired here
 * goes to that screen, as a scan on the counter would.
 */
export function SimulatorDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const simulated = (useDevices().devices ?? []).filter(
    (info) => info.device.connection.type === 'simulated',
  );
  return (
    <Drawer
      open={open}
      onClose={onClose}
      mask={false}
      size={560}
      title={
        <span>
          <ExperimentOutlined /> {t('simulator.title')} <Kbd>F8</Kbd>
        </span>
      }
    >
      <Alert type="warning" showIcon title={t('simulator.notHardware')} className="simulator-drawer-alert" />
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
    </Drawer>
  );
}
