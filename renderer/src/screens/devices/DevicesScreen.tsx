import { useState } from 'react';
import { Alert, App as AntApp, Button, Empty, Spin } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Device } from '../../../../shared/contract/devices';
import { Kbd } from '../../components/Kbd';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useHotkeys } from '../../components/useHotkeys';
import { useDevices } from '../../devices/context';
import { useI18n } from '../../i18n/context';
import { useErrorText } from '../../i18n/errors';
import { useScanHandler } from '../../scan/context';
import type { Scan } from '../../scan/registry';
import { DeviceCard } from './DeviceCard';
import { DeviceDetail } from './DeviceDetail';
import { DeviceFormModal } from './DeviceFormModal';
import { WedgeScannerCard } from './WedgeScannerCard';
import './devices.css';

type Dialog = { kind: 'create' } | { kind: 'edit'; device: Device };

/**
 * 外设: the scanners and scales this till drives, their status as it changes, their settings, a live view
 * of their traffic, and controls for simulated ones. Scans arriving here are shown, to try a scanner out.
 */
export function DevicesScreen({ onBack }: { onBack(): void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const errorText = useErrorText();
  const { devices, error, reload } = useDevices();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [lastScan, setLastScan] = useState<Scan | null>(null);

  const list = devices ?? [];
  const selectedIndex = Math.max(
    0,
    list.findIndex((info) => info.device.id === selectedId),
  );
  const selected = list[selectedIndex] ?? null;
  const scannerName = (id: number | null) => list.find((info) => info.device.id === id)?.device.name ?? null;
  const move = (step: number) => {
    const next = list[(selectedIndex + step + list.length) % list.length];
    if (next) setSelectedId(next.device.id);
  };

  useScanHandler(setLastScan);
  useHotkeys({
    F4: () => setDialog({ kind: 'create' }),
    F5: () => void reload(),
    ArrowDown: () => move(1),
    ArrowUp: () => move(-1),
    Enter: () => selected && setDialog({ kind: 'edit', device: selected.device }),
  });

  return (
    <div className="screen">
      <ScreenHeader
        title={t('tile.devices')}
        subtitle={t('devices.subtitle')}
        onBack={onBack}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t('common.refresh')} <Kbd>F5</Kbd>
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('device.create.title')} <Kbd>F4</Kbd>
            </Button>
          </>
        }
      />
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {devices === null ? (
        !error && <Spin />
      ) : (
        <div className="devices-layout">
          <div className="device-list" aria-label={t('devices.list')}>
            {list.map((info) => (
              <DeviceCard
                key={info.device.id}
                info={info}
                selected={info === selected}
                onSelect={() => setSelectedId(info.device.id)}
              />
            ))}
            {list.length === 0 && (
              <Empty className="panel device-list-empty" description={t('devices.none')} />
            )}
            <WedgeScannerCard lastScan={lastScan} deviceName={scannerName(lastScan?.deviceId ?? null)} />
          </div>
          {selected && (
            <DeviceDetail
              info={selected}
              onEdit={() => setDialog({ kind: 'edit', device: selected.device })}
              onRemoved={() => void reload()}
            />
          )}
        </div>
      )}
      {dialog && (
        <DeviceFormModal
          device={dialog.kind === 'edit' ? dialog.device : null}
          onClose={() => setDialog(null)}
          onSaved={(info) => {
            setDialog(null);
            setSelectedId(info.device.id);
            void message.success(t('device.saved', { name: info.device.name }));
            void reload();
          }}
        />
      )}
    </div>
  );
}
